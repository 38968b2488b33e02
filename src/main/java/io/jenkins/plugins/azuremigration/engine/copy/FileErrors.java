package io.jenkins.plugins.azuremigration.engine.copy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Says what went wrong with a local file in words a person can act on. Java's file exceptions carry the path as
 * their message ("copy failed: /data/web01.vhd" says nothing of why) and the operating system's reason apart.
 */
final class FileErrors {
    private FileErrors() {
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied reading " + denied.getFile() + ": the account that runs the copy may not read it";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return (fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName()) + ": " + fs.getFile();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
