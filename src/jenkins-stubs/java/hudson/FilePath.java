package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.FilePath}. The real class has no public no-argument
 * constructor; declaring {@code FilePath(File)} keeps javac from inventing one.
 */
public final class FilePath implements SerializableOnlyOverRemoting {
    private static final long serialVersionUID = 1L;

    public FilePath(File localPath) {
    }

    public String getRemote() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void renameTo(FilePath target) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public FilePath getParent() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void write(String content, String encoding) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void copyTo(FilePath target) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Code that runs where the file is (controller or agent); the real nested type of the same name. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
