package org.xuefa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xuefa.cli.CommandFailed;

/** The scenario's orchestration and error accounting against {@link StubExamServer}. */
class LoadScenarioStubTest {

  private static LoadOptions tiny(String url, int candidates, int connections, int questions) {
    return LoadOptions.defaults().withUrl(url).withScenario(candidates, connections, questions)
        .withAdminPassword(StubExamServer.ADMIN_PASSWORD).withWarmup(0);
  }

  private static int count(LoadResult r, Operation op) {
    return r.stats(op).map(OperationStats::count).orElse(0);
  }

  @Test
  void everyCandidateLogsInStartsFetchesAnswersEveryQuestionReloadsAndSubmits() {
    try (StubExamServer stub = StubExamServer.healthy()) {
      LoadOptions o = tiny(stub.url(), 6, 3, 5).withWarmup(1);
      LoadResult r = LoadBench.scenario(o, stub.url(), StubExamServer.ADMIN_PASSWORD, Optional.empty());
      assertEquals(0, r.errors(), () -> LoadReport.errors(r));
      assertEquals(6, stub.accounts());
      assertEquals(6, count(r, Operation.CREATE_ACCOUNT));
      assertEquals(2, count(r, Operation.CREATE_EXAM), "a warm-up exam and the measured one");
      assertEquals(12, stub.attempts(), "each candidate sat both");
      // the counts below are the measured round's only
      assertEquals(6, count(r, Operation.LOGIN));
      assertEquals(6, count(r, Operation.START));
      assertEquals(6, count(r, Operation.FETCH));
      assertEquals(30, count(r, Operation.SAVE));
      assertEquals(6, count(r, Operation.RELOAD));
      assertEquals(6, count(r, Operation.SUBMIT));
      assertEquals(6, r.candidatesReady());
      assertEquals(6, r.candidatesSubmitted());
      assertTrue(r.scenarioNanos() > 0);
    }
  }

  @Test
  void startFetchAndSubmitAreBurstsOfAllCandidatesWithTheAnswersInBetween() {
    try (StubExamServer stub = StubExamServer.healthy()) {
      LoadBench.scenario(tiny(stub.url(), 8, 8, 4), stub.url(), StubExamServer.ADMIN_PASSWORD, Optional.empty());
      int[] logins = stub.arrivals("POST /api/session");
      int[] starts = stub.arrivals("POST /api/exams/*/attempts");
      int[] fetches = stub.arrivals("GET /api/attempts/*");
      int[] saves = stub.arrivals("PUT /api/attempts/*/answers/*");
      int[] submits = stub.arrivals("POST /api/attempts/*/submit");
      assertTrue(logins[1] < starts[0], "every login before the first start");
      assertEquals(7, starts[1] - starts[0], "the 8 starts arrive one after another, nothing between them");
      assertTrue(starts[1] < fetches[0], "every start answered before the first paper fetch");
      assertTrue(saves[1] < submits[0], "every answer saved before the first submit");
      assertEquals(7, submits[1] - submits[0], "the 8 submits arrive together");
    }
  }

  @Test
  void failedSavesAreCountedByStatusAndTheCandidateGoesOn() {
    try (StubExamServer stub = new StubExamServer(4, false)) {
      LoadResult r = LoadBench.scenario(tiny(stub.url(), 4, 4, 6), stub.url(), StubExamServer.ADMIN_PASSWORD, Optional.empty());
      OperationStats saves = r.stats(Operation.SAVE).orElseThrow();
      assertEquals(24, saves.count(), "every question is still answered");
      assertEquals(Map.of("HTTP 500", 6), saves.errors());
      assertEquals(6, r.loadErrors());
      assertEquals(4, r.candidatesSubmitted(), "a failed answer does not stop a candidate");
      assertEquals(0, r.stats(Operation.RELOAD).orElseThrow().errorCount(), "answers refused are not expected back");
    }
  }

  @Test
  void answersMissingOnReloadAreFaults() {
    try (StubExamServer stub = new StubExamServer(0, true)) {
      LoadResult r = LoadBench.scenario(tiny(stub.url(), 2, 2, 4), stub.url(), StubExamServer.ADMIN_PASSWORD, Optional.empty());
      // each candidate saved 2 answers before the reload, and the stub shows none of them
      assertEquals(Map.of("saved answer missing on reload", 4), r.stats(Operation.RELOAD).orElseThrow().errors());
      assertEquals(2, r.stats(Operation.RELOAD).orElseThrow().count());
    }
  }

  @Test
  void aWrongAdminPasswordStopsTheRunWithAClearMessage() {
    try (StubExamServer stub = StubExamServer.healthy()) {
      CommandFailed e = assertThrows(CommandFailed.class,
          () -> LoadBench.scenario(tiny(stub.url(), 2, 2, 2), stub.url(), "wrong", Optional.empty()));
      assertTrue(e.getMessage().contains("admin login failed (HTTP 401)"), e.getMessage());
      assertEquals(0, stub.accounts());
    }
  }

  @Test
  void moreCandidatesThanConnectionsQueueInThePool() {
    try (StubExamServer stub = StubExamServer.healthy()) {
      LoadResult r = LoadBench.scenario(tiny(stub.url(), 40, 2, 3), stub.url(), StubExamServer.ADMIN_PASSWORD, Optional.empty());
      assertEquals(0, r.errors(), () -> LoadReport.errors(r));
      assertEquals(40, r.candidatesSubmitted());
      assertEquals(120, count(r, Operation.SAVE));
    }
  }
}
