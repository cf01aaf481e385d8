package org.xuefa.law;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the heading tree of one statute while its lines are read, checking that headings nest and
 * count up as statutes number them.
 */
final class Outline {

  /** Nesting order: a heading belongs to the nearest open heading of a smaller rank. */
  private static final List<String> RANKS = List.of("编", "分编", "章", "节");

  private final List<Node> roots = new ArrayList<>();
  private final List<Node> open = new ArrayList<>();
  private final Map<String, Integer> lastNumber = new HashMap<>();
  private int topRank = -1;

  /** Opens a heading line; the headings it ends are closed. */
  void open(StatuteLine heading, int line) throws LawFormatException {
    String kind = heading.kind();
    // The civil code's unnumbered 附则 sits beside its 编; elsewhere 附则 is a numbered 章.
    int rank = kind.equals(StatuteLine.SUPPLEMENTARY)
        ? Math.max(topRank, 0) : RANKS.indexOf(kind);
    while (!open.isEmpty() && open.get(open.size() - 1).rank >= rank) {
      close(open.remove(open.size() - 1));
    }
    Node parent = open.isEmpty() ? null : open.get(open.size() - 1);
    checkParent(kind, parent, heading.text(), line);
    if (heading.number() > 0) {
      checkNumber(kind, heading.number(), line);
    }
    topRank = topRank < 0 ? rank : Math.min(topRank, rank);
    Node node = new Node(kind, rank, open.size() + 1, heading.text(), line);
    (parent == null ? roots : parent.children).add(node);
    open.add(node);
  }

  /** Records an article under the open headings and returns their labels, outermost first. */
  List<String> addArticle(int number) {
    List<String> path = new ArrayList<>(open.size());
    for (Node node : open) {
      if (node.first == 0) {
        node.first = number;
      }
      node.last = number;
      path.add(node.label);
    }
    return path;
  }

  /** The finished tree. */
  List<Heading> finish() throws LawFormatException {
    for (Node node : open) {
      close(node);
    }
    List<Heading> result = new ArrayList<>(roots.size());
    for (Node root : roots) {
      result.add(root.toHeading());
    }
    return result;
  }

  private static void close(Node node) throws LawFormatException {
    if (node.first == 0) {
      throw new LawFormatException(node.line, "标题“" + node.label + "”之下没有条文");
    }
  }

  private void checkParent(String kind, Node parent, String label, int line) throws LawFormatException {
    String required = switch (kind) {
      case "节" -> "章";
      case "分编" -> "编";
      default -> null;
    };
    if (required != null && (parent == null || !parent.kind.equals(required))) {
      throw new LawFormatException(line, "“" + label + "”不在任何" + required + "之内");
    }
  }

  private void checkNumber(String kind, int number, int line) throws LawFormatException {
    int expected = lastNumber.getOrDefault(kind, 0) + 1;
    if (number != expected) {
      throw new LawFormatException(line, "标题编号顺序错误，应为第" + ChineseNumerals.format(expected)
          + kind + "，实为第" + ChineseNumerals.format(number) + kind);
    }
    lastNumber.put(kind, number);
    // 章 count on through a 编's 分编 (the civil code's 物权编 runs 第一章…第二十章) and restart per 编;
    // 节 restart per 章.
    switch (kind) {
      case "编" -> {
        lastNumber.remove("分编");
        lastNumber.remove("章");
        lastNumber.remove("节");
      }
      case "章" -> lastNumber.remove("节");
      default -> { }
    }
  }

  /** A heading while the tree is still growing. */
  private static final class Node {
    final String kind;
    final int rank;
    final int level;
    final String label;
    final int line;
    final List<Node> children = new ArrayList<>();
    int first;
    int last;

    Node(String kind, int rank, int level, String label, int line) {
      this.kind = kind;
      this.rank = rank;
      this.level = level;
      this.label = label;
      this.line = line;
    }

    Heading toHeading() {
      List<Heading> done = new ArrayList<>(children.size());
      for (Node child : children) {
        done.add(child.toHeading());
      }
      return new Heading(kind, level, label, first, last, done);
    }
  }
}
