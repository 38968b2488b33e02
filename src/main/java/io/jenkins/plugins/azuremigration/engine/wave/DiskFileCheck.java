package io.jenkins.plugins.azuremigration.engine.wave;

/**
 * Whether validation looks at the local disk images themselves. {@link #CHECK} (the default everywhere the wave runs,
 * the Jenkins steps included) reports a source that is missing, unreadable, a folder, or not a page-blob image;
 * {@link #SKIP} is for validating a wave away from its disks ({@code wave validate --no-source-check}). Where a source
 * points (inside the wave's folder or {@code copy.sourceRoots}) is checked either way: that needs no disk.
 */
public enum DiskFileCheck {
    CHECK,
    SKIP
}
