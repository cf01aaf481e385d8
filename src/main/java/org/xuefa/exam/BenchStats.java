package org.xuefa.exam;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one benchmark operation, recorded from many threads; percentiles over the sorted samples. */
final class BenchStats {

  private final String name;
  private long[] samples = new long[1024];
  private int count;
  private int errors;
  private long firstStart = Long.MAX_VALUE;
  private long lastEnd = Long.MIN_VALUE;

  BenchStats(String name) {
    this.name = name;
  }

  synchronized void record(long startNanos, long endNanos, boolean ok) {
    if (!ok) {
      errors++;
      return;
    }
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, count * 2);
    }
    samples[count++] = endNanos - startNanos;
    firstStart = Math.min(firstStart, startNanos);
    lastEnd = Math.max(lastEnd, endNanos);
  }

  synchronized int count() {
    return count;
  }

  synchronized int errors() {
    return errors;
  }

  synchronized double perSecond() {
    return count == 0 ? 0 : count / ((lastEnd - firstStart) / 1e9);
  }

  synchronized double percentileMillis(double p) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int i = (int) Math.min(count - 1, Math.max(0, Math.ceil(p / 100.0 * count) - 1));
    return sorted[i] / 1e6;
  }

  String line() {
    return String.format(Locale.ROOT, "| %-12s | %7d | %6d | %9.0f | %8.1f | %8.1f | %8.1f |", name, count(), errors(),
        perSecond(), percentileMillis(50), percentileMillis(99), percentileMillis(100));
  }

  static String header() {
    return "| operation    |   count | errors | per second | p50 (ms) | p99 (ms) | max (ms) |\n"
        + "|--------------|---------|--------|-----------|----------|----------|----------|";
  }
}
