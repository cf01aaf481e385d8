package org.xuefa.law;

import io.vertx.core.Future;

/** Hears how far an import is, e.g. to update a job page; the import waits for each report so they stay in order. */
@FunctionalInterface
public interface ImportProgress {

  ImportProgress NONE = (done, total, message) -> Future.succeededFuture();

  Future<Void> report(int done, int total, String message);
}
