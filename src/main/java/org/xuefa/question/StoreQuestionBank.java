package org.xuefa.question;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bank read straight from the {@code questions} collection (ids by {@code _id}). */
public final class StoreQuestionBank implements QuestionBank {

  public static final String COLLECTION = "questions";

  private final MongoClient mongo;

  public StoreQuestionBank(MongoClient mongo) {
    this.mongo = mongo;
  }

  @Override
  public Future<List<Question>> active() {
    return mongo.find(COLLECTION, new JsonObject().put("status", Question.ACTIVE))
        .map(docs -> docs.stream().map(Question::fromDocument).toList());
  }

  @Override
  public Future<Map<String, Question>> byIds(Collection<String> ids) {
    JsonObject query = new JsonObject().put("_id", new JsonObject().put("$in", new JsonArray(List.copyOf(ids))));
    return mongo.find(COLLECTION, query).map(docs -> {
      Map<String, Question> out = new LinkedHashMap<>();
      docs.stream().map(Question::fromDocument).forEach(q -> out.put(q.id(), q));
      return out;
    });
  }
}
