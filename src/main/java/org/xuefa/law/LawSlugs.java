package org.xuefa.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives the slug that names a statute in addresses ({@code law:SLUG:N}) and URLs from its file.
 */
public final class LawSlugs {

  /** A slug must be usable in a URL path segment and an {@code _id} as it is. */
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

  private LawSlugs() {
  }

  /** See {@link LawParser#slugFor(Path)}. */
  static String slugFor(Path file) {
    String base = baseName(file);
    if (hasAsciiLetter(base)) {
      return slugFor(base, "");
    }
    try {
      return slugFor(base, titleOf(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取 " + file + " 的标题", e);
    }
  }

  /**
   * The slug for a base name: lower-cased, runs of anything but a-z, 0-9 and '-' made one '-', no '-'
   * at either end; without ASCII letters, {@code law-} and the first 8 hex digits of the SHA-256 of
   * the title (of the base name when the title is empty), so the slug stays the same across imports.
   */
  public static String slugFor(String baseName, String title) {
    if (!hasAsciiLetter(baseName)) {
      return "law-" + sha256Hex(title.isEmpty() ? baseName : title).substring(0, 8);
    }
    return baseName.toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9-]+", "-")
        .replaceAll("-{2,}", "-")
        .replaceAll("^-|-$", "");
  }

  /** Whether the text can be a slug; anything else cannot name a law. */
  static boolean valid(String slug) {
    return VALID.matcher(slug).matches();
  }

  /** The file name without its last extension. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The first non-empty line without its # marks, as the parser reads the title. */
  static String titleOf(String text) {
    List<String> lines = text.lines().toList();
    for (String line : lines) {
      StatuteLine classified = StatuteLine.of(line);
      if (!classified.is(StatuteLine.Type.BLANK)) {
        return StatuteLine.normalizeName(classified.text());
      }
    }
    return "";
  }

  private static boolean hasAsciiLetter(String s) {
    return s.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
  }

  private static String sha256Hex(String s) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
