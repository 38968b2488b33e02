package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.azuremigration.engine.azure.AzureCredentials;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;
import io.jenkins.plugins.azuremigration.fixtures.SelfSignedCertificate;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Certificate credential's key store (made by keytool, as a user uploads one) as azure-identity reads it. */
class CertificateConversionTest {
    @Test
    void theKeyEntryAndItsCertificateSurviveAsPkcs12(@TempDir Path dir) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(dir);
        char[] password = SelfSignedCertificate.PASSWORD.toCharArray();
        KeyStore uploaded = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            uploaded.load(in, password);
        }
        String alias = Collections.list(uploaded.aliases()).get(0);

        byte[] pkcs12 = CredentialsLookup.pkcs12(uploaded, SelfSignedCertificate.PASSWORD, "sp-cert");

        KeyStore converted = KeyStore.getInstance("PKCS12");
        converted.load(new ByteArrayInputStream(pkcs12), password);
        assertThat(Collections.list(converted.aliases())).containsExactly(alias);
        assertThat(converted.isKeyEntry(alias)).isTrue();
        assertThat(converted.getCertificate(alias)).isEqualTo(uploaded.getCertificate(alias));
        assertThat(converted.getKey(alias, password)).isEqualTo(uploaded.getKey(alias, password));
        // azure-identity accepts the bytes (it reads them when it first signs in, which a test must not do)
        assertThat(AzureCredentials.clientCertificate(AzureCloud.AZURE_PUBLIC_CLOUD, "tenant", "app-id", pkcs12,
                new SecretValue("credentials sp-cert", SelfSignedCertificate.PASSWORD),
                new com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder().build())).isNotNull();
    }

    @Test
    void aWrongPasswordFailsNamingTheCredentialNotTheKeyStoresText(@TempDir Path dir) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(dir);
        KeyStore uploaded = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            uploaded.load(in, SelfSignedCertificate.PASSWORD.toCharArray());
        }

        assertThatThrownBy(() -> CredentialsLookup.pkcs12(uploaded, "wrong-password", "sp-cert"))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("credentialsId: the certificate in credentials 'sp-cert' cannot be read (")
                .hasMessageNotContaining("wrong-password");
    }
}
