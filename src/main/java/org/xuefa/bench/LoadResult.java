package org.xuefa.bench;

import java.util.List;
import java.util.Optional;

/**
 * What a load run measured: per-operation stats, how many candidates got through to a submitted
 * attempt, the time from the synchronized start to the last submit, and, where the server could be
 * watched, its peak memory and CPU time.
 *
 * @param target what was loaded (the URL, or the child JVM's command line)
 * @param scenarioNanos from releasing the start to the last candidate done
 * @param phases the measured exam's phases with the server CPU each cost
 * @param serverRssBytes peak VmRSS of the server process, when sampled
 * @param serverCpuNanos CPU time the server process used from the release to the last submit, when known
 * @param benchCpuNanos CPU time this load tool used in the same window
 * @param settled how long the warm-ups' after-work (the JIT compiler) kept the server busy before the
 *     measured exam, and whether it went quiet
 */
public record LoadResult(
    LoadOptions options,
    MachineInfo machine,
    String target,
    List<OperationStats> operations,
    int candidatesReady,
    int candidatesSubmitted,
    long scenarioNanos,
    List<PhaseClock.Phase> phases,
    Optional<Long> serverRssBytes,
    Optional<Long> serverCpuNanos,
    Optional<Long> benchCpuNanos,
    Quiet.Waited settled) {

  public Optional<OperationStats> stats(Operation op) {
    return operations.stream().filter(s -> s.operation() == op).findFirst();
  }

  /** Errors of the candidates' calls (setup excluded). */
  public int loadErrors() {
    return operations.stream().filter(s -> !s.operation().setup()).mapToInt(OperationStats::errorCount).sum();
  }

  public int errors() {
    return operations.stream().mapToInt(OperationStats::errorCount).sum();
  }

  /** The candidates' requests (setup excluded). */
  public int loadRequests() {
    return operations.stream().filter(s -> !s.operation().setup()).mapToInt(OperationStats::count).sum();
  }

  public LoadResult withServer(String target, Optional<Long> rss) {
    return new LoadResult(options, machine, target, operations, candidatesReady, candidatesSubmitted, scenarioNanos,
        phases, rss, serverCpuNanos, benchCpuNanos, settled);
  }
}
