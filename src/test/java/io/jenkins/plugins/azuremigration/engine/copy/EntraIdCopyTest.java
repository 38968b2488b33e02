package io.jenkins.plugins.azuremigration.engine.copy;

import static io.jenkins.plugins.azuremigration.engine.copy.CopyTestSupport.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import io.jenkins.plugins.azuremigration.engine.wave.CopyMode;
import io.jenkins.plugins.azuremigration.engine.wave.CopySettings;
import io.jenkins.plugins.azuremigration.engine.wave.Disk;
import io.jenkins.plugins.azuremigration.engine.wave.DiskSource;
import io.jenkins.plugins.azuremigration.engine.wave.DnsSettings;
import io.jenkins.plugins.azuremigration.engine.wave.SourcePosition;
import io.jenkins.plugins.azuremigration.engine.wave.StorageSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** Entra ID sign-in to storage, against Azurite in OAuth mode, with tokens far shorter than the copy. */
class EntraIdCopyTest {
    private static final int TOKEN_SECONDS = 10;

    @TempDir
    Path dir;

    @Test
    void aCopyLongerThanItsTokensSucceedsBecauseTokensAreRenewed() throws Exception {
        try (AzuriteServer azurite = AzuriteServer.startWithOAuth(dir.resolve("azurite"))) {
            Path vhd = SparseVhd.ofDataSize(12 * MIB).seed(21).data(0, 12 * MIB).writeTo(dir.resolve("web01.vhd"));
            URI target = URI.create(azurite.blobEndpoint() + "/entra/web01.vhd");
            Wave wave = new Wave("entra", AzureCloud.AZURE_PUBLIC_CLOUD,
                    new StorageSettings(null, azurite.blobEndpoint(), null), DnsSettings.systemResolver(),
                    List.of(CopyTestSupport.machine("web01", new Disk(DiskSource.local(vhd.toString()), target,
                            BlobType.PAGE, new SourcePosition("t", 1, 1)))),
                    new CopySettings(10, CopyMode.ROLLING, 4, 4, null), dir.resolve("wave.yaml"));
            ShortLivedTokens tokens = new ShortLivedTokens();
            CopyOptions options = CopyOptions.builder(dir.resolve("journal.log")).chunkSize((int) MIB)
                    .retry(CopyTestSupport.quickRetries(3)).storageCredential(tokens)
                    .httpClient(new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder()
                            .sslContext(azurite.certificate().trustingContext())).build()).build();

            Instant started = Instant.now();
            CopyReport report = WaveCopy.run(wave, options, CopyListener.none());
            long seconds = java.time.Duration.between(started, Instant.now()).toSeconds();

            MachineResult web01 = report.machines().get(0);
            assertThat(web01.status()).as(web01.error()).isEqualTo(CopyStatus.SUCCEEDED);
            assertThat(seconds).as("the copy outlived a token").isGreaterThan(TOKEN_SECONDS);
            assertThat(tokens.issued.get()).isGreaterThanOrEqualTo((int) (seconds / TOKEN_SECONDS));
            assertThat(web01.disks().get(0).bytesSent()).isEqualTo(12 * MIB + 512);
        }
    }

    /** Issues unsigned JWTs that Azurite accepts for {@value #TOKEN_SECONDS} s (it checks claims, not signatures). */
    private static final class ShortLivedTokens implements TokenCredential {
        final AtomicInteger issued = new AtomicInteger();

        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.fromSupplier(() -> getTokenSync(request));
        }

        @Override
        public AccessToken getTokenSync(TokenRequestContext request) {
            issued.incrementAndGet();
            long now = Instant.now().getEpochSecond();
            String claims = "{\"aud\":\"https://storage.azure.com\",\"iss\":\"https://sts.windows.net/"
                    + "ab1f708d-50f6-404c-a006-d71b2ac7a606/\",\"nbf\":" + (now - 60) + ",\"iat\":" + (now - 60)
                    + ",\"exp\":" + (now + TOKEN_SECONDS) + ",\"oid\":\"0b7b8e1c-0000-4000-8000-000000000001\","
                    + "\"tid\":\"ab1f708d-50f6-404c-a006-d71b2ac7a606\"}";
            String token = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims) + ".dW5zaWduZWQ";
            // tell the SDK it expires a little early, so no request carries a token that lapses in flight
            return new AccessToken(token, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(TOKEN_SECONDS - 3));
        }

        private static String encode(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }
}
