package org.xuefa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How much each concept of a query tells about a passage: its inverse document frequency in the
 * index, taken from its rarest character pair (国家赔偿 is as rare as 家赔). So a sentence that holds
 * 国家赔偿 but not 申请 beats one that holds 申请 but not 国家赔偿, and filler words people add
 * (申请, 规定, 办理) weigh little. A concept the texts never use (a colloquial name, an intent such
 * as 多久) gets {@link #UNSEEN_IDF}: what it stands for is the point of the question.
 */
final class ConceptWeights {

  /** The weight of a concept with no pair in the index: that of a term in about one passage in forty. */
  static final float UNSEEN_IDF = 3.5f;
  /** The floor, so a concept in nearly every passage still counts a little. */
  static final float MIN_IDF = 0.3f;

  private ConceptWeights() {}

  static List<Float> of(QueryPlan plan, IndexReader reader, ChineseAnalyzers analyzers) throws IOException {
    int n = Math.max(1, reader.numDocs());
    List<Float> out = new ArrayList<>(plan.concepts().size());
    for (QueryPlan.Concept c : plan.concepts()) {
      int rarest = Integer.MAX_VALUE;
      for (Tokens.Token t : Tokens.of(analyzers.bigrams(), "q", c.name())) {
        if (t.term().length() == 2) {
          rarest = Math.min(rarest, reader.docFreq(new Term(SearchFields.BODY_BIGRAMS, t.term())));
        }
      }
      float idf = rarest == Integer.MAX_VALUE || rarest == 0
          ? UNSEEN_IDF
          : (float) Math.log(1 + (n - rarest + 0.5) / (rarest + 0.5));
      out.add(c.weight() * Math.max(MIN_IDF, idf));
    }
    return out;
  }
}
