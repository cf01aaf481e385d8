package org.xuefa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xuefa.demo.DemoData;
import org.xuefa.question.QuestionFiles;
import org.xuefa.testing.TestServer;

class QuestionPagesBrowserTest {

  @Test
  void aTrainerWritesAQuestionAndUploadsAFileThroughThePages(@TempDir Path dir, @TempDir Path files) throws Exception {
    try (TestServer server = TestServer.startDemo(dir)) {
      ChromeDriver driver = Browser.start();
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(server.baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("trainer");
        driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("who-name")));

        driver.findElement(By.linkText("题库")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("q-filter")));
        driver.findElement(By.linkText("新建")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("stem")));
        new Select(driver.findElement(By.name("type"))).selectByVisibleText("多选");
        driver.findElement(By.name("id")).sendKeys("WEB-001");
        driver.findElement(By.name("stem")).sendKeys("浏览器里写的多选题");
        driver.findElement(By.name("optionA")).sendKeys("第一项");
        driver.findElement(By.name("optionB")).sendKeys("第二项");
        driver.findElement(By.name("optionC")).sendKeys("第三项");
        driver.findElement(By.cssSelector("input[name=answer][value=A]")).click();
        driver.findElement(By.cssSelector("input[name=answer][value=C]")).click();
        driver.findElement(By.name("sources")).sendKeys("《行政处罚法》第九条；报告 2-2-1");
        driver.findElement(By.cssSelector(".q-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q-WEB-001")));
        String card = driver.findElement(By.id("q-WEB-001")).getText();
        assertTrue(card.contains("浏览器里写的多选题") && card.contains("答案：AC"), card);
        assertEquals(2, driver.findElements(By.cssSelector("#q-WEB-001 li.q-key")).size());

        Path file = files.resolve("题库.csv");
        Files.write(file, QuestionFiles.csv(QuestionFiles.single("WEB-002", "上传的题"),
            "判断,上传的坏题,,,,,,,不知道,,宪法第1条,,,WEB-003"));
        driver.get(server.baseUrl() + "/trainer/questions/import");
        driver.findElement(By.name("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("#import-questions button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("q-row-errors")));
        String errors = driver.findElement(By.className("q-row-errors")).getText();
        assertTrue(errors.contains("3") && errors.contains("判断题答案"), errors);
      } finally {
        driver.quit();
      }
    }
  }
}
