package io.jenkins.plugins.azuremigration.jenkins.common;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The drop-downs of the forms. Credentials are listed as the item sees them (its folders' stores, then global) and
 * only to someone allowed to configure or use them on that item; the callers check that permission first.
 */
public final class CredentialsListing {
    private CredentialsListing() {
    }

    /** Only the value already chosen: what a user without permission on the item may see. */
    public static ListBoxModel currentOnly(String current) {
        return new StandardListBoxModel().includeCurrentValue(current);
    }

    /** Service principals (Username with password, Certificate); the empty choice is the agent's managed identity. */
    public static ListBoxModel azure(Item item, String current) {
        return new StandardListBoxModel().includeEmptyValue()
                .includeMatching(item, StandardCredentials.class, List.of(), CredentialsMatchers.anyOf(
                        CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
                        CredentialsMatchers.instanceOf(StandardCertificateCredentials.class)))
                .includeCurrentValue(current);
    }

    /** Secret text holding a storage connection string or SAS; empty: the wave's storage settings. */
    public static ListBoxModel storage(Item item, String current) {
        return new StandardListBoxModel().includeEmptyValue()
                .includeMatching(item, StandardCredentials.class, List.of(),
                        CredentialsMatchers.instanceOf(StringCredentials.class))
                .includeCurrentValue(current);
    }

    /** The clouds by their wave-file names; the empty choice keeps the wave's. */
    public static ListBoxModel clouds() {
        ListBoxModel model = new ListBoxModel();
        model.add("(the wave's cloud)", "");
        for (AzureCloud cloud : AzureCloud.values()) {
            model.add(cloud.waveName(), cloud.waveName());
        }
        return model;
    }
}
