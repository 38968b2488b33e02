package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import java.util.function.Function;
import org.springframework.security.core.Authentication;

/**
 * Whom the credentials drop-downs list as: the authentication the item's builds will look credentials up with, as
 * the credentials plugin's consumer guide (docs/consumer.adoc) says, never the user viewing the form. Credentials
 * stores answer per authentication: the global and folder stores only to SYSTEM, a user's own store only to that
 * user. Listing as the viewer would hide the credentials a build can use, even from an administrator, and offer the
 * viewer's own, which the build cannot use.
 */
final class ListingAuthentication {
    private ListingAuthentication() {
    }

    /** The job's authentication, as the queue item authenticators (Authorize Project) decide; SYSTEM by default. */
    static Authentication of(Item item) {
        return of(item, Tasks::getAuthenticationOf2);
    }

    /**
     * {@link #of(Item)} with the job's authentication supplied: tests stand in for {@code Tasks.getAuthenticationOf2},
     * which needs a running Jenkins. An item that is not a queue task never builds, so it gets SYSTEM, as the guide
     * says.
     */
    static Authentication of(Item item, Function<Queue.Task, Authentication> jobAuthentication) {
        return item instanceof Queue.Task task ? jobAuthentication.apply(task) : ACL.SYSTEM2;
    }
}
