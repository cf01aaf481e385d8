package org.xuefa.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Settings read once from the environment at start and handed down; nothing else reads the environment. */
public record Config(
    String httpHost,
    int httpPort,
    Path dataDir,
    Optional<String> mongoUri,
    Optional<String> adminPassword,
    boolean secureCookies,
    int storeTimeoutMillis) {

  public static final String HTTP_HOST = "XUEFA_HTTP_HOST";
  public static final String HTTP_PORT = "XUEFA_HTTP_PORT";
  public static final String DATA_DIR = "XUEFA_DATA_DIR";
  public static final String MONGO_URI = "MONGO_URI";
  public static final String ADMIN_PASSWORD = "XUEFA_ADMIN_PASSWORD";
  public static final String SECURE_COOKIES = "XUEFA_SECURE_COOKIES";
  public static final String STORE_TIMEOUT_MS = "XUEFA_STORE_TIMEOUT_MS";

  public static Config fromEnvironment() {
    return from(System.getenv());
  }

  /** Reads the settings from a variable map, rejecting values that cannot work with a message naming the variable. */
  public static Config from(Map<String, String> env) {
    String host = value(env, HTTP_HOST).orElse("127.0.0.1");
    int port = intValue(env, HTTP_PORT, 8080, 0, 65535);
    Path dataDir = Path.of(value(env, DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
    boolean secure = value(env, SECURE_COOKIES).map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false);
    int timeout = intValue(env, STORE_TIMEOUT_MS, 2000, 100, 60_000);
    return new Config(host, port, dataDir, value(env, MONGO_URI), value(env, ADMIN_PASSWORD), secure, timeout);
  }

  public boolean embeddedStore() {
    return mongoUri.isEmpty();
  }

  public Config withPort(int port) {
    return new Config(httpHost, port, dataDir, mongoUri, adminPassword, secureCookies, storeTimeoutMillis);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  private static int intValue(Map<String, String> env, String name, int dflt, int min, int max) {
    Optional<String> v = value(env, name);
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw new ConfigException(name + " must be between " + min + " and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a number, got '" + v.get() + "'");
    }
  }
}
