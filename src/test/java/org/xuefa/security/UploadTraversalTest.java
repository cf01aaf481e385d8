package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.question.QuestionFiles;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * Path traversal through the browser's file name on every upload form: folder parts, an absolute
 * path, a NUL, a very long name and markup in the name. Each upload is refused or taken under a
 * cleaned name; the name shown back is escaped; no file appears outside the data folder and none
 * stays in it (uploads are read into memory and their temporary files deleted).
 */
class UploadTraversalTest {

  /** An upload form: its path, its file field, the ending it takes and a valid file for the n-th try. */
  record Form(String path, String field, String ending, IntFunction<byte[]> content) {}

  static final List<String> NAMES = List.of("../../x", "..\\..\\x", "/etc/passwd", "..%2F..%2Fx", "a\u0000b",
      "n".repeat(400), "<img src=x onerror=alert(1)>", "....//....//x", "C:\\Windows\\x");

  @TempDir
  static Path root;
  static Path data;
  static TestServer server;
  static TestClient admin;
  static TestClient trainer;

  @BeforeAll
  static void start() throws IOException {
    data = Files.createDirectories(root.resolve("a").resolve("b").resolve("data"));
    server = TestServer.start(data);
    admin = server.admin();
    SecurityFixture.addUser(admin, "uptrainer", "上传培训", "trainer", "市司法局");
    trainer = SecurityFixture.login(server, "uptrainer", SecurityFixture.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<Form> forms() {
    return List.of(
        new Form("/admin/users/import", "file", ".csv", n -> ("用户名,姓名,角色,单位,密码\nup" + n + ",上传" + n
            + ",学员,市司法局,password-up-" + n + "\n").getBytes(StandardCharsets.UTF_8)),
        new Form("/trainer/questions/import", "file", ".csv", n -> QuestionFiles.csv(
            QuestionFiles.single("UPT-" + n, "上传路径测试第" + n + "题"))),
        new Form("/admin/laws", "files", ".md", n -> ("# 路径测试法" + n + "\n\n第一条 条文。\n\n第二条 条文。\n")
            .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void traversalNamesAreRefusedOrCleanedAndNothingIsWrittenOutsideTheDataFolder() {
    Set<Path> outsideBefore = files(root).stream().filter(p -> !p.startsWith(data)).collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    int n = 0;
    for (Form form : forms()) {
      TestClient c = form.path().startsWith("/admin") ? admin : trainer;
      for (String base : NAMES) {
        n++;
        String name = base + form.ending();
        TestClient.Response r = c.upload(form.path(), form.field(), name, form.content().apply(n));
        String page = r.status() == 303 ? c.getHtml(r.header("Location")).body() : r.body();
        if (r.status() >= 500) {
          wrong.add(form.path() + " " + printable(name) + " → " + r.status());
        }
        for (String raw : List.of("../", "..\\", "/etc/", "<img src=x", "\u0000")) {
          if (page.contains(raw)) {
            wrong.add(form.path() + " " + printable(name) + " → shows " + printable(raw));
          }
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertTrue(admin.get("/api/users?limit=1000").body().contains("\"up1\""), "the file named ../../x.csv was imported");
    assertEquals(200, trainer.get("/api/questions/UPT-" + (NAMES.size() + 1)).status(), "and the questions file too");
    Set<Path> outsideAfter = files(root).stream().filter(p -> !p.startsWith(data)).collect(Collectors.toSet());
    assertEquals(outsideBefore, outsideAfter, "files written outside the data folder");
    for (Path p : List.of(Path.of("x.csv"), Path.of("x.md"), Path.of("../x.csv"), Path.of("../x.md"))) {
      assertFalse(Files.exists(p), "written in the working folder: " + p.toAbsolutePath().normalize());
    }
    Eventually.within(Duration.ofSeconds(10), "the temporary upload files are deleted",
        () -> files(data.resolve("uploads")).isEmpty());
    assertTrue(files(data).stream().noneMatch(p -> p.getFileName().toString().matches("x\\.(csv|md)|passwd.*")),
        "no file named after the upload in the data folder");
  }

  @Test
  void aRefusedFileIsNamedBackWithoutItsFoldersAndEscaped() {
    int named = 0;
    for (Form form : forms()) {
      TestClient c = form.path().startsWith("/admin") ? admin : trainer;
      TestClient.Response r = c.upload(form.path(), form.field(), "../../<img src=x onerror=alert(1)>.pdf",
          "%PDF".getBytes(StandardCharsets.UTF_8));
      assertEquals(400, r.status(), form.path() + " " + r.body());
      // the users form judges the content, not the ending, and so has no name to give back
      named += r.body().contains("&lt;img src") && r.body().contains("&gt;.pdf") ? 1 : 0;
      assertFalse(r.body().contains("<img src=x"), form.path());
      assertFalse(r.body().contains("../"), form.path());
    }
    assertTrue(named >= 2, "the forms that judge the ending name the file");
  }

  @Test
  void aLawUploadedUnderATraversalNameGetsTheSlugOfItsBaseName() {
    TestClient.Response r = admin.upload("/admin/laws", "files", "../../../trav-law.md",
        "# 路径法\n\n第一条 条文。\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(303, r.status(), r.body());
    String job = r.header("Location").substring("/admin/jobs/".length());
    Eventually.within(Duration.ofSeconds(30), "the import ends",
        () -> !admin.get("/api/jobs/" + job).json().getString("status").matches("queued|running"));
    assertEquals(200, admin.get("/api/laws/trav-law").status(), admin.get("/api/jobs/" + job).body());
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    for (int tries = 0; ; tries++) {
      try (Stream<Path> s = Files.walk(dir)) {
        return s.filter(Files::isRegularFile).toList();
      } catch (IOException | UncheckedIOException e) {
        // the store may delete a file of its own while the walk passes: walk again
        if (tries == 5) {
          throw new IllegalStateException("cannot list " + dir, e);
        }
      }
    }
  }

  private static String printable(String s) {
    String p = s.replace("\u0000", "\\0");
    return p.length() > 60 ? p.substring(0, 60) + "…(" + p.length() + ")" : p;
  }
}
