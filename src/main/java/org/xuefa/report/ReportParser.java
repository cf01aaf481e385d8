package org.xuefa.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xuefa.law.ChineseNumerals;
import org.xuefa.resources.Classpath;

/**
 * Turns the plain text of a work report, as copied from the government web page, into a
 * {@link Report} with stable paragraph addresses.
 */
public final class ReportParser {

  /** The seed report shipped with the application. */
  public static final String DEFAULT_RESOURCE = "seeds/2020-nangong-rule-of-law-report.txt";

  private static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.+)$");
  private static final Pattern SECTION = Pattern.compile("^[(（]([一二三四五六七八九十]+)[)）]\\s*(.+)$");
  private static final Pattern PUBLISHED = Pattern.compile("发布时间[:：]\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern PUBLISHER = Pattern.compile("发布机构[:：]\\s*(\\S+)");
  // the page's own furniture, copied along with the text
  private static final Pattern CHROME = Pattern.compile("体裁分类|主题分类|发布时间|发布机构|浏览次数|字体[:：]\\s*\\[");

  private static final String PREAMBLE_TITLE = "前言";

  private ReportParser() {}

  /** Reads the report shipped on the classpath under {@link #DEFAULT_RESOURCE}. */
  public static Report loadDefault() {
    return parse(Classpath.text(DEFAULT_RESOURCE));
  }

  /** Parses the report text: title on the first line, page metadata on the second. */
  public static Report parse(String text) {
    List<String> lines = text.replace("\uFEFF", "").lines().map(String::strip).toList();
    String title = lines.stream().filter(l -> !l.isEmpty()).findFirst().orElse("");
    String published = "";
    String publisher = "";
    Builder builder = new Builder();
    for (String line : lines) {
      if (line.isEmpty() || line.equals(title)) {
        continue;
      }
      if (CHROME.matcher(line).find()) {
        published = firstGroup(PUBLISHED, line, published);
        publisher = firstGroup(PUBLISHER, line, publisher);
        continue;
      }
      builder.accept(line);
    }
    return new Report(title, publisher, published, builder.finish());
  }

  private static String firstGroup(Pattern pattern, String line, String fallback) {
    Matcher m = pattern.matcher(line);
    return m.find() ? m.group(1) : fallback;
  }

  /** Collects lines into parts and sections as headings arrive. */
  private static final class Builder {
    private final List<Part> parts = new ArrayList<>();
    private int partNumber;
    private String partNumeral = "";
    private String partTitle = PREAMBLE_TITLE;
    private List<Section> sections = new ArrayList<>();
    private int sectionNumber;
    private String sectionTitle = "";
    private List<Paragraph> paragraphs = new ArrayList<>();

    void accept(String line) {
      Matcher part = PART.matcher(line);
      if (part.matches() && numeral(part.group(1)) > 0) {
        closePart();
        partNumber = numeral(part.group(1));
        partNumeral = part.group(1);
        partTitle = stripFullStop(part.group(2));
        sectionNumber = 0;
        sectionTitle = "";
        return;
      }
      Matcher section = SECTION.matcher(line);
      if (section.matches() && partNumber > 0 && numeral(section.group(1)) > 0) {
        closeSection();
        sectionNumber = numeral(section.group(1));
        String rest = section.group(2);
        int stop = rest.indexOf('。');
        sectionTitle = stop < 0 ? rest : rest.substring(0, stop);
        String remainder = stop < 0 ? "" : rest.substring(stop + 1).strip();
        if (!remainder.isEmpty()) {
          addParagraph(remainder);
        }
        return;
      }
      addParagraph(line);
    }

    private void addParagraph(String text) {
      paragraphs.add(Paragraph.at(
          partNumber, sectionNumber, paragraphs.size() + 1, partTitle, sectionTitle, text));
    }

    private void closeSection() {
      if (!paragraphs.isEmpty() || sectionNumber > 0) {
        sections.add(new Section(sectionNumber, sectionTitle, paragraphs));
      }
      paragraphs = new ArrayList<>();
    }

    private void closePart() {
      closeSection();
      if (!sections.isEmpty() || partNumber > 0) {
        parts.add(new Part(partNumber, partNumeral, partTitle, sections));
      }
      sections = new ArrayList<>();
    }

    List<Part> finish() {
      closePart();
      return parts;
    }

    /** A heading's number, or -1 when the characters form no numeral (such a line is body text). */
    private static int numeral(String text) {
      try {
        return ChineseNumerals.parse(text);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    private static String stripFullStop(String title) {
      String t = title.strip();
      while (t.endsWith("。")) {
        t = t.substring(0, t.length() - 1);
      }
      return t;
    }
  }
}
