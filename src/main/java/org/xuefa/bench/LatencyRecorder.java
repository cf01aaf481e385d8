package org.xuefa.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every latency of one operation, kept whole in a growing {@code long[]} so that percentiles are exact
 * (sorted once at the end) rather than estimated by a histogram; also the errors by kind and the time
 * window from the first send to the last answer.
 */
public final class LatencyRecorder {

  private long[] nanos = new long[1024];
  private int count;
  private final Map<String, Integer> errors = new TreeMap<>();
  private long firstSent = Long.MAX_VALUE;
  private long lastAnswered = Long.MIN_VALUE;

  /** A call that went as the contract says. */
  public synchronized void ok(long sentNanos, long answeredNanos) {
    add(sentNanos, answeredNanos);
  }

  /** A call that was answered (or failed) otherwise; {@code kind} names it, e.g. "HTTP 409". */
  public synchronized void error(String kind, long sentNanos, long answeredNanos) {
    add(sentNanos, answeredNanos);
    errors.merge(kind, 1, Integer::sum);
  }

  /** A fault found after the answer (a lost answer on reload): an error, but not another request. */
  public synchronized void fault(String kind) {
    errors.merge(kind, 1, Integer::sum);
  }

  private void add(long sent, long answered) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = answered - sent;
    firstSent = Math.min(firstSent, sent);
    lastAnswered = Math.max(lastAnswered, answered);
  }

  /** Requests recorded so far (faults found in answers are not requests). */
  public synchronized int count() {
    return count;
  }

  public synchronized OperationStats stats(Operation op) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    long window = count == 0 ? 0 : lastAnswered - firstSent;
    return new OperationStats(op, count, Map.copyOf(errors), window,
        percentile(sorted, 0.50), percentile(sorted, 0.99), count == 0 ? 0 : sorted[count - 1]);
  }

  /** Nearest-rank percentile of sorted values: the smallest value with at least {@code q} of all at or below it. */
  static long percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
