package org.xuefa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The statutes folder of the tests, read into search documents exactly as the server builds them. */
public final class TestLaws {

  private TestLaws() {}

  /** The statutes folder: system property xuefa.laws.dir, else ../shared/laws. */
  public static Path folder() {
    String dir = System.getProperty("xuefa.laws.dir");
    return Paths.get(dir != null && !dir.isBlank() ? dir : "../shared/laws");
  }

  /** Every statute of the folder, parsed and converted as the server does. */
  public static List<SearchDoc> readAll(Path folder) {
    try {
      return SearchBench.statuteDocs(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
