package org.xuefa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xuefa.config.Config;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.ServerProcess;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * The store taken away mid-exam, under a real browser: first stopped cleanly, later killed with
 * SIGKILL. The page keeps the answers given meanwhile on the device and says so, the node answers 503
 * and stays up, and when the store is back on the same port and folder the queue goes out without a
 * reload. Deadlines hold: an attempt whose time runs out during the outage is closed once when the
 * store returns, and the answers that reach the server after its deadline are refused and the page says so.
 */
class StoreOutageBrowserTest {

  static final String PASSWORD = "password-outage";
  private static final Duration BACK = Duration.ofSeconds(40);

  @Test
  void answersGivenWhileTheStoreIsAwayAreKeptSentWhenItReturnsAndLateOnesRefused(@TempDir Path storeDir,
      @TempDir Path nodeDir) throws Exception {
    int storePort = freePort();
    ServerProcess store = startStore(storeDir, storePort);
    ChromeDriver driver = null;
    try (TestServer node = TestServer.start(nodeDir, false, Map.of(
        Config.MONGO_URI, "mongodb://127.0.0.1:" + storePort + "/xuefa", Config.STORE_TIMEOUT_MS, "1000"))) {
      TestClient admin = node.admin();
      for (String[] u : new String[][] {{"tess", "trainer"}, {"lin", "learner"}, {"kai", "learner"}}) {
        assertEquals(201, admin.postJson("/api/users", new JsonObject().put("username", u[0]).put("name", "样例" + u[0])
            .put("role", u[1]).put("unit", "市司法局").put("password", PASSWORD)).status());
      }
      TestClient trainer = login(node, "tess");
      String longExam = createExam(trainer, "断存考试", 900, 6);
      String shortExam = createExam(trainer, "断存期间到时", 20, 4);
      TestClient lin = login(node, "lin");
      MongoClient mongo = node.server().services().store().mongo();

      driver = Browser.start();
      WebDriverWait wait = new WebDriverWait(driver, BACK);
      driver.get(node.baseUrl() + "/login?next=/exams");
      driver.findElement(By.id("username")).sendKeys("lin");
      driver.findElement(By.id("password")).sendKeys(PASSWORD);
      driver.findElement(By.id("login-submit")).click();

      // 1. A clean stop of the store in the middle of an exam.
      String attemptId = startExam(driver, wait, longExam);
      List<WebElement> forms = driver.findElements(By.cssSelector("form.q"));
      Map<String, String> given = new LinkedHashMap<>();
      for (int i = 0; i < 2; i++) {
        given.put(qid(forms.get(i)), answer(driver, forms.get(i), i));
        awaitState(wait, forms.get(i), "已保存");
      }
      store.stop();
      Eventually.within(Duration.ofSeconds(20), "health DOWN", () -> node.client().get("/health").status() == 503);
      assertEquals("DOWN", node.client().get("/health").json().getString("status"));
      TestClient.Response direct = lin.putJson("/api/attempts/" + attemptId + "/answers/" + qid(forms.get(5)),
          new JsonObject().put("choice", new JsonArray().add("A")));
      assertEquals(503, direct.status(), direct.body());
      assertTrue(direct.json().getString("error").contains("数据存储"), direct.body());

      for (int i = 2; i < 4; i++) {
        given.put(qid(forms.get(i)), answer(driver, forms.get(i), i));
        awaitState(wait, forms.get(i), "未发送");
      }
      String notice = driver.findElement(By.id("net-state")).getText();
      assertTrue(notice.contains("答案已暂存在本机") && notice.contains("服务器恢复后自动发送"), notice);
      String pending = (String) driver.executeScript("return localStorage.getItem(arguments[0]);",
          "xuefa.pending." + attemptId);
      assertTrue(pending.contains(qid(forms.get(2))) && pending.contains(qid(forms.get(3))), pending);
      assertEquals(503, node.client().get("/health").status(), "the node stays up and answers");

      store = startStore(storeDir, storePort);
      for (int i = 2; i < 4; i++) {
        awaitState(wait, forms.get(i), "已保存");
      }
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("net-state"), "已全部保存到服务器"));
      assertEquals("[]", String.valueOf(driver.executeScript(
          "return JSON.stringify(Object.keys(JSON.parse(localStorage.getItem(arguments[0]))));",
          "xuefa.pending." + attemptId)));

      driver.navigate().refresh();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.js #exam")));
      forms = driver.findElements(By.cssSelector("form.q"));
      for (int i = 0; i < 4; i++) {
        WebElement checked = forms.get(i).findElement(By.cssSelector("input:checked"));
        assertEquals(given.get(qid(forms.get(i))), checked.getAttribute("value"), "answer " + i + " after reload");
        assertEquals("已保存", forms.get(i).findElement(By.cssSelector(".save-state")).getText());
      }
      assertEquals("已答 4 / 6", driver.findElement(By.id("answered-count")).getText());
      // in progress, the answers are on the attempt's answer sheets
      JsonObject stored = new JsonObject();
      mongo.find("answer_sheets", new JsonObject()).await().stream()
          .filter(sheet -> sheet.getString("_id").startsWith(attemptId + ":"))
          .forEach(sheet -> sheet.fieldNames().stream().filter(f -> f.startsWith("a_"))
              .forEach(f -> stored.put(f.substring(2), sheet.getValue(f))));
      assertEquals(given.keySet(), stored.fieldNames());
      given.forEach((q, v) -> assertEquals(new JsonArray().add(v), stored.getJsonArray(q), q));

      // 2. SIGKILL of the store while a short attempt runs out; another person's attempt has no page open.
      TestClient kai = login(node, "kai");
      TestClient.Response kaiStart = kai.postJson("/api/exams/" + shortExam + "/attempts", new JsonObject());
      assertEquals(201, kaiStart.status(), kaiStart.body());
      String kaiAttempt = kaiStart.json().getString("attemptId");

      driver.get(node.baseUrl() + "/exams");
      String shortId = startExam(driver, wait, shortExam);
      Instant deadline = Instant.parse(lin.get("/api/attempts/" + shortId).json().getString("deadline"));
      forms = driver.findElements(By.cssSelector("form.q"));
      String firstQ = qid(forms.get(0));
      String firstChoice = answer(driver, forms.get(0), 0);
      awaitState(wait, forms.get(0), "已保存");
      store.kill();
      assertTrue(Instant.now().plusSeconds(5).isBefore(deadline), "the store went away well before the deadline");
      answer(driver, forms.get(1), 1);
      awaitState(wait, forms.get(1), "未发送");
      assertTrue(driver.findElement(By.id("net-state")).getText().contains("答案已暂存在本机"));

      Eventually.within(Duration.ofSeconds(40), "the deadline passes during the outage",
          () -> Instant.now().isAfter(deadline.plusMillis(200)));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("net-state"), "时间已到"));
      answer(driver, forms.get(2), 2);
      awaitState(wait, forms.get(2), "未发送");
      String timeUp = driver.findElement(By.id("net-state")).getText();
      assertTrue(timeUp.contains("截止后才送达的答案不被接受"), timeUp);

      store = startStore(storeDir, storePort);
      Eventually.within(BACK, "the sweeper closes the attempt nobody is looking at", () -> {
        JsonObject a = attemptDoc(node, kaiAttempt);
        return a != null && "expired".equals(a.getString("status"));
      });
      assertEquals("sweeper", attemptDoc(node, kaiAttempt).getString("closedBy"));

      // the page retries every few seconds; on a loaded build machine the sweeper, the retries and the
      // submit can take longer than the other waits allow, so this one says where the page stood
      ChromeDriver page = driver;
      TestServer where = node;
      String attemptOnPage = shortId;
      new WebDriverWait(driver, Duration.ofSeconds(90))
          .withMessage(() -> "no result page; at " + page.getCurrentUrl() + ", banner: "
              + page.findElements(By.id("net-state")).stream().map(WebElement::getText).findFirst().orElse("-")
              + ", heading: " + page.findElements(By.tagName("h1")).stream().map(WebElement::getText).findFirst().orElse("-")
              + ", attempt: " + attemptDoc(where, attemptOnPage))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
      WebElement note = driver.findElement(By.id("refused-note"));
      assertTrue(note.isDisplayed(), "the result page says which answers came too late");
      assertTrue(note.getText().contains("第 2、3 题") && note.getText().contains("未被接受"), note.getText());

      JsonObject closed = attemptDoc(node, shortId);
      assertEquals("expired", closed.getString("status"));
      assertEquals(new JsonObject().put(firstQ, new JsonArray().add(firstChoice)), closed.getJsonObject("answers"),
          "only the answer acknowledged before the deadline counts");
      assertEquals(4, closed.getJsonObject("result").getInteger("questionCount"));
      long closedAt = closed.getLong("closedAt");
      assertEquals(200, lin.get("/api/attempts/" + shortId).status());
      assertEquals(closedAt, attemptDoc(node, shortId).getLong("closedAt"), "closed once: a read does not close again");
      JsonArray rows = trainer.get("/api/exams/" + shortExam + "/results").json().getJsonArray("rows");
      assertEquals(2, rows.size(), rows.encode());
      rows.forEach(r -> assertEquals("expired", ((JsonObject) r).getString("status"), rows.encode()));
      Eventually.within(Duration.ofSeconds(10), "each close counted once", () -> submittedCount(mongo, shortExam) == 2);
      System.out.println("short attempt closed by " + closed.getString("closedBy") + "; the other by the sweeper");
    } finally {
      if (driver != null) {
        driver.quit();
      }
      store.close();
    }
  }

  private static JsonObject attemptDoc(TestServer node, String id) {
    return node.server().services().store().mongo().findOne("attempts", new JsonObject().put("_id", id), null).await();
  }

  private static long submittedCount(MongoClient mongo, String examId) {
    return mongo.find("exam_stats", new JsonObject().put("examId", examId)).await().stream()
        .mapToLong(d -> d.getLong("submitted", 0L)).sum();
  }

  private static ServerProcess startStore(Path dir, int port) throws IOException, InterruptedException {
    ServerProcess p = ServerProcess.start(dir, Map.of(), "store", "--port", Integer.toString(port));
    p.awaitStore();
    return p;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static TestClient login(TestServer node, String username) {
    TestClient c = node.client();
    c.login(username, PASSWORD);
    return c;
  }

  private static String createExam(TestClient trainer, String title, int seconds, int count) {
    TestClient.Response r = trainer.postJson("/api/exams", new JsonObject().put("title", title)
        .put("timeLimitSeconds", seconds).put("passScore", 60).put("questionCount", count)
        .put("tags", new JsonArray()).put("maxAttempts", 1).put("units", new JsonArray()));
    assertEquals(201, r.status(), r.body());
    return r.json().getString("id");
  }

  /** Starts the exam from the list page and answers the attempt's id once its page runs its script. */
  private static String startExam(ChromeDriver driver, WebDriverWait wait, String examId) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#exam-" + examId + " .start-form button")))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.js #exam")));
    return driver.findElement(By.id("exam")).getAttribute("data-attempt-id");
  }

  private static String qid(WebElement form) {
    return form.getAttribute("data-qid");
  }

  /** Picks an option of question {@code i} (the first for even i, the second for odd); answers its value. */
  private static String answer(ChromeDriver driver, WebElement form, int i) {
    WebElement option = form.findElements(By.cssSelector("label.opt")).get(i % 2);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
    option.click();
    return option.findElement(By.tagName("input")).getAttribute("value");
  }

  private static void awaitState(WebDriverWait wait, WebElement form, String text) {
    wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector(".save-state")), text));
  }
}
