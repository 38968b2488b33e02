package org.kohsuke.stapler;

/**
 * Compile-only stand-in for stapler's {@code org.kohsuke.stapler.HttpResponse} (an interface of FormValidation and
 * ListBoxModel). Its {@code generateResponse} methods are defaults; nothing of ours implements or calls them.
 */
public interface HttpResponse {
}
