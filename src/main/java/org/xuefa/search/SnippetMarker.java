package org.xuefa.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Makes the HTML snippet of a hit: picks the window with the most matched text, escapes every
 * character of it and wraps matches in {@code <mark>}. Matching runs on the normalised text, which
 * has the original's length, so traditional and full-width input marks the right characters.
 */
final class SnippetMarker {

  static final int DEFAULT_LENGTH = 160;
  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";

  private final TextNormalizer normalizer;
  private final int length;

  SnippetMarker(TextNormalizer normalizer, int length) {
    this.normalizer = normalizer;
    this.length = length;
  }

  /** The escaped, marked snippet of {@code text} for the given normalised query terms. */
  String snippet(String text, Collection<String> terms) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String folded = normalizer.normalize(text);
    List<int[]> ranges = merge(find(folded, terms));
    int start = windowStart(folded, ranges);
    int end = Math.min(text.length(), start + length);
    StringBuilder out = new StringBuilder(end - start + 32);
    if (start > 0) {
      out.append('…');
    }
    int pos = start;
    for (int[] r : ranges) {
      int s = Math.max(r[0], start);
      int e = Math.min(r[1], end);
      if (s >= e) {
        continue;
      }
      escape(text, pos, s, out);
      out.append(OPEN);
      escape(text, s, e, out);
      out.append(CLOSE);
      pos = e;
    }
    escape(text, pos, end, out);
    if (end < text.length()) {
      out.append('…');
    }
    return out.toString();
  }

  private static List<int[]> find(String folded, Collection<String> terms) {
    List<int[]> ranges = new ArrayList<>();
    for (String term : terms) {
      if (term.isEmpty()) {
        continue;
      }
      for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
        ranges.add(new int[] {at, at + term.length()});
      }
    }
    ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    return ranges;
  }

  /** Joins overlapping and touching ranges so 宪法 + 法宣 + 宣誓 become one mark. */
  private static List<int[]> merge(List<int[]> sorted) {
    List<int[]> out = new ArrayList<>();
    for (int[] r : sorted) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        out.add(new int[] {r[0], r[1]});
      }
    }
    return out;
  }

  /** Starts at a sentence start (or the text start) so that the window holds the most marked text. */
  private int windowStart(String folded, List<int[]> ranges) {
    if (folded.length() <= length || ranges.isEmpty()) {
      return 0;
    }
    int bestStart = 0;
    int bestMarked = -1;
    for (int[] r : ranges) {
      int start = sentenceStart(folded, r[0]);
      if (r[1] - start > length) {
        start = Math.max(0, r[0] - length / 4);
      }
      start = Math.min(start, folded.length() - length);
      int marked = 0;
      for (int[] o : ranges) {
        marked += Math.max(0, Math.min(o[1], start + length) - Math.max(o[0], start));
      }
      if (marked > bestMarked) {
        bestMarked = marked;
        bestStart = start;
      }
    }
    return bestStart;
  }

  private static int sentenceStart(String text, int from) {
    for (int i = from - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
