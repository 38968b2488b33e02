package io.jenkins.plugins.azuremigration.jenkins.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * The credentials plugin's answer to "which credentials does this authentication see", reduced to two stores. The
 * stand-ins throw, so the rule is modelled here, as read in jenkinsci/credentials-plugin at ad001ede2c31 (release
 * 1487.va_d001ede2c31):
 * <ul>
 * <li>the global store answers only when {@code ACL.SYSTEM2.equals(authentication)}
 * ({@code SystemCredentialsProvider.ProviderImpl.getCredentialsInItem}, line 451; folder stores follow the same
 * rule);</li>
 * <li>a user's own store answers to that user's authentication, never to SYSTEM
 * ({@code UserCredentialsProvider.getCredentialsInItemGroup}, lines 131-146);</li>
 * <li>{@code includeMatchingAs} adds what the stores show the given authentication (lines 525-532), while
 * {@code includeMatching} does the same as {@code Jenkins.getAuthentication2()}, the user viewing the form
 * (line 477); the empty and current values go where {@code includeEmptyValue}/{@code includeCurrentValue} put them
 * (lines 171-178, 579-591).</li>
 * </ul>
 * Domains, scopes and folders are left out: the drop-downs pass no domain requirement.
 */
final class ModelledCredentialsStores {
    /** Stands for {@code ACL.SYSTEM2}: the stand-in's constant is {@code null}. */
    static final Authentication SYSTEM = new Who("SYSTEM");

    private final List<StandardCredentials> global = new ArrayList<>();
    private final Map<Authentication, List<StandardCredentials>> personal = new LinkedHashMap<>();

    ModelledCredentialsStores global(String... ids) {
        for (String id : ids) {
            global.add(new Stored(id));
        }
        return this;
    }

    ModelledCredentialsStores personal(Authentication user, String... ids) {
        for (String id : ids) {
            personal.computeIfAbsent(user, u -> new ArrayList<>()).add(new Stored(id));
        }
        return this;
    }

    /** What the stores show this authentication. */
    List<StandardCredentials> seenBy(Authentication authentication) {
        return authentication == SYSTEM ? global : personal.getOrDefault(authentication, List.of());
    }

    /** A fresh drop-down model in a request made by {@code viewer}. */
    Form formViewedBy(Authentication viewer) {
        return new Form(this, viewer);
    }

    /** A user (or SYSTEM); equal only to itself, as two users' authentications are. */
    static final class Who implements Authentication {
        private static final long serialVersionUID = 1L;
        private final String name;

        Who(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A stored credential; only its id matters here. */
    static final class Stored implements StandardCredentials {
        private static final long serialVersionUID = 1L;
        private final String id;

        Stored(String id) {
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return id;
        }
    }

    /** The drop-down model, answering as the credentials plugin's does; keeps the option values in order. */
    static final class Form extends StandardListBoxModel {
        private static final long serialVersionUID = 1L;
        private final transient ModelledCredentialsStores stores;
        private final transient Authentication viewer;
        private final List<String> values = new ArrayList<>();

        Form(ModelledCredentialsStores stores, Authentication viewer) {
            this.stores = stores;
            this.viewer = viewer;
        }

        List<String> values() {
            return values;
        }

        @Override
        public AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> includeEmptyValue() {
            if (!values.contains("")) {
                values.add(0, "");
            }
            return this;
        }

        @Override
        public AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> includeMatching(
                Item context, Class<? extends StandardCredentials> type, List<DomainRequirement> domainRequirements,
                CredentialsMatcher matcher) {
            return includeMatchingAs(viewer, context, type, domainRequirements, matcher);
        }

        @Override
        public AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> includeMatchingAs(
                Authentication authentication, Item context, Class<? extends StandardCredentials> type,
                List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
            for (StandardCredentials credentials : stores.seenBy(authentication)) {
                if (type.isInstance(credentials) && matcher.matches(credentials)
                        && !values.contains(credentials.getId())) {
                    values.add(credentials.getId());
                }
            }
            return this;
        }

        @Override
        public AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> includeCurrentValue(
                String value) {
            if (value.isEmpty()) {
                return includeEmptyValue();
            }
            if (!values.contains(value)) {
                values.add(!values.isEmpty() && values.get(0).isEmpty() ? 1 : 0, value);
            }
            return this;
        }
    }
}
