package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the redactor masks (anything shaped like a credential) and what it must leave readable. */
class RedactorTest {
    @Test
    void masksASasSignatureButKeepsTheRestOfTheUrl() {
        assertThat(Redactor.redact("GET https://acct.blob.core.windows.net/c/db01.vhd?sv=2022-11-02&sp=r"
                + "&se=2026-11-28T06:00:00Z&sig=" + "AbC%2Bdef%2F123456%3D" + "&spr=https failed"))
                .isEqualTo("GET https://acct.blob.core.windows.net/c/db01.vhd?sv=2022-11-02&sp=r"
                        + "&se=2026-11-28T06:00:00Z&sig=****&spr=https failed");
        assertThat(Redactor.redact("x?sig%3DAbCdEf123")).isEqualTo("x?sig%3D****");
    }

    @Test
    void masksConnectionStringSecrets() {
        assertThat(Redactor.redact("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abc+/def==;"
                + "EndpointSuffix=core.windows.net")).isEqualTo("DefaultEndpointsProtocol=https;AccountName=acct;"
                        + "AccountKey=****;EndpointSuffix=core.windows.net");
        assertThat(Redactor.redact("BlobEndpoint=https://a/;SharedAccessSignature=sv=2022&sig=x1&se=2026; next"))
                .isEqualTo("BlobEndpoint=https://a/;SharedAccessSignature=****; next");
        assertThat(Redactor.redact("Endpoint=sb://ns/;SharedAccessKeyName=root;SharedAccessKey=c2VjcmV0"))
                .isEqualTo("Endpoint=sb://ns/;SharedAccessKeyName=root;SharedAccessKey=****");
    }

    @Test
    void masksTokensAndHeaders() {
        assertThat(Redactor.redact("Authorization: Bearer eyJ0eXAi.eyJhdWQi.c2ln was rejected"))
                .isEqualTo("Authorization: Bearer **** was rejected");
        assertThat(Redactor.redact("Authorization: Basic dXNlcjpwYXNz")).isEqualTo("Authorization: Basic ****");
        assertThat(Redactor.redact("token eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJhcGkifQ.c2lnbmF0dXJl"))
                .isEqualTo("token ****");
        assertThat(Redactor.redact("{\"access_token\": \"abcdefghijklmnopqrstuvwxyz012345\"}"))
                .isEqualTo("{\"access_token\": \"****\"}");
        assertThat(Redactor.redact("client_secret=Xy9Q~abcdefghijklmnopqrstuvwxyz12345&grant_type=x"))
                .isEqualTo("client_secret=****&grant_type=x");
        assertThat(Redactor.redact("password: hunter2hunter2hunter2")).isEqualTo("password: ****");
    }

    @Test
    void masksBareSecretsByTheirShape() {
        assertThat(Redactor.redact("login with Ab38Q~abcdefghijklmnopqrstuvwxyz0123456 failed"))
                .isEqualTo("login with **** failed");
        String accountKey = "q".repeat(86) + "==";
        assertThat(Redactor.redact("key was " + accountKey + ".")).isEqualTo("key was ****.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Put Page failed after 20 tries (last: HTTP 503 ServerBusy) on wave-07/db01/db01-data1.vhd",
        "/subscriptions/5f1c2a8e-0b7d-4c1e-9a55-2f0d6b3c9e11/resourceGroups/rg/providers/Microsoft.Storage"
                + "/storageAccounts/migcache01",
        "https://migcache01.blob.core.windows.net/wave-07/db01/db01-os.vhd",
        "Content-MD5 1B2M2Y8AsgTpgAMY7PhCfg== differs",
        "key=os-disk token=short secret=",
        "the blob key is the target URL; tokens refreshed: 3",
        "disks/averyveryverylongdirectoryname/anotherlongdirectoryname/db01-os.vhd",
        "storage.sas expires at 2026-11-28T05:00:00Z (se=2026-11-28T05:00:00Z)",
        "Principal 6b0c6a4e-1f0e-4a53-9b59-8a1d3c1e0a01 has Storage Blob Data Contributor"})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(Redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(Redactor.redact((String) null)).isNull();
        assertThat(Redactor.redact("")).isEmpty();
    }
}
