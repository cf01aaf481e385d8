package org.xuefa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalServerTest {

  @Test
  void startsAServerInAChildJvmWhoseMemoryCanBeSampledAndStopsIt() throws Exception {
    LocalServer server = LocalServer.start(List.of("-Xmx256m"), "child-admin-pass");
    long pid = server.pid();
    java.nio.file.Path data = server.dataDir();
    assertTrue(java.nio.file.Files.isDirectory(data));
    try (server) {
      assertTrue(server.url().matches("http://127\\.0\\.0\\.1:\\d+"), server.url());
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.url() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), health.body());
      assertTrue(server.describe().startsWith("java -Xmx256m -cp "), server.describe());
      assertTrue(server.describe().endsWith(" org.xuefa.Main serve"), server.describe());
      Optional<RssSampler> rss = RssSampler.start(pid);
      rss.ifPresent(s -> {
        s.close();
        assertTrue(s.maxBytes() > 20L * 1024 * 1024, "a running server holds more than 20 MiB: " + s.maxBytes());
      });
    }
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child is stopped");
    assertFalse(java.nio.file.Files.exists(data), "its temporary data folder is removed");
  }
}
