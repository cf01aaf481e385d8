package org.xuefa.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One {@link LatencyRecorder} per operation of a run. */
public final class Recorders {

  private final Map<Operation, LatencyRecorder> byOperation = new EnumMap<>(Operation.class);

  public Recorders() {
    for (Operation op : Operation.values()) {
      byOperation.put(op, new LatencyRecorder());
    }
  }

  public LatencyRecorder of(Operation op) {
    return byOperation.get(op);
  }

  /** Requests recorded so far over all operations. */
  public int requests() {
    return byOperation.values().stream().mapToInt(LatencyRecorder::count).sum();
  }

  /** The stats of every operation that was called at least once, in scenario order. */
  public List<OperationStats> stats() {
    List<OperationStats> out = new ArrayList<>();
    byOperation.forEach((op, r) -> {
      OperationStats s = r.stats(op);
      if (s.count() > 0 || s.errorCount() > 0) {
        out.add(s);
      }
    });
    return out;
  }
}
