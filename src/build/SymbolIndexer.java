import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Writes the annotation-indexer index of {@code @org.jenkinsci.Symbol} for the compiled classes, which Jenkins'
 * structs plugin reads to find symbols. Jenkins' own processor (annotation-indexer) is not on Maven Central in a
 * version that runs on JDK 17, so the build runs this with the JDK's source launcher after compilation:
 * {@code java -cp asm.jar SymbolIndexer.java target/classes}.
 */
public final class SymbolIndexer {
    private static final String SYMBOL = "org.jenkinsci.Symbol";
    private static final String SYMBOL_DESCRIPTOR = "L" + SYMBOL.replace('.', '/') + ";";

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        TreeSet<String> annotated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = symbolAnnotatedClass(file);
                if (name != null) {
                    annotated.add(name);
                }
            }
        }
        Path index = classes.resolve("META-INF/services/annotations/" + SYMBOL);
        if (annotated.isEmpty()) {
            Files.deleteIfExists(index);
            System.out.println("[symbol-index] no @Symbol classes");
            return;
        }
        Files.createDirectories(index.getParent());
        StringBuilder text = new StringBuilder();
        annotated.forEach(n -> text.append(n).append('\n'));
        Files.writeString(index, text.toString(), StandardCharsets.UTF_8);
        System.out.println("[symbol-index] " + annotated.size() + " classes: " + List.copyOf(annotated));
    }

    /** The binary class name when the class carries a runtime-visible {@code @Symbol}; otherwise null. */
    private static String symbolAnnotatedClass(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ClassReader reader = new ClassReader(in);
            boolean[] found = {false};
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    if (visible && SYMBOL_DESCRIPTOR.equals(descriptor)) {
                        found[0] = true;
                    }
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return found[0] ? reader.getClassName().replace('/', '.') : null;
        }
    }
}
