package org.xuefa.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of hits; {@code total} counts all matches of the query within the type filter, and
 * {@code facets} counts matches per type ignoring the type filter, so a facet bar can offer every
 * type.
 */
public record SearchResult(String query, int total, List<SearchHit> hits, Map<String, Integer> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  static SearchResult empty(String query) {
    return new SearchResult(query, 0, List.of(), Map.of());
  }

  /** The ids of the hits, in rank order. */
  public List<String> ids() {
    return hits.stream().map(SearchHit::id).toList();
  }
}
