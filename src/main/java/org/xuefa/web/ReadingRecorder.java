package org.xuefa.web;

import io.vertx.core.Future;
import org.xuefa.account.SessionUser;

/** Records that a person opened something to study (kinds: "report", "topic", "law"); progress implements it. */
public interface ReadingRecorder {

  ReadingRecorder NONE = (user, kind, id) -> Future.succeededFuture();

  Future<Void> record(SessionUser user, String kind, String id);
}
