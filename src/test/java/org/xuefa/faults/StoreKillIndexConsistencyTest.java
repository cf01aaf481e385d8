package org.xuefa.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The embedded store killed with SIGKILL while conditional and bulk updates run from many connections:
 * after each restart every document is still found through its unique compound index. Before commits
 * were kept between write commands, a commit could catch an update half-applied and leave a document
 * its index no longer found (an attempt that could then never be closed).
 */
class StoreKillIndexConsistencyTest {

  @Test
  void afterKillDashNineEveryDocumentAgreesWithItsUniqueIndex() throws Exception {
    assertEquals(0, StoreKillIndexProbe.run(3));
  }
}
