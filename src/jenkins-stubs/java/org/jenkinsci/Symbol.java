package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jvnet.hudson.annotation_indexer.Indexed;

/**
 * Compile-only stand-in for symbol-annotation's {@code org.jenkinsci.Symbol}. {@code @Indexed} marks it for the
 * annotation index (our build writes META-INF/services/annotations/org.jenkinsci.Symbol with src/build/SymbolIndexer).
 */
@Indexed
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
