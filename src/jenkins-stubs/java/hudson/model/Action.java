package hudson.model;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.Action}: the three methods every action implements. */
public interface Action extends ModelObject {
    String getIconFileName();

    String getDisplayName();

    String getUrlName();
}
