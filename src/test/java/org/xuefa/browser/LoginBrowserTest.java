package org.xuefa.browser;

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
import org.xuefa.demo.DemoData;
import org.xuefa.testing.TestServer;

class LoginBrowserTest {

  @Test
  void aLearnerLogsInThroughTheLoginPageAndSeesTheirName(@TempDir Path dir) throws Exception {
    try (TestServer server = TestServer.startDemo(dir)) {
      ChromeDriver driver = Browser.start();
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(server.baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("learner");
        driver.findElement(By.id("password")).sendKeys("wrong-password");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertTrue(driver.findElement(By.id("login-error")).getText().contains("不正确"));

        driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("who-name")));
        assertEquals("王学员（样例）", driver.findElement(By.className("who-name")).getText());
        assertEquals(server.baseUrl() + "/", driver.getCurrentUrl());

        driver.findElement(By.cssSelector(".who button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertTrue(driver.getPageSource().contains("您已安全退出"));
      } finally {
        driver.quit();
      }
    }
  }
}
