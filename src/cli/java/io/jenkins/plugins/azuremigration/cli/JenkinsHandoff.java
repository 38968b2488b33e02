package io.jenkins.plugins.azuremigration.cli;

import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.LocalManagedIdentityEndpoint;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code wave serve} tells the Jenkins administrator to enter, value by value, in the order of
 * docs/verify-in-jenkins.md. The one secret-looking value it prints is Azurite's connection string, whose key is
 * Azurite's public, documented development key: it opens only this machine's emulator.
 */
record JenkinsHandoff(Path waveFile, AzuriteServer azurite, String dnsServer, String armEndpoint, Path armCa,
        Path trustStore, LocalManagedIdentityEndpoint identity, Path jenkinsfile) {

    void print(PrintWriter console) {
        console.println();
        console.println("For Jenkins (docs/verify-in-jenkins.md); run the job on an agent on THIS machine:");
        console.println("  wave file (WAVE_FILE, freestyle \"Wave file\"): " + waveFile);
        console.println("  Pipeline script:            " + jenkinsfile);
        console.println("  Secret text credential, Global, ID " + AcceptanceJenkinsfile.STORAGE_CREDENTIALS_ID
                + " (bound as " + DemoWave.STORAGE_VARIABLE + "; Azurite's public development key):");
        console.println("    " + azurite.connectionString());
        console.println("  dnsServer:                  " + dnsServer);
        console.println("  ARM endpoint:               " + armEndpoint + " (in the wave as azure.resourceManagerEndpoint)");
        console.println("  ARM CA certificate (PEM):   " + armCa);
        console.println("  credentialsId:              leave empty (the agent's managed identity: the endpoint below)");
        console.println("  Start the agent's JVM with these, then reconnect it (the steps use the JVM's default trust"
                + " and its managed identity):");
        console.println("    environment: IDENTITY_ENDPOINT=" + identity.url() + " IDENTITY_HEADER="
                + LocalManagedIdentityEndpoint.HEADER_VALUE);
        console.println("    JVM options: -Djavax.net.ssl.trustStore=" + trustStore
                + " -Djavax.net.ssl.trustStorePassword=" + AgentTrustStore.PASSWORD);
        console.println("  agent label:                " + AcceptanceJenkinsfile.AGENT_LABEL);
        console.println("These values change each time this command starts: keep it running for the whole check.");
    }
}
