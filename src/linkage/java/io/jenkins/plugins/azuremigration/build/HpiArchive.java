package io.jenkins.plugins.azuremigration.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** A built .hpi as Jenkins sees it: the manifest, the entries, and the jars of WEB-INF/lib with their contents. */
public final class HpiArchive {
    public static final String LIBRARIES = "WEB-INF/lib/";

    private final Manifest manifest;
    private final List<String> entries;
    private final Map<String, byte[]> libraries;
    private final Map<String, Map<String, byte[]>> libraryContents = new LinkedHashMap<>();

    private HpiArchive(Manifest manifest, List<String> entries, Map<String, byte[]> libraries) {
        this.manifest = manifest;
        this.entries = entries;
        this.libraries = libraries;
    }

    public static HpiArchive read(Path hpi) throws IOException {
        Manifest manifest = null;
        List<String> entries = new ArrayList<>();
        Map<String, byte[]> libraries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                entries.add(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals("META-INF/MANIFEST.MF")) {
                        manifest = new Manifest(in);
                    } else if (entry.getName().startsWith(LIBRARIES) && entry.getName().endsWith(".jar")) {
                        libraries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        if (manifest == null) {
            throw new IOException(hpi + " has no META-INF/MANIFEST.MF");
        }
        return new HpiArchive(manifest, entries, libraries);
    }

    private static Map<String, byte[]> contents(byte[] jar) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    contents.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return contents;
    }

    public Manifest manifest() {
        return manifest;
    }

    public String attribute(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    List<String> entries() {
        return entries;
    }

    /** Entry names of the jars in WEB-INF/lib. */
    public List<String> libraryNames() {
        return List.copyOf(libraries.keySet());
    }

    /** A jar's entries by name (null when the .hpi has no such jar). */
    public Map<String, byte[]> library(String path) {
        byte[] jar = libraries.get(path);
        if (jar == null) {
            return null;
        }
        return libraryContents.computeIfAbsent(path, p -> {
            try {
                return contents(jar);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(p, e);
            }
        });
    }

    /** A jar of WEB-INF/lib as it is stored (for a class loader). */
    public byte[] libraryBytes(String path) {
        return libraries.get(path);
    }

    /** A jar's classes by binary name; multi-release copies count under their plain name, module-info is skipped. */
    public static Map<String, byte[]> classesOf(Map<String, byte[]> jar) {
        Map<String, byte[]> classes = new TreeMap<>();
        jar.forEach((name, bytes) -> {
            String path = name.startsWith("META-INF/versions/") ? name.replaceFirst("META-INF/versions/\\d+/", "") : name;
            if (path.endsWith(".class") && !path.endsWith("module-info.class") && !path.startsWith("META-INF/")) {
                classes.putIfAbsent(path.substring(0, path.length() - ".class".length()).replace('/', '.'), bytes);
            }
        });
        return classes;
    }
}
