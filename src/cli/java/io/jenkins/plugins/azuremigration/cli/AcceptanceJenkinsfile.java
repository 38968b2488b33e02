package io.jenkins.plugins.azuremigration.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Pipeline script of docs/verify-in-jenkins.md: docs/examples/Jenkinsfile (one Jenkins stage per wave stage)
 * with the values of the running {@code wave serve} filled in, so the administrator pastes it instead of editing
 * the example by hand. It names no secret: the storage connection string is bound from a credential.
 */
final class AcceptanceJenkinsfile {
    static final String STORAGE_CREDENTIALS_ID = "wave-demo-storage";
    static final String AGENT_LABEL = "onprem-migration";

    private AcceptanceJenkinsfile() {
    }

    static Path write(Path file, Path waveFile, String storageVariable, String dnsServer) throws IOException {
        return Files.writeString(file, """
                // Written by `bin/wave serve` for docs/verify-in-jenkins.md: docs/examples/Jenkinsfile with the local
                // test services filled in. Everything it reaches is on 127.0.0.1 of the agent: Azurite, dnsmasq, the
                // ARM simulator (not Azure) and a local managed-identity endpoint (no credentialsId: the agent's identity).
                pipeline {
                    agent { label '%1$s' }
                    parameters {
                        string(name: 'WAVE_FILE', defaultValue: '%2$s',
                               description: 'The wave file written by bin/wave serve (absolute: it is outside the workspace)')
                        booleanParam(name: 'DRY_RUN', defaultValue: false,
                                     description: 'List the role changes without making them, copy nothing')
                        booleanParam(name: 'SLOW_COPY', defaultValue: true,
                                     description: 'Cap the copy at 1 Mbit/s (about two minutes): time to abort it or restart Jenkins mid-copy')
                    }
                    options {
                        disableConcurrentBuilds()            // the copy's checkpoint lives in this workspace
                        durabilityHint('MAX_SURVIVABILITY')  // the copy step resumes after a controller restart
                    }
                    environment {
                        // the wave says storage.connectionString: ${env:%3$s}
                        %3$s = credentials('%4$s')
                    }
                    stages {
                        stage('Validate') {
                            steps {
                                script {
                                    def wave = azureMigrationValidate(wave: params.WAVE_FILE)
                                    echo "Wave ${wave.name}: ${wave.machines} machines (${wave.skippedMachines} held back by OK_TO_MIGRATE), ${wave.disks} disks"
                                }
                            }
                        }
                        stage('Agents') {
                            steps {
                                azureMigrationAgents(wave: params.WAVE_FILE, out: 'wave-reports/agents')
                            }
                        }
                        stage('DNS') {
                            steps {
                                azureMigrationDnsCheck(wave: params.WAVE_FILE, dnsServer: '%5$s', out: 'wave-reports/dns')
                            }
                        }
                        stage('Roles') {
                            steps {
                                azureMigrationRoles(wave: params.WAVE_FILE, dryRun: params.DRY_RUN, out: 'wave-reports/roles')
                            }
                        }
                        stage('Copy') {
                            when { expression { !params.DRY_RUN } }
                            steps {
                                script {
                                    def machines = azureMigrationCopy(wave: params.WAVE_FILE, out: 'wave-reports/copy',
                                                                      capMbps: params.SLOW_COPY ? 1 : 0)
                                    echo "copy: ${machines.collect { it.name + ' ' + it.status }}"
                                }
                            }
                        }
                    }
                }
                """.formatted(AGENT_LABEL, waveFile.toAbsolutePath(), storageVariable, STORAGE_CREDENTIALS_ID, dnsServer),
                StandardCharsets.UTF_8);
    }
}
