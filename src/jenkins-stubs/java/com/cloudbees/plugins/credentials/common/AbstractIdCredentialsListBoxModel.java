package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * Compile-only stand-in for the credentials plugin's {@code AbstractIdCredentialsListBoxModel}. The fluent methods
 * return {@code AbstractIdCredentialsListBoxModel<T, C>}, not {@code T}, as the real ones (a guessed return type would
 * link to nothing). The abstract {@code describe(C)} is left out: nothing of ours extends this class. The plugin lists
 * with {@code includeMatchingAs} only. {@code includeMatching} lists as the user viewing the form, who is not shown
 * the global and folder credentials a build uses: it is declared so that CredentialsDropDownTest's model of the
 * credentials plugin can answer it as the real one does, and JenkinsLayerRulesTest keeps the plugin from calling it.
 */
public abstract class AbstractIdCredentialsListBoxModel<T extends AbstractIdCredentialsListBoxModel<T, C>,
        C extends IdCredentials> extends ListBoxModel {
    private static final long serialVersionUID = 1L;

    public AbstractIdCredentialsListBoxModel() {
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeMatching(Item context, Class<? extends C> type,
            List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(Authentication authentication, Item context,
            Class<? extends C> type, List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(String value) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
