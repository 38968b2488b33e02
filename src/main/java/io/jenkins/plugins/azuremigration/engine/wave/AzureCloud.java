package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.Arrays;
import java.util.Optional;

/** The Azure clouds a wave can target; every endpoint and DNS suffix follows from the cloud. */
public enum AzureCloud {
    AZURE_PUBLIC_CLOUD("AzurePublicCloud", "https://login.microsoftonline.com/", "https://management.azure.com/",
            "core.windows.net"),
    AZURE_US_GOVERNMENT("AzureUSGovernment", "https://login.microsoftonline.us/", "https://management.usgovcloudapi.net/",
            "core.usgovcloudapi.net"),
    AZURE_CHINA_CLOUD("AzureChinaCloud", "https://login.chinacloudapi.cn/", "https://management.chinacloudapi.cn/",
            "core.chinacloudapi.cn");

    private final String waveName;
    private final String authorityHost;
    private final String resourceManagerEndpoint;
    private final String storageSuffix;

    AzureCloud(String waveName, String authorityHost, String resourceManagerEndpoint, String storageSuffix) {
        this.waveName = waveName;
        this.authorityHost = authorityHost;
        this.resourceManagerEndpoint = resourceManagerEndpoint;
        this.storageSuffix = storageSuffix;
    }

    /** The name used in wave files, e.g. {@code AzurePublicCloud}. */
    public String waveName() {
        return waveName;
    }

    public String authorityHost() {
        return authorityHost;
    }

    public String resourceManagerEndpoint() {
        return resourceManagerEndpoint;
    }

    /** The token scope for Azure Resource Manager in this cloud. */
    public String resourceManagerScope() {
        return resourceManagerEndpoint + ".default";
    }

    /** e.g. {@code core.windows.net}: blob endpoints are {@code {account}.blob.{suffix}}. */
    public String storageSuffix() {
        return storageSuffix;
    }

    public static Optional<AzureCloud> fromWaveName(String name) {
        return Arrays.stream(values()).filter(c -> c.waveName.equalsIgnoreCase(name)).findFirst();
    }

    public static String waveNames() {
        return String.join(" | ", Arrays.stream(values()).map(AzureCloud::waveName).toList());
    }
}
