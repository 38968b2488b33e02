package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

/** Compile-only stand-in for the credentials plugin's {@code DomainRequirement}; only named in signatures. */
public class DomainRequirement implements ExtensionPoint, Serializable {
    private static final long serialVersionUID = 1L;

    public DomainRequirement() {
    }
}
