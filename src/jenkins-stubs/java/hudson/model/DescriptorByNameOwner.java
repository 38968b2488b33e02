package hudson.model;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.DescriptorByNameOwner} (a supertype of Run). */
public interface DescriptorByNameOwner extends ModelObject {
}
