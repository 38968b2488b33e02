package org.kohsuke.stapler.export;

/** Compile-only stand-in for stapler's {@code org.kohsuke.stapler.export.CustomExportedBean} (a supertype of Result). */
public interface CustomExportedBean {
}
