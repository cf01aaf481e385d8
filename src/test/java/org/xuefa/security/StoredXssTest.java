package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.meeting.Meeting;
import org.xuefa.meeting.MeetingRepository;
import org.xuefa.question.QuestionFiles;
import org.xuefa.tabular.Csv;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * Stored XSS in every field a person can write: each field gets a marker and a payload (a script
 * tag, an attribute break-out with an img, mustache braces), through the API, the forms and the
 * imports (users CSV, questions CSV and XLSX, a statute upload). Then every page of the server is
 * fetched as admin, trainer and learner: no payload appears unescaped, and every marker shows up on
 * some page, so each field was really rendered. The CSV exports carry no live formula.
 */
class StoredXssTest {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String BRACES = "{{title}}{{{body}}}";
  /** Raw fragments that must never reach a page. */
  static final List<String> RAW = List.of("<script>alert", "<img src=x", "onerror=alert(1)>", "href=\"javascript:");

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient admin;
  static TestClient trainer;
  static TestClient learner;
  static final Map<String, String> ids = new LinkedHashMap<>();
  /** Markers of the fields written, each of which must show on some page. */
  static final List<String> markers = new ArrayList<>();

  static String field(String marker, String payload) {
    markers.add(marker);
    return marker + payload;
  }

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    admin = server.admin();
    String unit = field("XUNIT", SCRIPT);
    assertEquals(201, admin.postJson("/api/units", new JsonObject().put("name", unit).put("kind", "乡镇/街道")).status());
    assertEquals(201, admin.postJson("/api/units", new JsonObject().put("name", "-FORMULA单位")).status());
    SecurityFixture.addUser(admin, "xtrainer", field("XTRAINER", IMG), "trainer", unit);
    SecurityFixture.addUser(admin, "xlearner", field("XNAME", SCRIPT + "{{title}}"), "learner", unit);
    SecurityFixture.addUser(admin, "formula", "=HYPERLINK(\"http://evil.example\",\"x\")", "learner", "-FORMULA单位");
    trainer = SecurityFixture.login(server, "xtrainer", SecurityFixture.PASSWORD);
    learner = SecurityFixture.login(server, "xlearner", SecurityFixture.PASSWORD);

    String csvUsers = "用户名,姓名,角色,单位,密码\ncsvuser," + field("XCSVNAME", SCRIPT) + ",学员," + "市司法局"
        + ",password-csv-1\n";
    admin.postJson("/api/units", new JsonObject().put("name", "市司法局"));
    TestClient.Response imported = admin.upload("/admin/users/import", "file", "users.csv",
        csvUsers.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported.body());

    String tag = field("XTAG", "<b>");
    JsonObject question = new JsonObject().put("type", "single").put("stem", field("XSTEM", SCRIPT + BRACES))
        .put("options", new JsonArray().add(field("XOPT", IMG)).add("乙" + SCRIPT).add("丙").add("丁"))
        .put("answer", new JsonArray().add("A")).put("explanation", field("XEXPL", SCRIPT))
        .put("sources", new JsonArray().add("law:constitution:1")).put("tags", new JsonArray().add(tag));
    TestClient.Response q = trainer.postJson("/api/questions", question);
    assertEquals(201, q.status(), q.body());
    ids.put(":id", q.json().getString("id"));
    TestClient.Response js = trainer.postJson("/api/questions", question.copy().put("stem", "链接出处")
        .put("sources", new JsonArray().add("javascript:alert(1)")));
    assertEquals(400, js.status(), "a javascript: source is no source: " + js.body());

    TestClient.Response csvQ = trainer.upload("/trainer/questions/import", "file", "bank.csv", QuestionFiles.csv(
        "单选," + field("XIMPORT", SCRIPT) + ",甲,乙,丙,丁,,,B,解析,《民法典》第496条," + tag + ",中,XSS-CSV-1"));
    assertEquals(200, csvQ.status(), csvQ.body());
    TestClient.Response xlsx = trainer.upload("/trainer/questions/import", "file", "bank.xlsx", QuestionFiles.xlsx(List.of(
        QuestionFiles.cells(QuestionFiles.HEADER), QuestionFiles.cells("单选,X,甲,乙,丙,丁,,,B,解析,《民法典》第496条,"
            + tag + ",中,XSS-XLSX-1").stream().map(c -> c.equals("X") ? field("XXLSX", IMG) : c).toList())));
    assertEquals(200, xlsx.status(), xlsx.body());
    assertTrue(xlsx.body().contains("新增 1 道"), xlsx.body());

    TestClient.Response exam = trainer.postJson("/api/exams", new JsonObject().put("title", field("XEXAM", SCRIPT))
        .put("timeLimitSeconds", 600).put("passScore", 60).put("questionCount", 1).put("tags", new JsonArray().add(tag))
        .put("maxAttempts", 2).put("units", new JsonArray().add(unit).add("-FORMULA单位")));
    assertEquals(201, exam.status(), exam.body());
    String examId = exam.json().getString("id");
    ids.put(":examId", examId);

    String first = SecurityFixture.start(learner, examId);
    assertEquals(200, learner.postJson("/api/attempts/" + first + "/submit", new JsonObject()).status());
    String second = SecurityFixture.start(learner, examId);
    JsonObject passed = SecurityFixture.passAndSubmit(server, learner, second);
    ids.put(":attemptId", second);
    ids.put(":number", passed.getString("certificateNo"));
    // before the third attempt: while a paper is open its questions stay out of practice
    TestClient.Response practice = learner.postJson("/api/practice", new JsonObject().put("fromWrongBook", true));
    assertEquals(201, practice.status(), practice.body());
    ids.put(":practiceId", practice.json().getString("id"));
    assertEquals(200, trainer.postJson("/api/exams/" + examId + "/extra-attempts", new JsonObject()
        .put("username", "xlearner").put("reason", field("XREASON", SCRIPT))).status());
    String third = SecurityFixture.start(learner, examId);
    assertEquals(200, trainer.postJson("/api/attempts/" + third + "/extra-time", new JsonObject().put("seconds", 60)
        .put("reason", field("XTIME", IMG))).status());
    SecurityFixture.start(SecurityFixture.login(server, "formula", SecurityFixture.PASSWORD), examId);


    String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    new MeetingRepository(SecurityFixture.mongo(server)).save(new Meeting("xss-1", year + "-06-01",
        field("XBODY", SCRIPT), field("XTOPIC", IMG), "law:javascript:alert(1)", field("XPRESENTER", BRACES),
        false, 0, 0, false)).await();

    String law = "# " + field("XLAWTITLE", SCRIPT) + "\n\n## 第一章 " + field("XHEADING", IMG) + "\n\n第一条 "
        + field("XARTICLE", SCRIPT) + "条文。\n\n第二条 条文。\n";
    TestClient.Response upload = admin.upload("/admin/laws", "files", "xss-law.md", law.getBytes(StandardCharsets.UTF_8));
    assertEquals(303, upload.status(), upload.body());
    String job = upload.header("Location").substring("/admin/jobs/".length());
    ids.put("job", job);
    Eventually.within(java.time.Duration.ofSeconds(30), "the law import ends",
        () -> !admin.get("/api/jobs/" + job).json().getString("status").matches("queued|running"));
    assertEquals("done", admin.get("/api/jobs/" + job).json().getString("status"),
        admin.get("/api/jobs/" + job).body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aUsernameWithMarkupIsRefused() {
    TestClient.Response r = admin.postJson("/api/users", new JsonObject().put("username", SCRIPT).put("name", "x")
        .put("role", "learner").put("unit", "市司法局").put("password", "password-x-1"));
    assertEquals(400, r.status(), r.body());
  }

  @Test
  void noPageShowsAPayloadUnescapedAndEveryFieldIsShown() {
    Map<String, String> pages = new LinkedHashMap<>();
    for (TestClient c : List.of(admin, trainer, learner)) {
      for (String route : server.server().routes()) {
        if (!route.startsWith("GET ") || route.startsWith("GET /api/") || route.startsWith("GET /static")
            || route.contains(".csv")) {
          continue;
        }
        String path = path(route);
        TestClient.Response r = c.getHtml(path);
        if (r.status() == 302 || r.status() == 303) {
          String to = r.header("Location");
          r = c.getHtml(to);
          path = path + " → " + to;
        }
        pages.put(c.csrf().substring(0, 4) + " " + path, r.body());
      }
      String who = c.csrf().substring(0, 4);
      pages.put(who + " search", c.getHtml("/search?q=XSTEM").body());
      for (String stem : List.of("XXLSX", "XIMPORT", "XSTEM")) {
        pages.put(who + " bank " + stem, c.getHtml("/trainer/questions?q=" + stem).body());
      }
      pages.put(who + " done", c.getHtml("/trainer/questions?done=saved&id=" + java.net.URLEncoder.encode(SCRIPT,
          StandardCharsets.UTF_8)).body());
      pages.put(who + " search2", c.getHtml("/search?q=" + java.net.URLEncoder.encode("<script>", StandardCharsets.UTF_8)).body());
    }
    List<String> wrong = new ArrayList<>();
    pages.forEach((path, body) -> RAW.stream().filter(body::contains)
        .forEach(raw -> wrong.add(path + " shows " + raw + " unescaped: " + around(body, raw))));
    String all = String.join("\n", pages.values());
    for (String m : markers) {
      if (!all.contains(m)) {
        wrong.add("no page shows the field marked " + m);
      }
    }
    assertTrue(all.contains("XNAME&lt;script&gt;"), "escaped, not dropped");
    assertTrue(all.contains("{{title}}"), "mustache braces in data are shown as written, not evaluated");
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void inputEchoedOnAPageIsEscapedToo() {
    String q = java.net.URLEncoder.encode(SCRIPT + IMG, StandardCharsets.UTF_8);
    List<TestClient.Response> echoes = List.of(learner.getHtml("/no-such-page-" + q),
        learner.getHtml("/search?q=" + q), learner.getHtml("/laws/" + q),
        server.client().postForm("/login", Map.of("username", SCRIPT + IMG, "password", "x"), false),
        admin.postForm("/admin/units", Map.of("name", SCRIPT + IMG, "kind", "no-such-kind"), true),
        trainer.postForm("/trainer/exams/" + ids.get(":examId") + "/extra-attempt",
            Map.of("username", SCRIPT, "reason", IMG), true));
    for (TestClient.Response r : echoes) {
      assertTrue(r.status() < 500, r.status() + " " + r.body());
      RAW.forEach(raw -> assertFalse(r.body().contains(raw), raw + " echoed unescaped: " + around(r.body(), raw)));
    }
  }

  @Test
  void csvExportsCarryNoLiveFormula() {
    List<String> exports = List.of("/trainer/exams/" + ids.get(":examId") + "/results.csv",
        "/reports/completion.csv?examId=" + ids.get(":examId"));
    for (String path : exports) {
      TestClient.Response r = admin.getHtml(path);
      assertEquals(200, r.status(), path);
      assertTrue(r.header("Content-Type").startsWith("text/csv"), path);
      assertTrue(String.valueOf(r.header("Content-Disposition")).startsWith("attachment"), path);
      assertEquals("nosniff", r.header("X-Content-Type-Options"), "no browser renders the export as a page");
      org.xuefa.tabular.Table table = Csv.read(r.body().getBytes(StandardCharsets.UTF_8));
      List<String> cells = new ArrayList<>(table.header());
      table.rows().forEach(row -> cells.addAll(row.cells().values()));
      assertTrue(cells.stream().anyMatch(c -> c.contains("FORMULA")), path + " holds the formula person or unit");
      for (String cell : cells) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, path + " has a live formula: " + cell);
      }
    }
  }

  @Test
  void csvCellsWrittenByTheTabularPackageAreDefused() {
    for (String f : List.of("=1+2", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
      String cell = Csv.cell(f);
      String value = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
      assertTrue(value.startsWith("'"), "defused: " + cell);
    }
    assertEquals("普通", Csv.cell("普通"));
  }

  private static String path(String route) {
    String p = route.substring(4);
    for (Map.Entry<String, String> e : ids.entrySet()) {
      p = p.replace(e.getKey(), e.getValue());
    }
    if (p.startsWith("/admin/jobs/")) {
      p = "/admin/jobs/" + ids.get("job");
    }
    return p.replace(":slug", "xss-law").replace(":n", "1").replace(":questionId", ids.get(":id"))
        .replace(":section", "1-1").replace(":username", "xlearner");
  }

  private static String around(String body, String raw) {
    int at = body.indexOf(raw);
    return body.substring(Math.max(0, at - 120), Math.min(body.length(), at + raw.length() + 60));
  }
}
