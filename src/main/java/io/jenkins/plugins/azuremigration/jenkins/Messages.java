package io.jenkins.plugins.azuremigration.jenkins;

import io.jenkins.plugins.azuremigration.engine.wave.CopySettings;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jvnet.localizer.LocaleProvider;

/**
 * The plugin's user-facing texts, from {@code Messages.properties} beside this class (translations go in
 * {@code Messages_xx.properties}). Written by hand: Jenkins' localizer generator is not reachable from our build.
 */
public final class Messages {
    private static final String BUNDLE = "io.jenkins.plugins.azuremigration.jenkins.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * In the locale Jenkins names for the moment: the viewer's for a page or form check (core sets localizer's
     * provider to the current request's locale in {@code hudson.WebAppMain}), the controller's default elsewhere.
     */
    static String format(String key, Object... arguments) {
        Locale locale = LocaleProvider.getLocale();
        // no fallback to the controller's default locale: a viewer without a translation reads the English base
        // bundle, as localizer's own ResourceBundleHolder arranges for generated Messages classes
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public static String validateStepName() {
        return format("validateStep.displayName");
    }

    public static String dnsCheckStepName() {
        return format("dnsCheckStep.displayName");
    }

    public static String agentsStepName() {
        return format("agentsStep.displayName");
    }

    public static String rolesStepName() {
        return format("rolesStep.displayName");
    }

    public static String copyStepName() {
        return format("copyStep.displayName");
    }

    public static String waveStepName() {
        return format("waveStep.displayName");
    }

    public static String waveBuilderName() {
        return format("waveBuilder.displayName");
    }

    public static String reportActionName(String wave, String step) {
        return format("reportAction.displayName", wave, step);
    }

    public static String resumedAfterRestart(String step, String journal) {
        return format("execution.resumed", step, journal);
    }

    public static String cannotResume(String step, String reason, String journal) {
        return format("execution.cannotResume", step, reason, journal);
    }

    public static String runLost(String step, String reason, String journal) {
        return format("execution.lost", step, reason, journal);
    }

    public static String reportsNotArchived(String step, String reason, String out) {
        return format("execution.notArchived", step, reason, out);
    }

    public static String stopping(String step, String journal) {
        return format("execution.stopping", step, journal);
    }

    public static String batchSizeRange() {
        return format("validation.batchSize", CopySettings.MAX_BATCH_SIZE);
    }

    public static String waveRequired() {
        return format("validation.waveRequired");
    }

    public static String waveMustBeRelative() {
        return format("validation.waveRelative");
    }

    public static String waveNotYaml() {
        return format("validation.waveNotYaml");
    }

    public static String stopAtFormat() {
        return format("validation.stopAt");
    }

    public static String capNegative() {
        return format("validation.capMbps");
    }

}
