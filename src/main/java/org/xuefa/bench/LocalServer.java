package org.xuefa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xuefa.cli.CommandFailed;

/**
 * A Xuefa server in a child JVM over a fresh temporary data folder, started from this program's own
 * classpath, so that its memory can be measured apart from the load tool's. Stopped with SIGTERM and
 * its folder removed on {@link #close()}.
 */
public final class LocalServer implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final int KEPT_LINES = 40;

  private final Process process;
  private final Path dataDir;
  private final List<String> command;
  private final Deque<String> lastLines = new ArrayDeque<>();
  private final CompletableFuture<String> url = new CompletableFuture<>();

  private LocalServer(Process process, Path dataDir, List<String> command) {
    this.process = process;
    this.dataDir = dataDir;
    this.command = command;
    Thread reader = new Thread(this::drain, "bench-server-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code java [jvmOptions] -cp CLASSPATH org.xuefa.Main serve} on a free port with the given
   * admin password and waits (up to two minutes) for its {@code listening on} line.
   */
  public static LocalServer start(List<String> jvmOptions, String adminPassword) {
    Path dir;
    try {
      dir = Files.createTempDirectory("xuefa-bench-data");
    } catch (IOException e) {
      throw new CommandFailed("cannot create a temporary data folder: " + e.getMessage());
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", classpath(), "org.xuefa.Main", "serve"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.remove("MONGO_URI");
    env.put("XUEFA_DATA_DIR", dir.toString());
    env.put("XUEFA_HTTP_HOST", "127.0.0.1");
    env.put("XUEFA_HTTP_PORT", "0");
    env.put("XUEFA_ADMIN_PASSWORD", adminPassword);
    LocalServer server;
    try {
      server = new LocalServer(pb.start(), dir, cmd);
    } catch (IOException e) {
      deleteTree(dir);
      throw new CommandFailed("cannot start the server process: " + e.getMessage());
    }
    server.awaitListening();
    return server;
  }

  private void awaitListening() {
    try {
      url.get(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new CommandFailed("interrupted while the server started");
    } catch (ExecutionException | TimeoutException e) {
      String output = String.join(" | ", lastLines());
      close();
      throw new CommandFailed("the server did not print its listening line; its last output: " + output);
    }
  }

  private void drain() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        keep(line);
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          url.complete(m.group(1));
        }
      }
    } catch (IOException ignored) {
      // The process ended; the lines kept so far explain why.
    }
    url.completeExceptionally(new IllegalStateException("server output ended"));
  }

  private synchronized void keep(String line) {
    if (lastLines.size() == KEPT_LINES) {
      lastLines.removeFirst();
    }
    lastLines.addLast(line);
  }

  public synchronized List<String> lastLines() {
    return List.copyOf(lastLines);
  }

  /** The base URL the server printed, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return url.join();
  }

  Path dataDir() {
    return dataDir;
  }

  public long pid() {
    return process.pid();
  }

  /** What was run, for the results table (the classpath shortened to its first entry). */
  public String describe() {
    List<String> shown = new ArrayList<>(command);
    int cp = shown.indexOf("-cp");
    if (cp >= 0 && cp + 1 < shown.size()) {
      String first = shown.get(cp + 1).split(java.io.File.pathSeparator)[0];
      shown.set(cp + 1, Path.of(first).getFileName() + (shown.get(cp + 1).contains(java.io.File.pathSeparator) ? ":…" : ""));
    }
    shown.set(0, "java");
    return String.join(" ", shown);
  }

  /** Stops the server (SIGTERM, then SIGKILL after 30 s) and removes its data folder. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteTree(dataDir);
  }

  /**
   * This program's classpath: under surefire the test classpath (the JVM's own is a booter jar),
   * otherwise the JVM's, which for {@code java -jar xuefa.jar} is the jar itself.
   */
  static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary folder left behind is harmless; the system cleans /tmp.
    }
  }
}
