package org.xuefa.law;

/**
 * A statute file handed to an import: its name as the person gave it and its bytes. The name is only
 * shown and gives the slug; it is never used as a path.
 *
 * @param fileName the file's name, e.g. civil-code.md
 * @param bytes    its content, UTF-8
 */
public record LawSource(String fileName, byte[] bytes) {

  /** The name without any folder part a browser or a shell may have left in it. */
  public String baseName() {
    String name = fileName == null ? "" : fileName;
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1).strip();
  }

  /** The base name without its last extension, from which the slug is made. */
  public String stem() {
    String name = baseName();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
