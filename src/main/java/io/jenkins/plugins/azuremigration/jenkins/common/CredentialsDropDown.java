package io.jenkins.plugins.azuremigration.jenkins.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;

/**
 * One credentials drop-down: the empty choice, the item's credentials that match, as {@link ListingAuthentication}
 * says, and the value already chosen. The model and the authentication are given, so that a test can answer for the
 * credentials providers, which only a running Jenkins has; {@link #JENKINS} is what the forms use.
 */
final class CredentialsDropDown {
    static final CredentialsDropDown JENKINS = new CredentialsDropDown(StandardListBoxModel::new,
            ListingAuthentication::of);

    private final Supplier<? extends StandardListBoxModel> newModel;
    private final Function<Item, Authentication> listingAuthentication;

    CredentialsDropDown(Supplier<? extends StandardListBoxModel> newModel,
            Function<Item, Authentication> listingAuthentication) {
        this.newModel = newModel;
        this.listingAuthentication = listingAuthentication;
    }

    ListBoxModel list(Item item, CredentialsMatcher matcher, String current) {
        return newModel.get().includeEmptyValue()
                .includeMatchingAs(listingAuthentication.apply(item), item, StandardCredentials.class, List.of(),
                        matcher)
                .includeCurrentValue(current);
    }
}
