package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The class a Descriptor describes, as Jenkins' {@code Descriptor} decides it: the class literal its constructor hands
 * to {@code super(Class)} ({@code WaveBuilderDescriptor} passes {@code WaveBuilder.class}), or else, for the
 * no-argument {@code Descriptor()}, the enclosing class of a nested {@code DescriptorImpl}. The compile-only
 * stand-ins do not store the class, so the constructor's bytecode is read instead.
 */
final class DescribedClass {
    private DescribedClass() {
    }

    static Class<?> of(Class<?> descriptor) {
        Optional<String> passed = classPassedToSuperConstructor(descriptor);
        if (passed.isPresent()) {
            try {
                return Class.forName(passed.get(), false, descriptor.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(descriptor + " describes " + passed.get() + ", which is missing", e);
            }
        }
        if (descriptor.getEnclosingClass() == null) {
            throw new IllegalStateException(descriptor + " is neither nested in its describable nor passes its class");
        }
        return descriptor.getEnclosingClass();
    }

    private static Optional<String> classPassedToSuperConstructor(Class<?> descriptor) {
        String resource = "/" + descriptor.getName().replace('.', '/') + ".class";
        try (InputStream in = descriptor.getResourceAsStream(resource)) {
            String superName = Type.getInternalName(descriptor.getSuperclass());
            String[] found = new String[1];
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                        String[] exceptions) {
                    if (!name.equals("<init>")) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        private String lastClassLiteral;

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                                lastClassLiteral = type.getClassName();
                            }
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String methodDesc,
                                boolean isInterface) {
                            if (opcode == Opcodes.INVOKESPECIAL && owner.equals(superName) && method.equals("<init>")
                                    && methodDesc.startsWith("(Ljava/lang/Class;") && lastClassLiteral != null) {
                                found[0] = lastClassLiteral;
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return Optional.ofNullable(found[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
