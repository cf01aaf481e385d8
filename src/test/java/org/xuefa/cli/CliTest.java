package org.xuefa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestServer;

class CliTest {

  record Run(int status, String out, String err) {}

  static Run run(Path dir, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(args, TestServer.environment(dir),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void wrongUsageExitsWith2AndPrintsTheUsage(@TempDir Path dir) {
    for (String[] args : new String[][] {{}, {"frobnicate"}, {"user", "add", "--role", "learner", "--unit", "x"},
        {"user", "add", "--username"}, {"serve", "--bogus"}}) {
      Run r = run(dir, "", args);
      assertEquals(2, r.status(), String.join(" ", args) + " → " + r.err());
      assertTrue(r.err().contains("usage:"), r.err());
    }
  }

  @Test
  void userAddTakesThePasswordFromStdinAndTheServerAcceptsIt(@TempDir Path dir) {
    Run r = run(dir, "stdin-password-1\n", "user", "add", "--username", "Paul", "--role", "trainer",
        "--unit", "市行政审批局", "--name", "保罗", "--password-stdin");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("created trainer paul"), r.out());
    assertFalse(r.out().contains("stdin-password-1"));
    Run random = run(dir, "", "user", "add", "--username", "quinn", "--role", "learner", "--unit", "市司法局");
    assertEquals(0, random.status(), random.err());
    String password = random.out().replaceAll("(?s).*password: (\\S+).*", "$1");
    try (TestServer server = TestServer.start(dir)) {
      assertEquals("保罗", server.client().login("paul", "stdin-password-1").getString("name"));
      assertEquals("learner", server.client().login("quinn", password).getString("role"));
    }
  }

  @Test
  void userAddFailsWithOneClearLineForBadInputAndWhileAServerHoldsTheStore(@TempDir Path dir) {
    Run shortPw = run(dir, "short\n", "user", "add", "--username", "rita", "--role", "learner", "--unit", "x",
        "--password-stdin");
    assertEquals(1, shortPw.status());
    assertEquals(1, shortPw.err().strip().lines().count(), shortPw.err());
    Run badRole = run(dir, "", "user", "add", "--username", "rita", "--role", "king", "--unit", "x");
    assertEquals(1, badRole.status());
    try (TestServer server = TestServer.start(dir)) {
      Run locked = run(dir, "long-enough-pw\n", "user", "add", "--username", "sam", "--role", "learner",
          "--unit", "市司法局", "--password-stdin");
      assertEquals(1, locked.status());
      assertEquals(1, locked.err().strip().lines().count(), locked.err());
      assertTrue(locked.err().contains("in use"), locked.err());
      assertEquals(401, server.client().postJson("/api/session",
          new JsonObject().put("username", "sam").put("password", "long-enough-pw")).status());
    }
  }

  @Test
  void reindexBuildsTheIndexFromTheStoreAndContent(@TempDir Path dir) {
    Run r = run(dir, "", "reindex");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().matches("(?s)search index rebuilt: \\d+ passages.*"), r.out());
    assertEquals(2, run(dir, "", "reindex", "extra").status());
  }

  @Test
  void importLawSkipsFilesWithoutArticlesSuchAsTheReadmeBesideTheStatutes(@TempDir Path dir) throws Exception {
    Path laws = Path.of(System.getProperty("xuefa.laws.dir", "../shared/laws"));
    Run r = run(dir, "", "import-law", laws.resolve("README.md").toString(), laws.resolve("state-compensation-law.md").toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().contains("skipped README.md"), r.err());
    assertTrue(r.out().contains("imported state-compensation-law 中华人民共和国国家赔偿法: 42 articles (new)"), r.out());
    Run none = run(dir, "", "import-law", laws.resolve("README.md").toString());
    assertEquals(1, none.status());
    assertTrue(none.err().strip().endsWith("nothing imported"), none.err());
  }
}
