package org.xuefa.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Xuefa in a separate JVM, so that tests can kill it with SIGKILL like a power cut. */
public final class ServerProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on http://([^:]+):(\\d+)");
  private static final Pattern STORE = Pattern.compile("store listening on (mongodb://\\S+)");

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private ServerProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException ignored) {
        // The process died; whoever waits on a line sees the timeout and the lines seen so far.
      }
    }, "server-process-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code java … org.xuefa.Main ARGS} with the test environment plus {@code env}. */
  public static ServerProcess start(Path dataDir, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-cp", classpath(), "org.xuefa.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("MONGO_URI");
    pb.environment().putAll(TestServer.environment(dataDir));
    pb.environment().putAll(env);
    return new ServerProcess(pb.start());
  }

  /** Starts {@code java … MAIN ARGS} on the test classpath: for probes that run a variant of a command. */
  public static ServerProcess startMain(String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-cp", classpath(), mainClass));
    cmd.addAll(List.of(args));
    return new ServerProcess(new ProcessBuilder(cmd).redirectErrorStream(true).start());
  }

  /** Waits for the "listening on" line and returns the HTTP port. */
  public int awaitListening() throws InterruptedException {
    return Integer.parseInt(await(LISTENING).group(2));
  }

  /** Waits for the store's "store listening on" line and returns its connection string. */
  public String awaitStore() throws InterruptedException {
    return await(STORE).group(1);
  }

  private Matcher await(Pattern pattern) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(500, TimeUnit.MILLISECONDS);
      if (line != null) {
        seen.add(line);
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return m;
        }
      } else if (!process.isAlive()) {
        break;
      }
    }
    throw new AssertionError("process did not print " + pattern + "; output: " + seen);
  }

  public List<String> output() {
    lines.drainTo(seen);
    return seen;
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGKILL without waiting for the process to end: for a thread that must not block. */
  public void killNow() {
    process.destroyForcibly();
  }

  /** SIGTERM: the shutdown hooks run. */
  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }
}
