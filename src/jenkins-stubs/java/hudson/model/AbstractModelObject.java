package hudson.model;

import hudson.search.SearchableModelObject;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.AbstractModelObject} (the root of Run's superclasses). */
public abstract class AbstractModelObject implements SearchableModelObject {
    public AbstractModelObject() {
    }
}
