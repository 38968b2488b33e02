package io.jenkins.plugins.azuremigration.jenkins.common;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The drop-downs of the forms. Credentials are listed as the item's builds will see them (its folders' stores, then
 * global), that is as the job's authentication ({@link ListingAuthentication}), not the viewer's; and only to someone
 * allowed to configure or use them on that item: the callers check that permission first.
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
        return CredentialsDropDown.JENKINS.list(item, CredentialsMatchers.anyOf(
                CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
                CredentialsMatchers.instanceOf(StandardCertificateCredentials.class)), current);
    }

    /** Secret text holding a storage connection string or SAS; empty: the wave's storage settings. */
    public static ListBoxModel storage(Item item, String current) {
        return CredentialsDropDown.JENKINS.list(item, CredentialsMatchers.instanceOf(StringCredentials.class), current);
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
