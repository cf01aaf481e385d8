package org.xuefa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer over a string and returns its tokens with positions and offsets. */
final class Tokens {

  /** One token: its term, absolute position and character offsets in the analysed text. */
  record Token(String term, int position, int start, int end) {}

  private Tokens() {}

  static List<Token> of(Analyzer analyzer, String field, String text) {
    List<Token> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      // analysis of an in-memory string does no I/O; this would be a programming error
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Just the terms. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    return of(analyzer, field, text).stream().map(Token::term).toList();
  }

  /**
   * Splits bigram tokens into runs of overlapping pairs (一窗, 窗受, 受理), the pieces a phrase
   * query can require in order.
   */
  static List<List<Token>> bigramRuns(List<Token> bigrams) {
    List<List<Token>> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    for (Token t : bigrams) {
      boolean pair = t.end() - t.start() == 2;
      boolean continues = pair && !run.isEmpty() && t.start() == run.get(run.size() - 1).start() + 1;
      if (!continues && !run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      if (pair) {
        run.add(t);
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }
}
