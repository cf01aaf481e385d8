package org.xuefa.search;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replays tokens an analyzer already produced, so a text segmented once (smartcn is most of the
 * indexing time) feeds both its indexed field and the type-ahead candidates.
 */
final class ReplayTokenStream extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final List<Tokens.Token> tokens;
  private final int length;
  private int next;
  private int position;

  /** {@code length} is the analysed text's length, the final offset. */
  ReplayTokenStream(List<Tokens.Token> tokens, int length) {
    this.tokens = tokens;
    this.length = length;
  }

  @Override
  public boolean incrementToken() {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    Tokens.Token t = tokens.get(next++);
    term.setEmpty().append(t.term());
    offset.setOffset(t.start(), t.end());
    increment.setPositionIncrement(t.position() - position);
    position = t.position();
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
    position = -1;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(length, length);
    increment.setPositionIncrement(0);
  }
}
