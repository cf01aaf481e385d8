package org.xuefa.search;

import org.xuefa.resources.Classpath;

/** Folds characters one for one through a map: the bundled pair list, or one computed from ICU4J. */
public final class TableScriptFolder implements ScriptFolder {

  /** Classpath resource holding one "TRADITIONAL SIMPLIFIED" pair a line. */
  public static final String RESOURCE = "search/traditional-simplified.txt";

  private static volatile TableScriptFolder bundled;

  private final char[] map;
  private final int pairs;
  private final String source;

  TableScriptFolder(String table) {
    this.map = identity();
    this.source = "table";
    int count = 0;
    for (String line : table.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      // only single BMP characters keep the one-for-one length promise
      if (parts.length == 2 && parts[0].length() == 1 && parts[1].length() == 1) {
        map[parts[0].charAt(0)] = parts[1].charAt(0);
        count++;
      }
    }
    this.pairs = count;
  }

  /** A folder over a full character map, e.g. one computed from ICU4J. */
  TableScriptFolder(char[] map, String source) {
    this.map = map.clone();
    this.source = source;
    int count = 0;
    for (int c = 0; c < map.length; c++) {
      if (map[c] != c) {
        count++;
      }
    }
    this.pairs = count;
  }

  static char[] identity() {
    char[] m = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < m.length; c++) {
      m[c] = (char) c;
    }
    return m;
  }

  /** The table shipped in {@link #RESOURCE}, read once. */
  public static TableScriptFolder bundled() {
    TableScriptFolder f = bundled;
    if (f == null) {
      synchronized (TableScriptFolder.class) {
        if (bundled == null) {
          bundled = new TableScriptFolder(Classpath.text(RESOURCE));
        }
        f = bundled;
      }
    }
    return f;
  }

  /** How many pairs the table holds. */
  public int size() {
    return pairs;
  }

  @Override
  public String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char m = map[c];
      if (m != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = m;
      }
    }
    return out == null ? text : new String(out);
  }

  @Override
  public String name() {
    return source + "(" + pairs + ")";
  }
}
