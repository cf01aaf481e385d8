package org.xuefa.web;

import io.vertx.core.Future;
import org.slf4j.LoggerFactory;
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

  /**
   * Records, and always succeeds: study progress is a side matter, so a failed write is only logged and
   * never keeps a person from what they opened.
   */
  default Future<Void> recordQuietly(SessionUser user, String kind, String id) {
    Future<Void> recorded;
    try {
      recorded = record(user, kind, id);
    } catch (RuntimeException e) {
      recorded = Future.failedFuture(e);
    }
    return recorded.recover(e -> {
      LoggerFactory.getLogger(ReadingRecorder.class).warn("could not record reading of {} {} by {}: {}", kind, id,
          user.username(), e.getMessage());
      return Future.succeededFuture();
    });
  }
}
