package io.jenkins.plugins.azuremigration.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * What one class file declares and references, read with ASM: the facts the JVM links by (names, descriptors, access
 * flags, the interface flag of each call) rather than what the Java source said. Names are binary names with dots.
 */
final class ClassFileSummary {
    record Method(String name, String descriptor, int access, Set<String> exceptions, boolean hasAnnotationDefault) {
        boolean is(int flag) {
            return (access & flag) != 0;
        }
    }

    record Field(String name, String descriptor, int access) {
        boolean is(int flag) {
            return (access & flag) != 0;
        }
    }

    /** An annotation on the class, a member or a parameter; {@code visible} is RuntimeVisibleAnnotations. */
    record AnnotationUse(String type, boolean visible, Map<String, List<String>> values, String where) {
    }

    /** A field or method instruction, or a method handle; {@code ownerIsInterface} is the constant pool's flag. */
    record MemberReference(int opcode, String owner, String name, String descriptor, boolean ownerIsInterface,
            String where) {
        /** The instruction's mnemonic, as javap prints it. */
        String instruction() {
            return switch (opcode) {
                case Opcodes.GETFIELD -> "getfield";
                case Opcodes.PUTFIELD -> "putfield";
                case Opcodes.GETSTATIC -> "getstatic";
                case Opcodes.PUTSTATIC -> "putstatic";
                case Opcodes.INVOKESTATIC -> "invokestatic";
                case Opcodes.INVOKESPECIAL -> "invokespecial";
                case Opcodes.INVOKEINTERFACE -> "invokeinterface";
                default -> "invokevirtual";
            };
        }

        boolean isField() {
            return opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD || opcode == Opcodes.GETSTATIC
                    || opcode == Opcodes.PUTSTATIC;
        }
    }

    /** A class named by an instruction (new, checkcast, instanceof, anewarray, ldc, catch). */
    record TypeReference(String type, String how, String where) {
    }

    final String name;
    final int access;
    final String superclass;
    final List<String> interfaces;
    /** The class's type parameters in order, as {@code name extends erasure-of-first-bound} (from its Signature). */
    List<String> typeParameters = List.of();
    final List<Method> methods = new ArrayList<>();
    final List<Field> fields = new ArrayList<>();
    final List<AnnotationUse> annotations = new ArrayList<>();
    final List<MemberReference> memberReferences = new ArrayList<>();
    final List<TypeReference> typeReferences = new ArrayList<>();

    private ClassFileSummary(ClassReader reader) {
        name = Descriptors.binaryNameOfInternal(reader.getClassName());
        access = reader.getAccess();
        superclass = reader.getSuperName() == null ? null : Descriptors.binaryNameOfInternal(reader.getSuperName());
        interfaces = List.of(reader.getInterfaces()).stream().map(Descriptors::binaryNameOfInternal).toList();
    }

    static ClassFileSummary read(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassFileSummary summary = new ClassFileSummary(reader);
        reader.accept(summary.new Reader(), ClassReader.SKIP_FRAMES);
        return summary;
    }

    boolean is(int flag) {
        return (access & flag) != 0;
    }

    TypeKind kind() {
        if (is(Opcodes.ACC_ANNOTATION)) {
            return TypeKind.ANNOTATION;
        }
        if (is(Opcodes.ACC_INTERFACE)) {
            return TypeKind.INTERFACE;
        }
        if (is(Opcodes.ACC_ENUM)) {
            return TypeKind.ENUM;
        }
        return is(Opcodes.ACC_ABSTRACT) ? TypeKind.ABSTRACT_CLASS : TypeKind.CLASS;
    }

    String packageName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /**
     * A class signature's formal type parameters, each erased to its first bound (the class bound, else the first
     * interface bound; a bound that is another variable erases as that variable does), in the form the signature
     * lists' model uses: {@code P extends hudson.model.AbstractProject}, {@code T extends java.lang.Object}.
     */
    static List<String> typeParameters(String signature) {
        if (signature == null) {
            return List.of();
        }
        Map<String, String> firstBounds = new LinkedHashMap<>(); // a class name, or "=V" for another variable V
        SignatureVisitor ignore = new SignatureVisitor(Opcodes.ASM9) {
        };
        new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
            private String variable;

            @Override
            public void visitFormalTypeParameter(String name) {
                variable = name;
                firstBounds.put(name, null);
            }

            @Override
            public SignatureVisitor visitClassBound() {
                return bound();
            }

            @Override
            public SignatureVisitor visitInterfaceBound() {
                return bound();
            }

            @Override
            public SignatureVisitor visitSuperclass() {
                variable = null;
                return ignore;
            }

            @Override
            public SignatureVisitor visitInterface() {
                return ignore;
            }

            private SignatureVisitor bound() {
                String owner = variable;
                if (owner == null || firstBounds.get(owner) != null) {
                    return ignore; // only the first bound decides the erasure
                }
                return new SignatureVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitClassType(String name) {
                        firstBounds.put(owner, Descriptors.binaryNameOfInternal(name));
                    }

                    @Override
                    public void visitInnerClassType(String name) {
                        firstBounds.put(owner, firstBounds.get(owner) + "$" + name);
                    }

                    @Override
                    public void visitTypeVariable(String name) {
                        firstBounds.put(owner, "=" + name);
                    }

                    @Override
                    public SignatureVisitor visitTypeArgument(char wildcard) {
                        return ignore;
                    }
                };
            }
        });
        List<String> result = new ArrayList<>();
        for (String name : firstBounds.keySet()) {
            String bound = firstBounds.get(name);
            for (int hops = 0; bound != null && bound.startsWith("=") && hops <= firstBounds.size(); hops++) {
                bound = firstBounds.getOrDefault(bound.substring(1), "java.lang.Object");
            }
            result.add(name + " extends " + (bound == null ? "java.lang.Object" : bound));
        }
        return List.copyOf(result);
    }

    private final class Reader extends ClassVisitor {
        Reader() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int classAccess, String className, String signature, String superName,
                String[] interfaceNames) {
            typeParameters = ClassFileSummary.typeParameters(signature);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor, visible, name);
        }

        @Override
        public FieldVisitor visitField(int fieldAccess, String fieldName, String descriptor, String signature,
                Object value) {
            fields.add(new Field(fieldName, descriptor, fieldAccess));
            String where = name + "." + fieldName;
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotationDescriptor, boolean visible) {
                    return annotation(annotationDescriptor, visible, where);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int methodAccess, String methodName, String descriptor, String signature,
                String[] exceptions) {
            String where = name + "." + methodName + descriptor;
            Set<String> thrown = exceptions == null ? Set.of()
                    : Set.copyOf(List.of(exceptions).stream().map(Descriptors::binaryNameOfInternal).toList());
            boolean[] hasDefault = {false};
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotationDefault() {
                    hasDefault[0] = true;
                    return null;
                }

                @Override
                public AnnotationVisitor visitAnnotation(String annotationDescriptor, boolean visible) {
                    return annotation(annotationDescriptor, visible, where);
                }

                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String annotationDescriptor,
                        boolean visible) {
                    return annotation(annotationDescriptor, visible, where + " parameter " + parameter);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String memberName, String memberDescriptor,
                        boolean isInterface) {
                    member(opcode, owner, memberName, memberDescriptor, isInterface, where);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String memberName, String memberDescriptor) {
                    // the field's own class decides: the constant pool has no interface flag for fields
                    member(opcode, owner, memberName, memberDescriptor, false, where);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    String how = switch (opcode) {
                        case Opcodes.NEW -> "new";
                        case Opcodes.CHECKCAST -> "checkcast";
                        case Opcodes.INSTANCEOF -> "instanceof";
                        default -> "anewarray";
                    };
                    typeReferences.add(new TypeReference(Descriptors.binaryNameOfInternal(type), how, where));
                }

                @Override
                public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                    typeReferences.add(new TypeReference(Type.getType(descriptor).getClassName(), "multianewarray", where));
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value, where);
                }

                @Override
                public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                        org.objectweb.asm.Label handler, String type) {
                    if (type != null) {
                        typeReferences.add(new TypeReference(Descriptors.binaryNameOfInternal(type), "catch", where));
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String dynamicName, String descriptor, Handle bootstrap,
                        Object... arguments) {
                    constant(bootstrap, where);
                    for (Object argument : arguments) {
                        constant(argument, where);
                    }
                }

                @Override
                public void visitEnd() {
                    methods.add(new Method(methodName, descriptor, methodAccess, thrown, hasDefault[0]));
                }
            };
        }

        private void member(int opcode, String owner, String memberName, String descriptor, boolean isInterface,
                String where) {
            memberReferences.add(new MemberReference(opcode, Descriptors.binaryNameOfInternal(owner), memberName,
                    descriptor, isInterface, where));
        }

        /** Class literals and method handles (method references such as {@code StepContext::get}) link like instructions. */
        private void constant(Object value, String where) {
            if (value instanceof Type type && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                typeReferences.add(new TypeReference(type.getClassName(), "ldc", where));
            } else if (value instanceof Handle handle) {
                int opcode = switch (handle.getTag()) {
                    case Opcodes.H_GETFIELD -> Opcodes.GETFIELD;
                    case Opcodes.H_GETSTATIC -> Opcodes.GETSTATIC;
                    case Opcodes.H_PUTFIELD -> Opcodes.PUTFIELD;
                    case Opcodes.H_PUTSTATIC -> Opcodes.PUTSTATIC;
                    case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
                    case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
                    case Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
                    default -> Opcodes.INVOKEVIRTUAL;
                };
                member(opcode, handle.getOwner(), handle.getName(), handle.getDesc(), handle.isInterface(), where);
            }
        }

        private AnnotationVisitor annotation(String descriptor, boolean visible, String where) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            annotations.add(new AnnotationUse(Type.getType(descriptor).getClassName(), visible, values, where));
            return new ValueCollector(values, null);
        }
    }

    /** Collects element values as strings (enum constants by name), which is all the checks compare. */
    private static final class ValueCollector extends AnnotationVisitor {
        private final Map<String, List<String>> values;
        private final String arrayName;

        ValueCollector(Map<String, List<String>> values, String arrayName) {
            super(Opcodes.ASM9);
            this.values = values;
            this.arrayName = arrayName;
        }

        private void add(String elementName, String value) {
            values.computeIfAbsent(arrayName != null ? arrayName : elementName, k -> new ArrayList<>()).add(value);
        }

        @Override
        public void visit(String elementName, Object value) {
            add(elementName, value instanceof Type type ? type.getClassName() : String.valueOf(value));
        }

        @Override
        public void visitEnum(String elementName, String descriptor, String value) {
            add(elementName, value);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String elementName, String descriptor) {
            add(elementName, "@" + Type.getType(descriptor).getClassName());
            return null;
        }

        @Override
        public AnnotationVisitor visitArray(String elementName) {
            values.computeIfAbsent(elementName, k -> new ArrayList<>());
            return new ValueCollector(values, elementName);
        }
    }
}
