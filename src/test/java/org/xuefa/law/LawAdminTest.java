package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** The administrator's upload page: files in one multipart form, the import as a job, its progress page, roles. */
class LawAdminTest {

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient admin;
  static TestClient learner;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    admin = server.admin();
    admin.postJson("/api/users", new JsonObject().put("username", "lena").put("name", "学员").put("role", "learner")
        .put("unit", "市司法局").put("password", "password-lena"));
    learner = server.client();
    learner.login("lena", "password-lena");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A browser's multipart form with several files in the field {@code files} and the CSRF token. */
  static TestClient.Response uploadFiles(TestClient client, Map<String, byte[]> files) {
    String boundary = "----xuefa" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    if (client.csrf() != null) {
      parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + client.csrf()
          + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    files.forEach((name, content) -> {
      parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
          + "\"\r\nContent-Type: text/markdown\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      parts.add(content);
      parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newBuilder().cookieHandler(client.cookies())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/laws"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).timeout(Duration.ofSeconds(30)).build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new TestClient.Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Follows the redirect to the job and waits, with a bound, until the job has ended. */
  static JsonObject finishedJob(TestClient.Response redirect) {
    assertEquals(303, redirect.status(), redirect.body());
    String location = redirect.header("Location");
    assertTrue(location.startsWith("/admin/jobs/"), location);
    String id = location.substring("/admin/jobs/".length());
    JsonObject[] job = new JsonObject[1];
    Eventually.within(Duration.ofSeconds(30), "the import job ends", () -> {
      job[0] = admin.get("/api/jobs/" + id).json();
      return job[0].getString("status").equals("done") || job[0].getString("status").equals("failed");
    });
    return job[0];
  }

  static byte[] statute(String slug) throws IOException {
    return Files.readAllBytes(Statutes.file(slug));
  }

  @Test
  void aBrokenFileFailsTheJobWithItsLineAndNothingIsImported() throws IOException {
    List<String> lines = Statutes.lines("administrative-coercion-law");
    int gap = Statutes.indexOf(lines, "第二十条 ");
    lines.set(gap, lines.get(gap).replace("第二十条", "第二十二条"));
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("first-sample.md", statute("state-compensation-law"));
    files.put("broken-law.md", Statutes.join(lines).getBytes(StandardCharsets.UTF_8));

    TestClient.Response redirect = uploadFiles(admin, files);
    JsonObject job = finishedJob(redirect);
    assertEquals("failed", job.getString("status"));
    String line = "broken-law.md：第 " + (gap + 1) + " 行：条文编号不连续，应为第二十条，实为第二十二条";
    assertEquals(new JsonArray().add(line), job.getJsonArray("errors"));
    assertEquals(404, admin.get("/api/laws/first-sample").status(), "the good file of the batch was not imported");

    String page = admin.getHtml(redirect.header("Location")).body();
    assertTrue(page.contains(line), page);
    assertFalse(page.contains("http-equiv=\"refresh\""), "a finished job stops refreshing");
  }

  @Test
  void aGoodUploadImportsTheLawUnderTheSlugOfItsBaseName() throws IOException {
    JsonObject job = finishedJob(uploadFiles(admin, Map.of("..\\..\\tmp/second sample.md", statute("state-compensation-law"))));
    assertEquals("done", job.getString("status"), job.encode());
    assertEquals(new JsonArray().add("second-sample《中华人民共和国国家赔偿法》：42 条（新导入）"), job.getJsonArray("result"));
    assertEquals(1, job.getInteger("done"));
    assertEquals(200, admin.get("/api/laws/second-sample/articles/42").status());
    String list = admin.getHtml("/admin/laws").body();
    assertTrue(list.contains("<code>second-sample</code>"), list);
    assertTrue(list.contains("已完成"), "the recent jobs are listed");
  }

  @Test
  void uploadsThatAreNoStatuteFilesAreRefusedAtOnce() {
    TestClient.Response pdf = uploadFiles(admin, Map.of("law.pdf", "%PDF".getBytes(StandardCharsets.UTF_8)));
    assertEquals(400, pdf.status());
    assertTrue(pdf.body().contains("只接受 .md 或 .txt 文件：law.pdf"));
    assertEquals(400, uploadFiles(admin, Map.of()).status());
    TestClient.Response big = uploadFiles(admin, Map.of("big.md", new byte[(int) LawAdminPages.MAX_FILE_BYTES + 1]));
    assertEquals(413, big.status());
    assertTrue(big.body().contains("文件过大"));
  }

  @Test
  void aRunningJobPageRefreshesItselfAndAStaleOneStops() {
    JobRepository jobs = new JobRepository(server.server().services().store().mongo());
    String running = jobs.create("import-law", 3, "排队", "admin", System.currentTimeMillis()).await();
    jobs.progress(running, 1, 3, "已导入《中华人民共和国宪法》（1/3）").await();
    TestClient.Response page = admin.getHtml("/admin/jobs/" + running);
    assertEquals(200, page.status());
    assertEquals("1", page.header("Refresh"));
    assertTrue(page.body().contains("<meta http-equiv=\"refresh\" content=\"1\">"));
    assertTrue(page.body().contains("<progress value=\"1\" max=\"3\">"));

    String stale = jobs.create("import-law", 1, "排队", "admin", 0).await();
    server.server().services().store().mongo().updateCollection(JobRepository.COLLECTION,
        new JsonObject().put("_id", stale), new JsonObject().put("$set", new JsonObject().put("updatedAt", 0))).await();
    TestClient.Response old = admin.getHtml("/admin/jobs/" + stale);
    assertEquals(null, old.header("Refresh"));
    assertTrue(old.body().contains("可能因服务器重启而中断"));
    assertEquals(404, admin.getHtml("/admin/jobs/no-such-job-id").status());
  }

  @Test
  void onlyAdministratorsImportAndSeeJobs() {
    assertEquals(403, learner.getHtml("/admin/laws").status());
    assertEquals(403, uploadFiles(learner, Map.of("x.md", "# 法\n第一条 条文。".getBytes(StandardCharsets.UTF_8))).status());
    assertEquals(403, learner.get("/api/jobs/abcdefghijkl").status());
    TestClient anonymous = server.client();
    assertEquals(401, anonymous.get("/api/jobs/abcdefghijkl").status());
    TestClient.Response login = anonymous.getHtml("/admin/laws");
    assertEquals(302, login.status());
    assertTrue(login.header("Location").startsWith("/login?next="));
    assertEquals(401, anonymous.postJson("/admin/laws", new JsonObject()).status());
  }
}
