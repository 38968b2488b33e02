package hudson.model;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.ResourceController}: the superclass of Queue. */
public class ResourceController {
}
