package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xuefa.browser.Browser;
import org.xuefa.testing.TestServer;

/** An administrator imports a statute with the upload form in a real browser and reads an article of it. */
class LawUploadBrowserTest {

  @Test
  void anAdministratorUploadsAStatuteAndTheJobPageShowsTheOutcome(@TempDir Path dir) throws Exception {
    try (TestServer server = TestServer.start(dir)) {
      ChromeDriver driver = Browser.start();
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(server.baseUrl() + "/login?next=/admin/laws");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-laws")));

        Path file = Statutes.file("state-compensation-law").toAbsolutePath().normalize();
        driver.findElement(By.cssSelector("#import-laws input[type=file]")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("#import-laws button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/admin/jobs/") && d.getPageSource().contains("已完成"));
        assertTrue(driver.getPageSource().contains("state-compensation-law《中华人民共和国国家赔偿法》：42 条（新导入）"));

        driver.get(server.baseUrl() + "/laws/state-compensation-law/" + "第三条");
        assertEquals(server.baseUrl() + "/laws/state-compensation-law/3", driver.getCurrentUrl());
        assertEquals("第三条", driver.findElement(By.tagName("h1")).getText());
      } finally {
        driver.quit();
      }
    }
  }
}
