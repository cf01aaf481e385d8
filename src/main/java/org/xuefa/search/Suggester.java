package org.xuefa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Type-ahead over the index's completion candidates (see {@link SuggestTerms}) and the terms named
 * in the query vocabulary, ranked by how many passages contain them.
 */
final class Suggester {

  // enough to rank a short prefix such as "宪" without walking the whole dictionary
  private static final int MAX_SCANNED = 5000;

  private final TextNormalizer normalizer;
  private final QueryVocabulary vocabulary;

  Suggester(TextNormalizer normalizer, QueryVocabulary vocabulary) {
    this.normalizer = normalizer;
    this.vocabulary = vocabulary;
  }

  List<String> suggest(IndexReader reader, String prefix, int n) throws IOException {
    String p = normalizer.normalize(QueryPlanner.sanitize(prefix)).strip();
    if (p.isEmpty() || n <= 0) {
      return List.of();
    }
    Map<String, Integer> scores = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, SearchFields.SUGGEST);
    if (terms != null) {
      TermsEnum e = terms.iterator();
      BytesRef start = new BytesRef(p);
      if (e.seekCeil(start) != TermsEnum.SeekStatus.END) {
        int scanned = 0;
        for (BytesRef t = e.term(); t != null && scanned < MAX_SCANNED; t = e.next(), scanned++) {
          String s = t.utf8ToString();
          if (!s.startsWith(p)) {
            break;
          }
          scores.put(s, e.docFreq());
        }
      }
    }
    for (String phrase : vocabulary.phrases()) {
      if (phrase.startsWith(p)) {
        scores.merge(phrase, 1, Math::max);
      }
    }
    scores.remove(p);
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(e -> e.getKey().length())
        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
    return ranked.stream().limit(Math.min(n, 50)).map(Map.Entry::getKey).toList();
  }
}
