package hudson.model;

import hudson.search.SearchableModelObject;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import jenkins.util.io.OnMaster;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.Item}, which the plugin receives ({@code @AncestorInPath})
 * and checks permissions on; nothing of ours implements it, so its abstract methods are left out. The constants are
 * not compile-time constants ({@code null} here), so javac reads them with getstatic as it would the real ones.
 */
public interface Item extends PersistenceRoot, SearchableModelObject, AccessControlled, OnMaster {
    Permission CONFIGURE = null;

    Permission EXTENDED_READ = null;
}
