package org.xuefa.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders topic Markdown to safe HTML: raw HTML is shown as text, {@code report:}/{@code law:} links
 * become page URLs, and a link to anything but http(s) or a relative address loses its link (its text
 * stays), so a topic can never carry {@code javascript:} into a page.
 */
public final class TopicMarkdown {

  /** The page fragment, its text for search, the refs the body cites and what is wrong with them. */
  public record Rendered(String html, String plainText, Set<String> refs, List<String> problems) {}

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder()
      .escapeHtml(true)
      .percentEncodeUrls(true)
      .build();

  private TopicMarkdown() {}

  /** Renders {@code markdown}; {@code exists} says whether a well-formed ref points at something real. */
  public static Rendered render(String markdown, Predicate<Ref> exists) {
    Node doc = PARSER.parse(markdown);
    Set<String> refs = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (Node node : linksOf(doc)) {
      String dest = node instanceof Link l ? l.getDestination() : ((Image) node).getDestination();
      Optional<String> target = rewrite(dest, exists, refs, problems);
      if (target.isEmpty()) {
        unwrap(node);
      } else if (node instanceof Link l) {
        l.setDestination(target.get());
      } else {
        ((Image) node).setDestination(target.get());
      }
    }
    return new Rendered(HTML.render(doc), plainText(doc), Set.copyOf(refs), List.copyOf(problems));
  }

  private static List<Node> linksOf(Node doc) {
    List<Node> found = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        found.add(link);
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        found.add(image);
        visitChildren(image);
      }
    });
    return found;
  }

  private static Optional<String> rewrite(String dest, Predicate<Ref> exists, Set<String> refs, List<String> problems) {
    if (Ref.claimsScheme(dest)) {
      Optional<Ref> ref = Ref.parse(dest);
      if (ref.isEmpty()) {
        problems.add("引用格式错误：" + dest);
        return Optional.empty();
      }
      if (!exists.test(ref.get())) {
        problems.add("引用的段落或条文不存在：" + dest);
        return Optional.empty();
      }
      refs.add(ref.get().text());
      return Optional.of(ref.get().url());
    }
    return safeUrl(dest) ? Optional.of(dest) : Optional.empty();
  }

  /** http(s) or a relative address without whitespace or control characters (browsers drop those and could find a scheme). */
  static boolean safeUrl(String url) {
    if (url == null || url.isEmpty() || url.startsWith("//")) {
      return false;
    }
    int end = url.length();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '\\') {
        return false;
      }
      if (end == url.length() && (c == '/' || c == '?' || c == '#')) {
        end = i;
      }
    }
    int colon = url.indexOf(':');
    if (colon < 0 || colon > end) {
      return true;
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  /** Replaces a link or image by its content, keeping the words and dropping the target. */
  private static void unwrap(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
  }

  private static String plainText(Node doc) {
    StringBuilder out = new StringBuilder();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        out.append(code.getLiteral());
      }

      @Override
      public void visit(HtmlInline html) {
        out.append(html.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak br) {
        out.append('\n');
      }

      @Override
      public void visit(HardLineBreak br) {
        out.append('\n');
      }

      @Override
      public void visit(Paragraph p) {
        visitChildren(p);
        out.append('\n');
      }

      @Override
      public void visit(Heading h) {
        visitChildren(h);
        out.append('\n');
      }

      @Override
      public void visit(ListItem item) {
        visitChildren(item);
        out.append('\n');
      }

      @Override
      public void visit(HtmlBlock html) {
        out.append(html.getLiteral()).append('\n');
      }

      @Override
      public void visit(FencedCodeBlock code) {
        out.append(code.getLiteral()).append('\n');
      }

      @Override
      public void visit(IndentedCodeBlock code) {
        out.append(code.getLiteral()).append('\n');
      }
    });
    return out.toString().replaceAll("\n{2,}", "\n").strip();
  }
}
