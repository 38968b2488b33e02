package hudson.remoting;

/**
 * Compile-only stand-in for remoting's package-private {@code RemotingSystemException}, the superclass of
 * {@link RequestAbortedException} (confirmed in jenkinsci/remoting at 3309.v27b_9314fd1a_4, recorded in
 * src/test/resources/jenkins-api-confirmed.txt). Declared only so that the public subclass has its real superclass.
 */
class RemotingSystemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RemotingSystemException(Throwable cause) {
    }
}
