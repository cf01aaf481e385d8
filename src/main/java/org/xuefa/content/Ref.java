package org.xuefa.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A citation written in a topic: {@code report:P-S-K} (a report paragraph) or {@code law:SLUG:N} (an article). */
public sealed interface Ref permits Ref.ReportRef, Ref.LawRef {

  Pattern REPORT = Pattern.compile("report:(\\d{1,2}-\\d{1,2}-\\d{1,3})");
  Pattern LAW = Pattern.compile("law:([a-z0-9][a-z0-9-]{0,63}):([1-9]\\d{0,4})");

  /** The ref as written, e.g. {@code law:constitution:27}. */
  String text();

  /** The page that shows what the ref points at. */
  String url();

  /** Reads a ref; empty when the text uses neither scheme or breaks its syntax. */
  static Optional<Ref> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher r = REPORT.matcher(text);
    if (r.matches()) {
      return Optional.of(new ReportRef(r.group(1)));
    }
    Matcher l = LAW.matcher(text);
    if (l.matches()) {
      return Optional.of(new LawRef(l.group(1), Integer.parseInt(l.group(2))));
    }
    return Optional.empty();
  }

  /** True for text that claims one of the two schemes, valid or not. */
  static boolean claimsScheme(String text) {
    return text != null && (text.startsWith("report:") || text.startsWith("law:"));
  }

  /** A paragraph of the city's report, by its address such as "8-2-1". */
  record ReportRef(String paragraphId) implements Ref {
    @Override
    public String text() {
      return "report:" + paragraphId;
    }

    @Override
    public String url() {
      return "/report?p=" + paragraphId + "#p" + paragraphId;
    }
  }

  /** Article {@code number} of the statute named by {@code slug}. */
  record LawRef(String slug, int number) implements Ref {
    @Override
    public String text() {
      return "law:" + slug + ":" + number;
    }

    @Override
    public String url() {
      return "/laws/" + slug + "/" + number;
    }
  }
}
