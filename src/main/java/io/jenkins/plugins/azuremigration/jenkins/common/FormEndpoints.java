package io.jenkins.plugins.azuremigration.jenkins.common;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.function.Supplier;

/**
 * What the descriptors' {@code doFill}/{@code doCheck} methods answer, once for the steps and the builder. Each method
 * checks the item's permission before it lists or checks anything (an ArchUnit rule holds every endpoint to that);
 * none reads a file or calls Azure.
 */
public final class FormEndpoints {
    private FormEndpoints() {
    }

    /** Service principal credentials as the item sees them, to those who may configure or use them there. */
    public static ListBoxModel azureCredentials(Item item, String current) {
        if (item == null || !item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return CredentialsListing.currentOnly(current);
        }
        return CredentialsListing.azure(item, current);
    }

    /** Secret text credentials (storage connection string or SAS), with the same permission rule. */
    public static ListBoxModel storageCredentials(Item item, String current) {
        if (item == null || !item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return CredentialsListing.currentOnly(current);
        }
        return CredentialsListing.storage(item, current);
    }

    /** The clouds, a fixed list: to anyone who may read the item's configuration (and outside an item). */
    public static ListBoxModel clouds(Item item) {
        if (item != null && !item.hasPermission(Item.EXTENDED_READ)) {
            return new ListBoxModel();
        }
        return CredentialsListing.clouds();
    }

    /**
     * A {@link FieldChecks} answer for someone allowed to configure the item; silence for anyone else (a 403 would
     * show as an error under a field they only look at) and outside an item.
     */
    public static FormValidation check(Item item, Supplier<String> problem) {
        if (item == null || !item.hasPermission(Item.CONFIGURE)) {
            return FormValidation.ok();
        }
        String text = problem.get();
        return text == null ? FormValidation.ok() : FormValidation.error(text);
    }
}
