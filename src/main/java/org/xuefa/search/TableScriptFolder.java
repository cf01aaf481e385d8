package org.xuefa.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Folds characters through a bundled table of traditional → simplified pairs. */
public final class TableScriptFolder implements ScriptFolder {

  /** Classpath resource holding one "TRADITIONAL SIMPLIFIED" pair a line. */
  public static final String RESOURCE = "search/traditional-simplified.txt";

  private static volatile TableScriptFolder bundled;

  private final char[] map = new char[Character.MAX_VALUE + 1];
  private final int pairs;

  TableScriptFolder(String table) {
    for (int c = 0; c < map.length; c++) {
      map[c] = (char) c;
    }
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

  /** The table shipped in {@link #RESOURCE}, read once. */
  public static TableScriptFolder bundled() {
    TableScriptFolder f = bundled;
    if (f == null) {
      synchronized (TableScriptFolder.class) {
        if (bundled == null) {
          bundled = new TableScriptFolder(read(RESOURCE));
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
    return "table(" + pairs + ")";
  }

  static String read(String resource) {
    try (InputStream in = TableScriptFolder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
