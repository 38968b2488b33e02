package io.jenkins.plugins.azuremigration.engine.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.CredentialUnavailableException;
import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;

/**
 * A bearer token read from a file each time one is needed (e.g. written by {@code az account get-access-token}, or a
 * workload's projected token), for runs that must not sign in themselves. Re-reading lets an outside process renew
 * the file during a long wave.
 */
public final class StaticTokenCredential implements TokenCredential {
    private final Path file;

    public StaticTokenCredential(Path file) {
        this.file = file;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromCallable(() -> getTokenSync(request));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        SecretValue token = read();
        // the file's owner renews it; asking again in five minutes picks up a new one
        return new AccessToken(token.reveal(), OffsetDateTime.now().plusMinutes(5));
    }

    private SecretValue read() {
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw new CredentialUnavailableException("The access token file " + file + " is empty");
            }
            return new SecretValue("file:" + file, token);
        } catch (IOException e) {
            // the file's name and the OS reason; its content (a token) never goes into a message
            throw new CredentialUnavailableException("Cannot read the access token file " + file + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }
}
