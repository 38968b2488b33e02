package io.jenkins.plugins.azuremigration.jenkins.common;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Looks a step's credentials up by id on the controller, against the build (so the job's folder credentials are
 * found, and the use is tracked like any other credential use), and turns them into the {@link AzureAccess} the
 * agent needs. Missing or wrong-kind credentials end the step before anything runs, naming the parameter.
 */
public final class CredentialsLookup {
    private CredentialsLookup() {
    }

    public static AzureAccess resolve(Run<?, ?> run, StageRequest.Connection connection) throws IOException {
        AzureAccess access = identity(run, connection);
        if (connection.storageCredentialsId() != null) {
            StringCredentials storage = CredentialsProvider.findCredentialById(connection.storageCredentialsId(),
                    StringCredentials.class, run);
            if (storage == null) {
                throw new AbortException("storageCredentialsId: no Secret text credentials '"
                        + connection.storageCredentialsId() + "' visible to this job (its folders or global)");
            }
            CredentialsProvider.track(run, storage);
            access = access.withStorageSecret(connection.storageCredentialsId(), storage.getSecret().getPlainText());
        }
        return access;
    }

    private static AzureAccess identity(Run<?, ?> run, StageRequest.Connection connection) throws IOException {
        String id = connection.credentialsId();
        if (id == null) {
            return AzureAccess.managedIdentity(connection.clientId());
        }
        StandardCredentials credentials = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
        if (credentials == null) {
            throw new AbortException("credentialsId: no credentials '" + id
                    + "' visible to this job (its folders or global)");
        }
        CredentialsProvider.track(run, credentials);
        if (credentials instanceof StandardUsernamePasswordCredentials servicePrincipal) {
            return AzureAccess.servicePrincipal(id, servicePrincipal.getUsername(),
                    servicePrincipal.getPassword().getPlainText());
        }
        if (credentials instanceof StandardCertificateCredentials certificate) {
            if (connection.clientId() == null) {
                throw new AbortException("clientId: credentials '" + id + "' are a certificate; give the service "
                        + "principal's application (client) ID as clientId:");
            }
            String password = certificate.getPassword().getPlainText();
            return AzureAccess.certificate(id, connection.clientId(), pkcs12(certificate.getKeyStore(), password, id),
                    password);
        }
        throw new AbortException("credentialsId: credentials '" + id + "' are neither a Username with password "
                + "(client ID and secret) nor a Certificate");
    }

    /** The key entries of a credential's key store as PKCS#12 bytes, for azure-identity (which reads PKCS#12). */
    static byte[] pkcs12(KeyStore keyStore, String password, String id) throws AbortException {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            KeyStore copy = KeyStore.getInstance("PKCS12");
            copy.load(null, null);
            char[] secret = password.toCharArray();
            for (String alias : java.util.Collections.list(keyStore.aliases())) {
                if (keyStore.isKeyEntry(alias)) {
                    copy.setEntry(alias, keyStore.getEntry(alias, new KeyStore.PasswordProtection(secret)),
                            new KeyStore.PasswordProtection(secret));
                }
            }
            copy.store(bytes, secret);
            return bytes.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            // the exception's text is not passed on: key store messages can quote aliases and paths, never needed here
            throw new AbortException("credentialsId: the certificate in credentials '" + id + "' cannot be read ("
                    + e.getClass().getSimpleName() + "); upload it again as PKCS#12 with its password");
        }
    }
}
