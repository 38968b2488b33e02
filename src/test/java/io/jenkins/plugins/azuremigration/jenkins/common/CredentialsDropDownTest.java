package io.jenkins.plugins.azuremigration.jenkins.common;

import static io.jenkins.plugins.azuremigration.jenkins.common.ModelledCredentialsStores.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.security.ACL;
import io.jenkins.plugins.azuremigration.jenkins.common.ModelledCredentialsStores.Form;
import io.jenkins.plugins.azuremigration.jenkins.common.ModelledCredentialsStores.Who;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;

/**
 * The credentials drop-downs are built as the job's authentication, not the viewer's: with two authentications in
 * play (the user viewing the form, the job's), the form shows what the job's builds can look up. The stores are
 * modelled on the credentials plugin's rule (ModelledCredentialsStores); the job's authentication stands in for
 * {@code Tasks.getAuthenticationOf2}, which is SYSTEM unless a queue item authenticator (Authorize Project) says
 * otherwise (jenkinsci/jenkins jenkins-2.516 Tasks.java lines 105-112, Queue.Task.getDefaultAuthentication2).
 */
class CredentialsDropDownTest {
    private static final Authentication ALICE = new Who("alice");
    private static final Authentication BOB = new Who("bob");
    private static final CredentialsMatcher ANY = credentials -> true;

    private final ModelledCredentialsStores stores = new ModelledCredentialsStores()
            .global("migration-sp", "storage-sas")
            .personal(ALICE, "alice-laptop")
            .personal(BOB, "bob-sp");

    /** A Pipeline or freestyle job: an item the queue builds. */
    private static final class Job implements Item, Queue.Task {
        @Override
        public void save() {
        }
    }

    /** An item that never builds (a folder, say). */
    private static final class NotATask implements Item {
        @Override
        public void save() {
        }
    }

    private static Form listed(Form form, Function<Queue.Task, Authentication> jobAuthentication, Item item,
            CredentialsMatcher matcher, String current) {
        new CredentialsDropDown(() -> form, it -> ListingAuthentication.of(it, jobAuthentication))
                .list(item, matcher, current);
        return form;
    }

    @Test
    void theViewingUserSeesTheGlobalCredentialsOfAJobThatRunsAsSystem() {
        Form form = listed(stores.formViewedBy(ALICE), task -> SYSTEM, new Job(), ANY, "");

        assertThat(form.values()).as("alice's own credentials are useless to a build running as SYSTEM")
                .containsExactly("", "migration-sp", "storage-sas");
    }

    @Test
    void aJobAuthorizedAsAnotherUserListsThatUsersCredentials() {
        Form form = listed(stores.formViewedBy(ALICE), task -> BOB, new Job(), ANY, "");

        assertThat(form.values()).containsExactly("", "bob-sp");
    }

    @Test
    void theMatcherFiltersAndTheCurrentValueIsKeptAfterTheEmptyChoice() {
        CredentialsMatcher sasOnly = credentials -> credentials instanceof ModelledCredentialsStores.Stored stored
                && stored.getId().endsWith("-sas");

        Form form = listed(stores.formViewedBy(ALICE), task -> SYSTEM, new Job(), sasOnly, "retired-id");

        assertThat(form.values()).containsExactly("", "retired-id", "storage-sas");
    }

    @Test
    void anItemThatNeverBuildsIsListedAsSystemWithoutAskingForAJobAuthentication() {
        Authentication chosen = ListingAuthentication.of(new NotATask(), task -> {
            throw new AssertionError("not a task: no job authentication to ask for");
        });

        // The stand-in's ACL.SYSTEM2 is null; JenkinsLayerRulesTest checks that the field is what is read.
        assertThat(chosen).isSameAs(ACL.SYSTEM2);
    }
}
