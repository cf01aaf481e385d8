package org.xuefa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples a process's resident memory (VmRSS of {@code /proc/PID/status}) every 200 ms on a daemon
 * thread of its own and keeps the maximum, so that a short peak during the start burst is not missed
 * between two table rows.
 */
public final class RssSampler implements AutoCloseable {

  static final long PERIOD_MS = 200;

  private final Path status;
  private final AtomicLong maxKiB = new AtomicLong();
  private final AtomicLong samples = new AtomicLong();
  private final ScheduledExecutorService timer;

  private RssSampler(long pid) {
    this.status = Path.of("/proc", Long.toString(pid), "status");
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "bench-rss-sampler");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  /** Starts sampling {@code pid}; empty where there is no {@code /proc} to read it from. */
  public static Optional<RssSampler> start(long pid) {
    if (!Files.isReadable(Path.of("/proc", Long.toString(pid), "status"))) {
      return Optional.empty();
    }
    return Optional.of(new RssSampler(pid));
  }

  private void sample() {
    try {
      parseVmRssKiB(Files.readString(status)).ifPresent(kib -> {
        maxKiB.accumulateAndGet(kib, Math::max);
        samples.incrementAndGet();
      });
    } catch (IOException e) {
      // The process has ended; the maximum seen so far stands.
    }
  }

  /** The VmRSS line of a /proc/PID/status text, in KiB. */
  static Optional<Long> parseVmRssKiB(String statusText) {
    return MachineInfo.kibField(statusText, "VmRSS");
  }

  public long maxBytes() {
    return maxKiB.get() * 1024;
  }

  public long samples() {
    return samples.get();
  }

  /** Takes one last sample and stops. */
  @Override
  public void close() {
    timer.shutdownNow();
    sample();
  }
}
