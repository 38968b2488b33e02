package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingLogTest {
    @Test
    void masksEachSecretItsUrlEncodedFormAndTheEnginesPatterns() {
        List<String> console = new ArrayList<>();
        String secret = "s3cr3t/with+chars==";
        MaskingLog log = new MaskingLog(console::add, List.of(secret, "ab"));

        log.accept("client secret " + secret + " in a URL ?x=" + java.net.URLEncoder.encode(secret,
                java.nio.charset.StandardCharsets.UTF_8) + " short ab stays");
        log.accept("https://acct.blob.core.windows.net/c/b?sv=2024-01-01&sig=ABCDEF%2Bxyz&se=2026");

        assertThat(console.get(0)).isEqualTo("client secret **** in a URL ?x=**** short ab stays");
        assertThat(console.get(1)).doesNotContain("ABCDEF").contains("sig=****");
    }

    @Test
    void aSecretContainingAnotherIsMaskedWhole() {
        List<String> console = new ArrayList<>();
        new MaskingLog(console::add, List.of("abcd", "xxabcdxx")).accept("[xxabcdxx]");
        assertThat(console).containsExactly("[****]");
    }
}
