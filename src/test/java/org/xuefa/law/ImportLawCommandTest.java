package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.cli.Cli;
import org.xuefa.testing.TestServer;

/** {@code import-law FILE...} as a person runs it: all files or none, one line per law, exit statuses 0/1/2. */
class ImportLawCommandTest {

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {
  }

  private Run cli(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(argv, TestServer.environment(dir.resolve("data")), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> args(List<Path> files) {
    List<String> argv = new ArrayList<>(List.of("import-law"));
    files.forEach(f -> argv.add(f.toString()));
    return argv;
  }

  @Test
  void refusesBadInputWithNothingImportedThenImportsEveryStatute() throws IOException {
    Run usage = cli("import-law");
    assertEquals(2, usage.status());
    assertTrue(usage.err().contains("usage:"), usage.err());

    List<String> missing = args(Statutes.files());
    missing.add(dir.resolve("no-such-law.md").toString());
    Run notThere = cli(missing.toArray(String[]::new));
    assertEquals(1, notThere.status());
    assertEquals(1, notThere.err().lines().count(), notThere.err());
    assertTrue(notThere.err().contains("no-such-law.md: no such file (nothing imported)"), notThere.err());

    List<String> lines = Statutes.lines("public-official-sanctions-law");
    int gap = Statutes.indexOf(lines, "第三十条 ");
    lines.set(gap, lines.get(gap).replace("第三十条", "第三十二条"));
    Path broken = Files.writeString(dir.resolve("public-official-sanctions-law.md"), Statutes.join(lines));
    Run rejected = cli("import-law", Statutes.file("constitution").toString(), broken.toString());
    assertEquals(1, rejected.status());
    assertEquals("error: 未导入任何法律：public-official-sanctions-law.md：第 " + (gap + 1)
        + " 行：条文编号不连续，应为第三十条，实为第三十二条", rejected.err().strip());

    Run ok = cli(args(Statutes.files()).toArray(String[]::new));
    assertEquals(0, ok.status(), ok.err());
    assertTrue(ok.out().contains("imported civil-code 中华人民共和国民法典: 1260 articles (new)\n"), ok.out());
    assertTrue(ok.out().contains("imported constitution 中华人民共和国宪法: 143 articles (new)\n"),
        "the constitution of the rejected batch was not imported then: " + ok.out());
    assertEquals(11, ok.out().lines().filter(l -> l.startsWith("imported ")).count());
    assertTrue(ok.out().contains("content version 1: running servers rebuild their search index"), ok.out());

    Run again = cli("import-law", Statutes.file("constitution").toString());
    assertEquals("imported constitution 中华人民共和国宪法: 143 articles (0 changed, 0 removed)",
        again.out().lines().findFirst().orElseThrow());

    try (TestServer server = TestServer.start(dir.resolve("data"))) {
      Map<String, Integer> listed = server.client().get("/api/laws").jsonArray().stream()
          .map(o -> (JsonObject) o)
          .collect(Collectors.toMap(o -> o.getString("slug"), o -> o.getInteger("articles")));
      assertEquals(Statutes.ARTICLES, listed);
    }
  }
}
