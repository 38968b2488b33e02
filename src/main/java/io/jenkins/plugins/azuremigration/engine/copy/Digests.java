package io.jenkins.plugins.azuremigration.engine.copy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5, the digest Blob Storage checks per request (Content-MD5) and keeps per blob. */
final class Digests {
    private Digests() {
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    static byte[] md5(byte[] bytes, int offset, int length) {
        MessageDigest digest = md5();
        digest.update(bytes, offset, length);
        return digest.digest();
    }

    /** The whole file's MD5, read sequentially in 1 MiB pieces. */
    static byte[] md5(Path file) throws IOException {
        MessageDigest digest = md5();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (Thread.interrupted()) {
                    throw new java.io.InterruptedIOException("digest of " + file + " interrupted");
                }
                digest.update(buffer, 0, read);
            }
        }
        return digest.digest();
    }
}
