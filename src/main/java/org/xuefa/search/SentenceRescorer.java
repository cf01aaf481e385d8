package org.xuefa.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ScoreDoc;

/**
 * Re-ranks the top hits by their best sentence: the share of the query's concepts that one
 * sentence holds, raised when that sentence states a fact (a count with its measure word) or holds
 * every concept. So the passage that says "今年共组织27名…进行宪法宣誓" leads the ones that only
 * mention the subject, the article whose sentence says "二十日内作出行政许可决定" leads the ones
 * that only name 行政许可, and long passages compete with short ones on their best sentence.
 */
final class SentenceRescorer {

  /**
   * How much of Lucene's score survives re-ranking: relevance^α. Below 1 it narrows the gap a long
   * passage gains by naming the query's words many times, so the best sentence and the document
   * weight (statute over topic over question) decide more.
   */
  static final double RELEVANCE_EXPONENT = 0.5;
  /** How much a perfect sentence adds: the final score is score × (1 + weight × best). */
  static final float SENTENCE_WEIGHT = 1.0f;
  static final float FACT_FACTOR = 1.25f;
  /** When the query asks for a number, a sentence that states one is what answers it. */
  static final float COUNT_FACT_FACTOR = 2.0f;
  static final float WHOLE_PHRASE_FACTOR = 1.25f;
  /** A sentence that defines the one subject named ("格式条款是…") tells what it is. */
  static final float DEFINITION_FACTOR = 1.5f;
  /** When the query asks what it is (是什么), the defining sentence is the answer. */
  static final float ASKED_DEFINITION_FACTOR = 2.5f;
  /** Credit for a concept seen only in part (some of its character pairs). */
  static final float PARTIAL_CREDIT = 0.5f;
  /**
   * Credit for a concept named only inside a citation: "依照《中华人民共和国国家赔偿法》的有关规定"
   * names a statute, it does not say anything about 国家赔偿.
   */
  static final float CITATION_CREDIT = 0.5f;
  /** Credit for a concept the passage's headings hold but the sentence does not say. */
  static final float HEADING_CREDIT = 0.75f;

  private final List<QueryPlan.Concept> concepts;
  private final float[] weights;
  private final List<String> definitions;
  private final float factFactor;
  private final byte factKind;
  private final float definitionFactor;

  /** Every concept counting by its own {@link QueryPlan.Concept#weight()}. */
  SentenceRescorer(QueryPlan plan) {
    this(plan, plan.concepts().stream().map(QueryPlan.Concept::weight).toList());
  }

  /** With a weight per concept, e.g. from {@link ConceptWeights}. */
  SentenceRescorer(QueryPlan plan, List<Float> conceptWeights) {
    this.weights = new float[conceptWeights.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = conceptWeights.get(i);
    }
    this.definitionFactor = plan.asksForDefinition() ? ASKED_DEFINITION_FACTOR : DEFINITION_FACTOR;
    this.factFactor = plan.asksForCount() ? COUNT_FACT_FACTOR : FACT_FACTOR;
    this.factKind = plan.asksForCount() ? RescorePassage.ANY_NUMBER : RescorePassage.REPORTED_FACT;
    this.concepts = plan.concepts();
    this.definitions = plan.definitions();
  }

  /**
   * The top hits in their new order: each one's score becomes weight × (score / weight)^α × its
   * factor, ties kept in index order.
   */
  List<ScoreDoc> rerank(IndexReader reader, ScoreDoc[] top, PassageCache passages) {
    List<ScoreDoc> out = new ArrayList<>(top.length);
    for (ScoreDoc sd : top) {
      RescorePassage p = passages.get(reader, sd.doc);
      double relevance = Math.pow(sd.score / p.weight, RELEVANCE_EXPONENT);
      out.add(new ScoreDoc(sd.doc, (float) (p.weight * relevance * factor(p))));
    }
    out.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    return out;
  }

  /** The multiplier for a passage with no title or headings, its normalised text given. */
  float factor(String normalizedText) {
    return factor(RescorePassage.of(normalizedText, "", "", 1f));
  }

  /**
   * The multiplier for a passage. Every sentence is read under the passage's title, and in part
   * under its headings: in 《国家赔偿法》第十二条, under 第三节 赔偿程序, "要求赔偿应当递交申请书" is
   * a sentence about 国家赔偿 and about its procedure, though it names neither.
   */
  float factor(RescorePassage p) {
    if (concepts.isEmpty() || p.sentences.length == 0) {
      return 1f;
    }
    float[] fromContext = new float[concepts.size()];
    for (int i = 0; i < fromContext.length; i++) {
      QueryPlan.Concept c = concepts.get(i);
      fromContext[i] = Math.max(c.credit(p.title),
          Math.max(HEADING_CREDIT * c.credit(p.headings), PARTIAL_CREDIT * pairShare(c.name(), p.headings)));
    }
    float total = 0f;
    for (float w : weights) {
      total += w;
    }
    float best = 0f;
    for (int s = 0; s < p.sentences.length; s++) {
      String sentence = p.sentences[s];
      String own = p.own[s];
      boolean cites = own != sentence;
      float covered = 0f;
      int whole = 0;
      for (int i = 0; i < fromContext.length; i++) {
        QueryPlan.Concept c = concepts.get(i);
        float said = cites ? Math.max(c.credit(own), CITATION_CREDIT * c.credit(sentence)) : c.credit(sentence);
        float credit = Math.max(said, fromContext[i]);
        if (credit < 1f) {
          credit = Math.max(credit, PARTIAL_CREDIT * pairShare(c.name(), sentence));
        }
        covered += weights[i] * credit;
        whole += credit >= HEADING_CREDIT ? 1 : 0;
      }
      if (covered == 0f) {
        continue;
      }
      float share = covered / total;
      // squared: a sentence holding every concept beats one holding most of them
      float score = share * share;
      if ((p.numbers[s] & factKind) != 0) {
        score *= factFactor;
      }
      if (whole == concepts.size()) {
        score *= WHOLE_PHRASE_FACTOR;
      }
      if (defines(sentence)) {
        score *= definitionFactor;
      }
      best = Math.max(best, score);
    }
    return 1f + SENTENCE_WEIGHT * best;
  }

  private boolean defines(String sentence) {
    for (String d : definitions) {
      if (sentence.contains(d)) {
        return true;
      }
    }
    return false;
  }

  /** Share of the concept's character pairs that occur in the sentence. */
  private static float pairShare(String concept, String sentence) {
    if (concept.length() < 2) {
      return 0f;
    }
    int found = 0;
    for (int i = 0; i + 2 <= concept.length(); i++) {
      if (sentence.contains(concept.substring(i, i + 2))) {
        found++;
      }
    }
    return (float) found / (concept.length() - 1);
  }
}
