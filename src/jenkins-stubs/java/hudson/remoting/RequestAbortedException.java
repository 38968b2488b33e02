package hudson.remoting;

/**
 * Compile-only stand-in for remoting's {@code RequestAbortedException}: how a call still pending on an agent fails
 * when the channel closes under it (remoting {@code Request.call}/{@code abort}), an unchecked exception, not an
 * {@code IOException}. Confirmed in jenkinsci/remoting at 3309.v27b_9314fd1a_4 (src/test/resources/jenkins-api-confirmed.txt).
 */
public class RequestAbortedException extends RemotingSystemException {
    private static final long serialVersionUID = 238929914783987425L;

    public RequestAbortedException(Throwable cause) {
        super(cause);
    }
}
