package org.xuefa.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Runs {@link TextNormalizer} in front of a tokenizer; offsets need no correction because the
 * normaliser never changes the length of the text.
 */
final class FoldingCharFilter extends CharFilter {

  private final TextNormalizer normalizer;
  private String folded;
  private int pos;

  FoldingCharFilter(Reader in, TextNormalizer normalizer) {
    super(in);
    this.normalizer = normalizer;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (folded == null) {
      folded = normalizer.normalize(readAll());
    }
    if (pos >= folded.length()) {
      return -1;
    }
    int n = Math.min(len, folded.length() - pos);
    folded.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private String readAll() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    for (int n; (n = input.read(buf)) != -1; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }
}
