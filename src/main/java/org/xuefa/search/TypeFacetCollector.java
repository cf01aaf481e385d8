package org.xuefa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every match per type while passing on to the ranking collector only the matches of the
 * requested type, so one pass yields both the facet bar (all types) and the filtered hits.
 */
final class TypeFacetCollector implements Collector {

  private final Collector ranking;
  private final String onlyType;
  private final List<SortedDocValues> leafValues = new ArrayList<>();
  private final List<int[]> leafCounts = new ArrayList<>();

  TypeFacetCollector(Collector ranking, String onlyType) {
    this.ranking = ranking;
    this.onlyType = onlyType;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedDocValues types = DocValues.getSorted(context.reader(), SearchFields.TYPE);
    int[] counts = new int[Math.max(1, types.getValueCount())];
    leafValues.add(types);
    leafCounts.add(counts);
    int wanted = onlyType == null ? -1 : types.lookupTerm(new org.apache.lucene.util.BytesRef(onlyType));
    LeafCollector rank = ranking.getLeafCollector(context);
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) throws IOException {
        rank.setScorer(scorer);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (!types.advanceExact(doc)) {
          return;
        }
        int ord = types.ordValue();
        counts[ord]++;
        if (onlyType == null || ord == wanted) {
          rank.collect(doc);
        }
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  /** Matches per type, most first. */
  Map<String, Integer> counts() throws IOException {
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (int i = 0; i < leafValues.size(); i++) {
      int[] counts = leafCounts.get(i);
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0) {
          totals.merge(leafValues.get(i).lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
        }
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    totals.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
