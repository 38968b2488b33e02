package io.jenkins.plugins.azuremigration.jenkins.views;

/**
 * What a view renders, which decides the variables Stapler gives it: a config page (and the fragments it includes)
 * renders a Describable with {@code instance} and {@code descriptor}; an Action's page renders the action as {@code it}.
 * {@code described} is the class {@code class="${descriptor.clazz}"} names in an include.
 */
record ViewRole(String name, Class<?> described, ViewScope variables) {
}
