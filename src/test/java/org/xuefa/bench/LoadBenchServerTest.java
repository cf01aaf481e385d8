package org.xuefa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestServer;

/** The load tool against the real server (in this JVM): a tiny exam day must go through without one error. */
class LoadBenchServerTest {

  @Test
  void aTinyExamDayAgainstTheRealServerHasNoErrorsAndCountsEveryOperation(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir)) {
      LoadOptions options = LoadOptions.defaults().withUrl(server.baseUrl()).withScenario(3, 3, 3)
          .withAdminPassword(TestServer.ADMIN_PASSWORD);
      LoadResult r = LoadBench.scenario(options, server.baseUrl(), TestServer.ADMIN_PASSWORD, Optional.empty());
      assertEquals(0, r.errors(), () -> LoadReport.errors(r));
      assertEquals(3, count(r, Operation.CREATE_ACCOUNT));
      assertEquals(LoadOptions.DEFAULT_WARMUP_ROUNDS + 1, count(r, Operation.CREATE_EXAM),
          "the warm-up exams and the measured one");
      assertEquals(3, count(r, Operation.LOGIN));
      assertEquals(3, count(r, Operation.START));
      assertEquals(3, count(r, Operation.FETCH));
      assertEquals(9, count(r, Operation.SAVE));
      assertEquals(3, count(r, Operation.RELOAD));
      assertEquals(3, count(r, Operation.SUBMIT));
      assertEquals(3, r.candidatesSubmitted());
      assertEquals(java.util.List.of("start burst", "paper-fetch burst", "answering (saves, reload)", "submit burst"),
          r.phases().stream().map(PhaseClock.Phase::name).toList());
      assertEquals(3 + 3 + 9 + 3 + 3, r.phases().stream().mapToInt(PhaseClock.Phase::requests).sum());
      String md = LoadReport.markdown(r);
      assertTrue(md.contains("| save answer | 9 |"), md);
      assertTrue(md.contains("Errors: none."), md);
    }
  }

  private static int count(LoadResult r, Operation op) {
    return r.stats(op).map(OperationStats::count).orElse(0);
  }
}
