package org.xuefa.cli;

/** Wrong usage of the command line: exit status 2 and the usage text. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
