package hudson.remoting;

/** Compile-only stand-in for remoting's {@code hudson.remoting.VirtualChannel}; we only pass it through. */
public interface VirtualChannel {
}
