package jenkins;

/** Compile-only stand-in for Jenkins core's {@code jenkins.YesNoMaybe}, the type of {@code Extension.dynamicLoadable}. */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}
