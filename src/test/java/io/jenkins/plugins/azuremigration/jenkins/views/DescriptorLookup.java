package io.jenkins.plugins.azuremigration.jenkins.views;

import hudson.Extension;
import hudson.model.Descriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Which Descriptor a config view's {@code descriptor} is: the {@code @Extension} Descriptor whose {@code clazz} is the
 * view's class, as {@code Jenkins.getDescriptor(Class)} finds it. {@code clazz} is what the descriptor passes to
 * {@code Descriptor(Class)} (read from its constructor's bytecode, since the stand-in constructors store nothing), or,
 * for the no-argument constructor, the class the descriptor is nested in (what the real {@code Descriptor()} takes).
 */
final class DescriptorLookup {
    private final Map<Class<?>, Class<?>> descriptorByDescribable = new HashMap<>();

    DescriptorLookup(Path classes, String root) throws IOException {
        try (Stream<Path> files = Files.walk(classes.resolve(root))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                Class<?> type = load(name);
                if (type != null && type.isAnnotationPresent(Extension.class) && Descriptor.class.isAssignableFrom(type)) {
                    Class<?> described = classPassedToSuperConstructor(file);
                    if (described == null) {
                        described = type.getEnclosingClass();
                    }
                    if (described != null) {
                        descriptorByDescribable.put(described, type);
                    }
                }
            }
        }
    }

    /** The descriptor class of that Describable, or null when no @Extension descriptor describes it. */
    Class<?> descriptorOf(Class<?> describable) {
        return descriptorByDescribable.get(describable);
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** {@code super(X.class)} in a constructor: the last class constant before a super(Class) call. */
    private Class<?> classPassedToSuperConstructor(Path classFile) throws IOException {
        String[] found = new String[1];
        try (InputStream in = Files.newInputStream(classFile)) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    if (!name.equals("<init>")) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        private String lastClassConstant;

                        @Override
                        public void visitLdcInsn(Object value) {
                            lastClassConstant = value instanceof Type t && t.getSort() == Type.OBJECT
                                    ? t.getClassName() : null;
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc,
                                boolean isInterface) {
                            if (opcode == Opcodes.INVOKESPECIAL && method.equals("<init>")
                                    && desc.equals("(Ljava/lang/Class;)V") && lastClassConstant != null) {
                                found[0] = lastClassConstant;
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
        return found[0] == null ? null : load(found[0]);
    }
}
