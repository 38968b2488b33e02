package hudson.search;

import hudson.model.ModelObject;

/** Compile-only stand-in for Jenkins core's {@code hudson.search.SearchableModelObject} (a supertype of Run). */
public interface SearchableModelObject extends ModelObject, SearchItem {
}
