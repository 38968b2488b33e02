package io.jenkins.plugins.azuremigration.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * The trust store a test Jenkins agent's JVM is started with ({@code -Djavax.net.ssl.trustStore}) so that the
 * plugin's steps, which use the JVM's default trust, accept the local ARM simulator's self-signed certificate. It is
 * this JDK's own {@code cacerts} plus that one certificate, so the agent still trusts what it trusted before (its
 * controller's public certificate, for one).
 */
final class AgentTrustStore {
    /** The JDK's well-known default; the store holds only public certificates, nothing it protects is secret. */
    static final String PASSWORD = "changeit";

    private AgentTrustStore() {
    }

    static Path write(Path file, X509Certificate simulatorCertificate) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        if (Files.isReadable(cacerts)) {
            KeyStore jdk = KeyStore.getInstance(KeyStore.getDefaultType());
            try (InputStream in = Files.newInputStream(cacerts)) {
                jdk.load(in, PASSWORD.toCharArray()); // the JDK ships cacerts with this same default password
            }
            for (String alias : java.util.Collections.list(jdk.aliases())) {
                if (jdk.isCertificateEntry(alias)) {
                    store.setCertificateEntry(alias, jdk.getCertificate(alias));
                }
            }
        }
        store.setCertificateEntry("wave-serve-arm-simulator", simulatorCertificate);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }
}
