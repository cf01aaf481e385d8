package org.xuefa.search;

/**
 * What a person typed plus paging: {@code type} restricts hits to one source kind (null or blank:
 * all), {@code limit} is clamped to 1–100 (0 or less means the default 10), {@code offset} to
 * 0–{@value #MAX_OFFSET}.
 */
public record SearchQuery(String q, String type, int limit, int offset, boolean snippets) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 1000;

  public SearchQuery {
    q = q == null ? "" : q;
    type = type == null || type.isBlank() ? null : type.strip();
    limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    offset = Math.max(0, Math.min(offset, MAX_OFFSET));
  }

  /** The first page of hits of every type, with snippets. */
  public static SearchQuery of(String q) {
    return new SearchQuery(q, null, DEFAULT_LIMIT, 0, true);
  }

  public SearchQuery withType(String newType) {
    return new SearchQuery(q, newType, limit, offset, snippets);
  }

  public SearchQuery withPage(int newLimit, int newOffset) {
    return new SearchQuery(q, type, newLimit, newOffset, snippets);
  }

  /** Skips snippet marking, e.g. for callers that only need ids. */
  public SearchQuery withoutSnippets() {
    return new SearchQuery(q, type, limit, offset, false);
  }
}
