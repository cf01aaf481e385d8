package org.xuefa.cli;

/** An expected failure (bad file, store unreachable): exit status 1 and this one line on stderr. */
public class CommandFailed extends RuntimeException {
  public CommandFailed(String message) {
    super(message, null, false, false);
  }
}
