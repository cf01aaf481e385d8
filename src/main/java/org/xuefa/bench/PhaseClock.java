package org.xuefa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wall time, requests and the server's CPU time for each phase of the measured exam. On a machine
 * shared with other work, rates swing with the neighbours' load; CPU milliseconds per request are what
 * the server itself spent, and hold up far better when comparing two runs or two designs.
 */
public final class PhaseClock {

  /** One phase: its name, how long it took, how many requests it made, and the server CPU it cost (-1: unknown). */
  public record Phase(String name, long wallNanos, int requests, long serverCpuNanos) {
    public Optional<Double> serverCpuMsPerRequest() {
      return serverCpuNanos < 0 || requests == 0 ? Optional.empty() : Optional.of(serverCpuNanos / 1e6 / requests);
    }
  }

  private final Optional<Long> serverPid;
  private final Recorders recorders;
  private final List<Phase> phases = new ArrayList<>();
  private long lastWall;
  private long lastCpu;
  private int lastRequests;

  public PhaseClock(Optional<Long> serverPid, Recorders recorders) {
    this.serverPid = serverPid;
    this.recorders = recorders;
    this.lastWall = System.nanoTime();
    this.lastCpu = cpu();
    this.lastRequests = recorders.requests();
  }

  /** Ends the phase begun at the previous mark (or at construction) under this name. */
  public void mark(String name) {
    long wall = System.nanoTime();
    long cpu = cpu();
    int requests = recorders.requests();
    phases.add(new Phase(name, wall - lastWall, requests - lastRequests, cpu < 0 || lastCpu < 0 ? -1 : cpu - lastCpu));
    lastWall = wall;
    lastCpu = cpu;
    lastRequests = requests;
  }

  public List<Phase> phases() {
    return List.copyOf(phases);
  }

  private long cpu() {
    return serverPid.map(LoadBench::cpuNanos).orElse(-1L);
  }
}
