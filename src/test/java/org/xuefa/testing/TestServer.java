package org.xuefa.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.xuefa.config.Config;
import org.xuefa.server.Server;

/** The real server in this JVM on a free port, over the real embedded store in a folder of the test's. */
public final class TestServer implements AutoCloseable {

  public static final String ADMIN_PASSWORD = "admin-pass-2026";

  private final Server server;
  private final ByteArrayOutputStream output;

  private TestServer(Server server, ByteArrayOutputStream output) {
    this.server = server;
    this.output = output;
  }

  public static TestServer start(Path dataDir) {
    return start(dataDir, false, Map.of());
  }

  public static TestServer startDemo(Path dataDir) {
    return start(dataDir, true, Map.of());
  }

  /** Starts with the test defaults (port 0, known admin password) overridden by {@code env}. */
  public static TestServer start(Path dataDir, boolean demo, Map<String, String> env) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    try {
      Server server = Server.start(config(dataDir, env), demo, out).await();
      return new TestServer(server, buffer);
    } catch (Exception e) {
      throw new IllegalStateException("server did not start: " + e.getMessage(), e);
    }
  }

  public static Config config(Path dataDir, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(environment(dataDir));
    all.putAll(env);
    return Config.from(all);
  }

  public static Map<String, String> environment(Path dataDir) {
    return Map.of(
        Config.DATA_DIR, dataDir.toString(),
        Config.HTTP_PORT, "0",
        Config.ADMIN_PASSWORD, ADMIN_PASSWORD);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public Server server() {
    return server;
  }

  /** What the server printed (admin password, demo logins, listening line). */
  public String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  public TestClient client() {
    return new TestClient(baseUrl());
  }

  /** A client already logged in as the built-in admin. */
  public TestClient admin() {
    TestClient c = client();
    c.login("admin", ADMIN_PASSWORD);
    return c;
  }

  @Override
  public void close() {
    server.stop();
  }
}
