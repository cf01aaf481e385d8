package org.xuefa.web;

import io.vertx.core.Future;
import org.xuefa.account.SessionUser;

/**
 * Records that a person opened something to study, for their study progress; progress implements it.
 * Kinds: {@link #REPORT} with a section id "P-S", {@link #TOPIC} with a topic slug, {@link #LAW} with "slug:n".
 */
public interface ReadingRecorder {

  String REPORT = "report";
  String TOPIC = "topic";
  String LAW = "law";

  ReadingRecorder NONE = (user, kind, id) -> Future.succeededFuture();

  Future<Void> record(SessionUser user, String kind, String id);
}
