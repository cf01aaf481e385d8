package org.xuefa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** A whole exam through the page in a real browser, with a reload in the middle; practice with instant feedback. */
class ExamBrowserTest {

  static final String PASSWORD = "password-browser";

  @Test
  void aLearnerTakesAnExamReloadsHalfWayAndSeesTheResult(@TempDir Path dir) throws Exception {
    try (TestServer server = TestServer.start(dir)) {
      // the shipped seed bank (loaded at first start) provides the questions
      TestClient admin = server.admin();
      for (String[] u : new String[][] {{"tess", "trainer"}, {"lin", "learner"}}) {
        assertEquals(201, admin.postJson("/api/users", new JsonObject().put("username", u[0]).put("name", "样例" + u[0])
            .put("role", u[1]).put("unit", "市司法局").put("password", PASSWORD)).status());
      }
      TestClient trainer = server.client();
      trainer.login("tess", PASSWORD);
      assertEquals(201, trainer.postJson("/api/exams", new JsonObject().put("title", "浏览器考试").put("timeLimitSeconds", 900)
          .put("passScore", 60).put("questionCount", 6).put("tags", new JsonArray()).put("maxAttempts", 1)
          .put("units", new JsonArray())).status());

      ChromeDriver driver = Browser.start();
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(server.baseUrl() + "/login?next=/exams");
        driver.findElement(By.id("username")).sendKeys("lin");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-form button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.js #exam")));
        String attemptUrl = driver.getCurrentUrl();
        assertTrue(attemptUrl.contains("/attempts/"), attemptUrl);
        assertTrue(driver.findElement(By.id("countdown")).getText().matches("1[45]:\\d\\d"),
            driver.findElement(By.id("countdown")).getText());

        List<WebElement> forms = driver.findElements(By.cssSelector("form.q"));
        assertEquals(6, forms.size());
        for (int i = 0; i < 3; i++) {
          answer(driver, wait, forms.get(i), i);
        }
        WebElement second = forms.get(1);
        second.findElement(By.cssSelector(".flag-btn")).click();
        String flaggedId = second.getAttribute("data-qid");

        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.js #exam")));
        forms = driver.findElements(By.cssSelector("form.q"));
        for (int i = 0; i < 3; i++) {
          assertEquals(1, forms.get(i).findElements(By.cssSelector("input:checked")).size(), "answer " + i + " kept");
          assertEquals("已保存", forms.get(i).findElement(By.cssSelector(".save-state")).getText());
        }
        assertEquals(3, driver.findElements(By.cssSelector(".q-nav a.answered")).size());
        assertEquals(flaggedId, driver.findElement(By.cssSelector(".q-nav a.flagged")).getAttribute("data-qid"));
        assertEquals("已答 3 / 6", driver.findElement(By.id("answered-count")).getText());

        org.openqa.selenium.chromium.ChromiumNetworkConditions offline =
            new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
        WebElement fourth = forms.get(3);
        WebElement option = fourth.findElements(By.cssSelector("label.opt")).get(1);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        option.click();
        wait.until(ExpectedConditions.textToBePresentInElement(fourth.findElement(By.cssSelector(".save-state")), "未发送"));
        assertTrue(driver.findElement(By.id("net-state")).getText().contains("网络中断，答案已暂存在本机"));
        String pending = (String) driver.executeScript("return localStorage.getItem(arguments[0]);",
            "xuefa.pending." + attemptUrl.substring(attemptUrl.lastIndexOf('/') + 1));
        assertTrue(pending.contains(fourth.getAttribute("data-qid")), pending);
        driver.deleteNetworkConditions();
        wait.until(ExpectedConditions.textToBePresentInElement(fourth.findElement(By.cssSelector(".save-state")), "已保存"));
        for (int i = 4; i < 6; i++) {
          answer(driver, wait, forms.get(i), i);
        }
        WebElement submit = driver.findElement(By.id("submit-button"));
        submit.click();
        wait.until(ExpectedConditions.textToBe(By.id("submit-button"), "确认交卷（再点一次）"));
        submit.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("解析"), page);
        assertTrue(driver.findElement(By.id("score")).getText().matches("\\d+"));
        assertEquals(6, driver.findElements(By.cssSelector("article.q")).size());
      } finally {
        driver.quit();
      }
    }
  }

  @Test
  void practiceShowsTheKeyAndExplanationRightAfterEachAnswer(@TempDir Path dir) throws Exception {
    try (TestServer server = TestServer.start(dir)) {
      assertEquals(201, server.admin().postJson("/api/users", new JsonObject().put("username", "pat").put("name", "样例pat")
          .put("role", "learner").put("unit", "市司法局").put("password", PASSWORD)).status());
      ChromeDriver driver = Browser.start();
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(server.baseUrl() + "/login?next=/practice");
        driver.findElement(By.id("username")).sendKeys("pat");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-form")));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("practice-tag"))).selectByValue("宪法");
        driver.findElement(By.cssSelector("#practice-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html.js #practice")));
        WebElement form = driver.findElements(By.cssSelector("form.q")).get(0);
        WebElement option = form.findElements(By.cssSelector("label.opt")).get(0);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        option.click();
        if ("multiple".equals(form.getAttribute("data-type"))) {
          form.findElement(By.cssSelector(".check-btn")).click();
        }
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector(".feedback")), "正确答案"));
        String feedback = form.findElement(By.cssSelector(".feedback")).getText();
        assertTrue(feedback.contains("解析") && feedback.contains("出处"), feedback);
        assertEquals("1", driver.findElement(By.id("practice-answered")).getText());
        assertTrue(form.findElements(By.cssSelector("label.opt.is-key")).size() >= 1, "the key is marked on the options");
      } finally {
        driver.quit();
      }
    }
  }

  /** Picks an option of question {@code i} (the first for even i, the second for odd) and waits for the save. */
  private static void answer(ChromeDriver driver, WebDriverWait wait, WebElement form, int i) {
    List<WebElement> options = form.findElements(By.cssSelector("label.opt"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", options.get(i % 2));
    options.get(i % 2).click();
    wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector(".save-state")), "已保存"));
  }
}
