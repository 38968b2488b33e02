package hudson.model.queue;

import hudson.model.Queue;
import org.springframework.security.core.Authentication;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.queue.Tasks}: the authentication a task's builds run
 * as (what the queue item authenticators say, else the task's default, {@code ACL.SYSTEM2} for ordinary jobs).
 * The real class has the implicit public constructor too.
 */
public class Tasks {
    public static Authentication getAuthenticationOf2(Queue.Task t) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
