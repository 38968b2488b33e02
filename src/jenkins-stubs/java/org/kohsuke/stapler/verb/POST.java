package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stand-in for stapler's {@code org.kohsuke.stapler.verb.POST}. The real meta-annotation
 * {@code @InterceptorAnnotation} is left out: stapler reads it from the real class at run time, never from ours.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface POST {
}
