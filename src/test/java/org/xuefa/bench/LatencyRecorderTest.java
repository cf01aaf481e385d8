package org.xuefa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

  @Test
  void percentilesAreNearestRankOverEveryRecordedLatency() {
    LatencyRecorder r = new LatencyRecorder();
    // 1..100 ms, recorded out of order: the sort at the end must put them right
    for (int i = 100; i >= 1; i--) {
      r.ok(0, i * 1_000_000L);
    }
    OperationStats s = r.stats(Operation.SAVE);
    assertEquals(100, s.count());
    assertEquals(50_000_000L, s.p50Nanos());
    assertEquals(99_000_000L, s.p99Nanos());
    assertEquals(100_000_000L, s.maxNanos());
    assertEquals(0, s.errorCount());
  }

  @Test
  void keepsMoreLatenciesThanItsFirstArrayHolds() {
    LatencyRecorder r = new LatencyRecorder();
    for (int i = 0; i < 10_000; i++) {
      r.ok(i, i + (i == 9_999 ? 5_000 : 10));
    }
    OperationStats s = r.stats(Operation.SAVE);
    assertEquals(10_000, s.count());
    assertEquals(10, s.p99Nanos());
    assertEquals(5_000, s.maxNanos(), "the one slow call out of 10,000 shows only as the maximum");
  }

  @Test
  void errorsAreCountedByKindAndTheirLatenciesKept() {
    LatencyRecorder r = new LatencyRecorder();
    r.ok(0, 10);
    r.error("HTTP 409", 0, 20);
    r.error("HTTP 409", 0, 30);
    r.error("HTTP 500", 0, 40);
    r.fault("saved answer missing on reload");
    OperationStats s = r.stats(Operation.RELOAD);
    assertEquals(4, s.count(), "a fault found in an answer is not another request");
    assertEquals(Map.of("HTTP 409", 2, "HTTP 500", 1, "saved answer missing on reload", 1), s.errors());
    assertEquals(4, s.errorCount());
    assertEquals(40, s.maxNanos());
  }

  @Test
  void rateIsCountOverTheWindowFromFirstSendToLastAnswer() {
    LatencyRecorder r = new LatencyRecorder();
    r.ok(1_000_000_000L, 1_100_000_000L);
    r.ok(1_200_000_000L, 1_300_000_000L);
    r.ok(1_400_000_000L, 1_500_000_000L);
    OperationStats s = r.stats(Operation.SUBMIT);
    assertEquals(500_000_000L, s.windowNanos());
    assertEquals(6.0, s.perSecond(), 1e-9);
  }

  @Test
  void anEmptyRecorderReportsZerosNotAnError() {
    OperationStats s = new LatencyRecorder().stats(Operation.LOGIN);
    assertEquals(0, s.count());
    assertEquals(0, s.p99Nanos());
    assertEquals(0.0, s.perSecond());
  }

  @Test
  void percentileOfOneValueIsThatValue() {
    assertEquals(7, LatencyRecorder.percentile(new long[] {7}, 0.99));
    assertEquals(7, LatencyRecorder.percentile(new long[] {7}, 0.5));
    assertEquals(2, LatencyRecorder.percentile(new long[] {1, 2}, 0.99));
    assertEquals(1, LatencyRecorder.percentile(new long[] {1, 2}, 0.5));
  }
}
