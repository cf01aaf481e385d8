package org.xuefa.meeting;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code meetings} collection, {@code _id} = "YYYY-MM-DD-n". A year's plan is a dozen or two
 * documents, so reading a year scans a small collection (the embedded store ignores secondary indexes).
 */
public final class MeetingRepository {

  static final String COLLECTION = "meetings";

  private final MongoClient mongo;

  public MeetingRepository(MongoClient mongo) {
    this.mongo = mongo;
  }

  public Future<Void> save(Meeting meeting) {
    return mongo.save(COLLECTION, meeting.toDocument()).mapEmpty();
  }

  public Future<List<Meeting>> year(int year) {
    return mongo.find(COLLECTION, new JsonObject().put("year", year))
        .map(docs -> docs.stream().map(Meeting::fromDocument).sorted(Comparator.comparing(Meeting::date)).toList());
  }
}
