package org.xuefa.bench;

import java.util.Map;

/** One operation's outcome: requests, errors by kind, the window they ran in, and latency percentiles (nanoseconds). */
public record OperationStats(
    Operation operation,
    int count,
    Map<String, Integer> errors,
    long windowNanos,
    long p50Nanos,
    long p99Nanos,
    long maxNanos) {

  public int errorCount() {
    return errors.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Requests per second over the operation's own window (first send to last answer). Operations of a
   * candidate overlap, so this is what the server did for this call while also serving the others.
   */
  public double perSecond() {
    return windowNanos <= 0 ? 0 : count / (windowNanos / 1e9);
  }
}
