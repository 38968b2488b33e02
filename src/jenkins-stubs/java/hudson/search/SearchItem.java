package hudson.search;

/** Compile-only stand-in for Jenkins core's {@code hudson.search.SearchItem} (a supertype of Run; no members used). */
public interface SearchItem {
}
