package io.jenkins.plugins.azuremigration.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jvnet.localizer.LocaleProvider;

/** Form messages come in the viewer's language: Jenkins tells the locale through localizer's provider. */
class MessagesLocaleTest {
    private final Locale controllerDefault = Locale.getDefault();

    @AfterEach
    void restoreJenkinsDefault() {
        LocaleProvider.setProvider(LocaleProvider.DEFAULT);
        Locale.setDefault(controllerDefault);
    }

    private static void viewerReads(Locale locale) {
        LocaleProvider.setProvider(new LocaleProvider() {
            @Override
            public Locale get() {
                return locale;
            }
        });
    }

    @Test
    void aFormCheckAnswersInTheLocaleOfTheRequest() {
        viewerReads(new Locale("eo"));

        assertThat(Messages.waveRequired()).isEqualTo("Donu la dosieron de la ondo");
    }

    @Test
    void aViewerWithoutTranslationReadsEnglishWhateverTheControllersOwnLocale() {
        Locale.setDefault(new Locale("eo"));
        viewerReads(Locale.JAPANESE);

        assertThat(Messages.waveRequired()).isEqualTo("The wave file is required");
    }
}
