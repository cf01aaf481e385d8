package org.xuefa;

import org.xuefa.cli.Cli;

/** Entry point: parses the command line and hands over; the exit status is the command's. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int status = Cli.run(args, System.out, System.err);
    if (status != Cli.KEEP_RUNNING) {
      System.exit(status);
    }
  }
}
