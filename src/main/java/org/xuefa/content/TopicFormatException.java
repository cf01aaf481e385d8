package org.xuefa.content;

/** A topic file that cannot be served as written; the message names the file and, where known, the line. */
public final class TopicFormatException extends RuntimeException {

  public TopicFormatException(String file, int line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
  }

  public TopicFormatException(String file, String reason) {
    this(file, 0, reason);
  }
}
