package org.xuefa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.cli.Cli;
import org.xuefa.config.Config;

class BenchCommandTest {

  record Run(int status, String out, String err) {}

  static Run cli(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(args, env, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static BenchCommand command(Map<String, String> env) {
    return new BenchCommand(Config.from(env), System.out, System.err);
  }

  @Test
  void loadDefaultsTo128CandidatesOneConnectionEachAnd20Questions() {
    LoadOptions o = command(Map.of()).options(List.of(), 128, 20);
    assertEquals(Optional.empty(), o.url());
    assertEquals(128, o.candidates());
    assertEquals(128, o.connections());
    assertEquals(20, o.questions());
    assertEquals(LoadOptions.DEFAULT_SERVER_JVM, o.serverJvmOptions(), "the JVM options the README deploys with");
    assertTrue(o.serverJvmOptions().contains("-Xmx256m"));
  }

  @Test
  void optionsOverrideTheDefaultsAndTheAdminPasswordComesFromTheEnvironment() {
    LoadOptions o = command(Map.of(Config.ADMIN_PASSWORD, "from-env-pass")).options(List.of(
        "--url", "http://127.0.0.1:8080/", "--candidates", "500", "--questions", "5", "--connections", "64",
        "--server-jvm", "-Xmx256m -XX:+UseSerialGC", "--server-pid", "4242", "--note", "shared"), 128, 20);
    assertEquals(Optional.of("http://127.0.0.1:8080"), o.url());
    assertEquals(500, o.candidates());
    assertEquals(64, o.connections());
    assertEquals(5, o.questions());
    assertEquals(Optional.of("from-env-pass"), o.adminPassword());
    assertEquals(List.of("-Xmx256m", "-XX:+UseSerialGC"), o.serverJvmOptions());
    assertEquals(Optional.of(4242L), o.serverPid());
    assertEquals("shared", o.note());
  }

  @Test
  void wrongUsageExitsWith2() {
    for (String[] args : new String[][] {{"bench"}, {"bench", "frobnicate"}, {"bench", "load", "--candidates", "0"},
        {"bench", "load", "--questions", "many"}, {"bench", "load", "--url", "file:///etc/passwd"},
        {"bench", "load", "--bogus", "1"}, {"bench", "load", "extra"}}) {
      Run r = cli(Map.of(), args);
      assertEquals(2, r.status(), String.join(" ", args) + " → " + r.err());
      assertTrue(r.err().contains("usage:"), r.err());
    }
  }

  @Test
  void helpListsTheOptions() {
    Run help = cli(Map.of(), "bench", "help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("--connections C"), help.out());
    assertTrue(help.out().contains("bench search LAWS_DIR"), help.out());
  }

  @Test
  void searchNeedsAnExistingFolderOfStatutes(@TempDir Path dir) {
    // running it is SearchBench's own business (seconds of Lucene work); here only the command's checks
    assertEquals(2, cli(Map.of(), "bench", "search").status());
    assertEquals(2, cli(Map.of(), "bench", "search", dir.toString(), "--rounds", "0").status());
    Run missing = cli(Map.of(), "bench", "search", dir.resolve("nope").toString());
    assertEquals(1, missing.status());
    assertTrue(missing.err().startsWith("error: no such folder"), missing.err());
  }

  @Test
  void aRunAgainstAUrlWithoutTheAdminPasswordFailsWithOneLine() {
    Run r = cli(Map.of(), "bench", "load", "--url", "http://127.0.0.1:9");
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("error: --admin-password"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void examPresetRunsAgainstAUrlPrintsTheTableAndAppendsItToTheOutFile(@TempDir Path dir) throws IOException {
    Path results = dir.resolve("sub/RESULTS.md");
    try (StubExamServer stub = StubExamServer.healthy()) {
      Run r = cli(Map.of(Config.ADMIN_PASSWORD, StubExamServer.ADMIN_PASSWORD),
          "bench", "exam", "--url", stub.url(), "--candidates", "3", "--questions", "3", "--out", results.toString());
      assertEquals(0, r.status(), r.err());
      assertTrue(r.out().contains("### Exam day: 3 candidates × 3 questions, 3 connections"), r.out());
      assertTrue(r.out().contains("| save answer | 9 |"), r.out());
      assertTrue(r.out().contains("RSS not measured"), r.out());
      Run again = cli(Map.of(Config.ADMIN_PASSWORD, StubExamServer.ADMIN_PASSWORD),
          "bench", "exam", "--url", stub.url(), "--candidates", "2", "--out", results.toString());
      assertEquals(0, again.status(), again.err());
      assertEquals(5, stub.accounts(), "each run makes accounts of its own");
    }
    String file = Files.readString(results);
    assertTrue(file.contains("### Exam day: 3 candidates × 3 questions"), file);
    assertTrue(file.contains("### Exam day: 2 candidates × 10 questions"), "appended, not replaced: " + file);
    assertFalse(file.contains("Errors: **"), file);
  }
}
