package org.xuefa.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the statute files the tests read; statute text stays in the shared folder, not in the tests. */
final class Statutes {

  /**
   * Article counts from the laws README table: the tests' own record, kept apart from
   * {@link KnownStatutes} so that a wrong count there is caught.
   */
  static final Map<String, Integer> ARTICLES = Map.ofEntries(
      Map.entry("constitution", 143),
      Map.entry("civil-code", 1260),
      Map.entry("administrative-penalty-law", 86),
      Map.entry("administrative-licensing-law", 83),
      Map.entry("administrative-coercion-law", 71),
      Map.entry("administrative-reconsideration-law", 90),
      Map.entry("administrative-litigation-law", 103),
      Map.entry("state-compensation-law", 42),
      Map.entry("public-official-sanctions-law", 68),
      Map.entry("civil-servant-law", 113),
      Map.entry("major-administrative-decision-regulation", 44));

  private Statutes() {
  }

  /** The laws folder: system property {@code xuefa.laws.dir}, else {@code ../shared/laws}. */
  static Path dir() {
    return Path.of(System.getProperty("xuefa.laws.dir", "../shared/laws"));
  }

  static Path file(String slug) {
    return dir().resolve(slug + ".md");
  }

  /** Every statute file in the folder (the README is documentation, not a statute). */
  static List<Path> files() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String slug) {
    try {
      return Files.readString(file(slug), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's lines, mutable, so a test can break one. */
  static List<String> lines(String slug) {
    return new ArrayList<>(List.of(text(slug).split("\n", -1)));
  }

  /** 0-based index of the first line starting with the prefix. */
  static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }

  static String join(List<String> lines) {
    return String.join("\n", lines);
  }

  static Law parse(String slug) {
    try {
      return LawParser.parse(slug, text(slug));
    } catch (LawFormatException e) {
      throw new AssertionError(slug + ": " + e.getMessage(), e);
    }
  }
}
