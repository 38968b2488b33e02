package io.jenkins.plugins.azuremigration.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How a command reaches Azure Resource Manager: one option group mixed into every command that talks to ARM
 * ({@code agents}, {@code roles}, {@code copy}, {@code run}, {@code dns}), so that each takes the same options.
 */
final class ArmAccessOptions {
    @Option(names = "--access-token-file", paramLabel = "FILE", description = "Send the ARM bearer token in FILE"
            + " (e.g. from az account get-access-token) instead of signing in; read again when it is renewed.")
    Path accessTokenFile;

    @Option(names = "--arm-ca", paramLabel = "PEM", description = "Trust exactly this certificate for Azure Resource"
            + " Manager (the local simulator's); by default the system's trust store.")
    Path armCertificate;

    StageRun.ArmAccess access() {
        return new StageRun.ArmAccess(accessTokenFile, armCertificate);
    }
}
