package org.xuefa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadReportTest {

  private static final long MS = 1_000_000L;
  private static final long S = 1_000_000_000L;
  private static final MachineInfo MACHINE = new MachineInfo(2, "AMD EPYC", 24_684_092L, "1.00 0.50 0.25",
      "OpenJDK 17", Instant.parse("2026-11-26T10:15:00Z"));

  private static LoadResult result(int connections, Map<String, Integer> saveErrors, long rss) {
    LoadOptions o = LoadOptions.defaults().withScenario(128, connections, 20);
    List<OperationStats> ops = List.of(
        new OperationStats(Operation.CREATE_ACCOUNT, 128, Map.of(), 2 * S, 60 * MS, 90 * MS, 95 * MS),
        new OperationStats(Operation.LOGIN, 128, Map.of(), 2 * S, 55 * MS, 80 * MS, 85 * MS),
        new OperationStats(Operation.START, 128, Map.of(), S / 4, 100 * MS, 200 * MS, 210 * MS),
        // 1,300 fetches per second: ten times the peer's 130
        new OperationStats(Operation.FETCH, 130, Map.of(), S / 10, 5 * MS, 40 * MS, 45 * MS),
        new OperationStats(Operation.SAVE, 2560, saveErrors, S, 30 * MS, 60 * MS, 90 * MS),
        new OperationStats(Operation.RELOAD, 128, Map.of(), S / 2, 4 * MS, 9 * MS, 12 * MS),
        // 3,400 submits per second: 8.1 to 10 times the peer's 340–420
        new OperationStats(Operation.SUBMIT, 340, Map.of(), S / 10, 8 * MS, 20 * MS, 22 * MS));
    List<PhaseClock.Phase> phases = List.of(
        new PhaseClock.Phase("start burst", S / 4, 128, 256 * MS),
        new PhaseClock.Phase("answering (saves, reload)", S, 2688, -1));
    return new LoadResult(o, MACHINE, "java -cp xuefa.jar org.xuefa.Main serve", ops, 128, 128, 3 * S / 2, phases,
        Optional.of(rss), Optional.of(2 * S), Optional.of(S / 2), new Quiet.Waited(1500, true));
  }

  @Test
  void tableHasOneRowPerOperationWithMillisecondsAndRates() {
    String md = LoadReport.markdown(result(128, Map.of(), 300L * 1024 * 1024));
    assertTrue(md.startsWith("### Exam day: 128 candidates × 20 questions, 128 connections"), md);
    assertTrue(md.contains("| operation | count | req/s | p50 ms | p99 ms | max ms | errors |"), md);
    assertTrue(md.contains("| save answer | 2,560 | 2,560 | 30 | 60 | 90 | 0 |"), md);
    assertTrue(md.contains("| fetch paper | 130 | 1,300 | 5.0 | 40 | 45 | 0 |"), md);
    assertTrue(md.contains("| create account (setup) | 128 | 64 | 60 | 90 | 95 | 0 |"), md);
    assertTrue(md.contains("2 cores (AMD EPYC), 23.5 GiB RAM, load average at start 1.00 0.50 0.25, OpenJDK 17, 2026-11-26 10:15 UTC"), md);
    assertTrue(md.contains("the load tool runs on the same cores"), md);
  }

  @Test
  void phasesShowServerCpuPerRequestWhereItIsKnown() {
    String md = LoadReport.markdown(result(128, Map.of(), 300L * 1024 * 1024));
    assertTrue(md.contains("| phase | wall | requests | server CPU per request |"), md);
    assertTrue(md.contains("| start burst | 0.25 s | 128 | 2.00 ms |"), md);
    assertTrue(md.contains("| answering (saves, reload) | 1.00 s | 2,688 | – |"), md);
  }

  @Test
  void findingsStateSavesStartServerAndNoErrors() {
    String md = LoadReport.markdown(result(128, Map.of(), 300L * 1024 * 1024));
    assertTrue(md.contains("Answer saves: 2,560 at **2,560/s**"), md);
    assertTrue(md.contains("128 attempts started within 0.25 s of the release; 128 of 128 candidates logged in, 128 submitted"), md);
    assertTrue(md.contains("peak RSS **300 MiB**"), md);
    assertTrue(md.contains("CPU 2.0 s during the exam day (1.33 cores busy)"), md);
    assertTrue(md.contains("- Errors: none."), md);
  }

  @Test
  void comparisonGivesOurFiguresAndHowManyTimesBetter() {
    String line = PeerComparison.line(result(128, Map.of(), 300L * 1024 * 1024));
    assertTrue(line.contains("paper fetches 1,300/s (10.0× faster)"), line);
    assertTrue(line.contains("submits 3,400/s (8.1–10.0× faster)"), line);
    assertTrue(line.contains("worst p99 of fetch and submit 40 ms (10.0–50.0× lower)"), line);
    assertTrue(line.contains("memory 300 MiB (6.5× less)"), line);
    assertTrue(line.endsWith("."), line);
  }

  @Test
  void whereWeDidWorseTheRatioSaysSoInsteadOfFaster() {
    LoadOptions o = LoadOptions.defaults().withScenario(4, 4, 4);
    List<OperationStats> ops = List.of(
        new OperationStats(Operation.FETCH, 4, Map.of(), S / 4, 5 * MS, 9 * MS, 9 * MS),
        new OperationStats(Operation.SUBMIT, 4, Map.of(), S / 10, 8 * MS, 20 * MS, 22 * MS));
    LoadResult r = new LoadResult(o, MACHINE, "http://127.0.0.1:8080", ops, 4, 4, S, List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), new Quiet.Waited(0, true));
    String line = PeerComparison.line(r);
    assertTrue(line.contains("paper fetches 16/s (0.1× of the peer's rate, worse)"), line);
    assertTrue(line.contains("submits 40/s (0.1× of the peer's rate, worse)"), line);
    assertFalse(line.contains("memory"), "no memory figure without a sampled server: " + line);
  }

  @Test
  void errorsAreListedByOperationAndKind() {
    String md = LoadReport.markdown(result(128, Map.of("HTTP 500", 3, "HTTP 409", 1), 300L * 1024 * 1024));
    assertTrue(md.contains("| save answer | 2,560 | 2,560 | 30 | 60 | 90 | 4 |"), md);
    assertTrue(md.contains("Errors: **4** — save answer: HTTP 409 ×1; save answer: HTTP 500 ×3."), md);
  }

  @Test
  void targetsAreMarkedMetOrMissedForTheRunsShape() {
    String big = LoadReport.targets(result(128, Map.of(), 600L * 1024 * 1024));
    assertTrue(big.contains("**missed**: no errors and ≥ 3,000 saves/s at 128 connections"), big);
    assertTrue(big.contains("**missed**: server RSS < 512 MiB"), big);
    assertFalse(big.contains("p99 < 20 ms"), "the latency target is judged at 16 connections only: " + big);
    String small = LoadReport.targets(result(16, Map.of(), 300L * 1024 * 1024));
    assertTrue(small.contains("**missed**: save p99 < 20 ms at 16 connections"), small);
    assertTrue(small.contains("met: server RSS < 512 MiB"), small);
  }

  @Test
  void numbersAreFormattedForReading() {
    assertEquals("0.4", Format.ms(400_000));
    assertEquals("1,234", Format.ms(1_234 * MS));
    assertEquals("3,012", Format.rate(3012.4));
    assertEquals("7.5", Format.rate(7.46));
    assertEquals("5.9×", Format.times(5.94));
    assertEquals("1,200×", Format.times(1200));
  }
}
