package org.xuefa.bench;

/** The HTTP calls the load scenario times, in the order a candidate makes them; setup calls come first. */
public enum Operation {
  CREATE_ACCOUNT("create account (setup)", true),
  CREATE_EXAM("create exam (setup)", true),
  LOGIN("login", false),
  START("start attempt", false),
  FETCH("fetch paper", false),
  SAVE("save answer", false),
  RELOAD("reload mid-way", false),
  SUBMIT("submit", false);

  private final String label;
  private final boolean setup;

  Operation(String label, boolean setup) {
    this.label = label;
    this.setup = setup;
  }

  public String label() {
    return label;
  }

  /** Setup calls prepare the exam day; they are reported but not part of the candidates' load. */
  public boolean setup() {
    return setup;
  }
}
