package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.xuefa.exam.ExamFixture;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * What the attack tests share: people made through the admin API, an attempt answered from its key
 * (read from the store, as only a test may), and a snapshot of the whole store to prove that a refused
 * request changed nothing.
 */
final class SecurityFixture {

  static final String PASSWORD = "password-sec-1";

  /** Collections that change on every request or login, not on the data a request acts on. */
  private static final Set<String> VOLATILE = Set.of("sessions", "login_failures");

  private SecurityFixture() {}

  static MongoClient mongo(TestServer server) {
    return server.server().services().store().mongo();
  }

  static void addUser(TestClient admin, String username, String name, String role, String unit) {
    TestClient.Response r = admin.postJson("/api/users", new JsonObject().put("username", username).put("name", name)
        .put("role", role).put("unit", unit).put("password", PASSWORD));
    assertEquals(201, r.status(), "create " + username + ": " + r.body());
  }

  static TestClient login(TestServer server, String username, String password) {
    TestClient c = server.client();
    c.login(username, password);
    return c;
  }

  /** Every document of every collection but the volatile ones, in a stable order: equal strings, same data. */
  static String snapshot(TestServer server) {
    MongoClient mongo = mongo(server);
    Map<String, List<String>> all = new TreeMap<>();
    for (String collection : mongo.getCollections().await()) {
      if (VOLATILE.contains(collection)) {
        continue;
      }
      List<String> docs = new ArrayList<>();
      for (JsonObject d : mongo.find(collection, new JsonObject()).await()) {
        docs.add(d.encode());
      }
      docs.sort(Comparator.naturalOrder());
      all.put(collection, docs);
    }
    return new JsonObject(new java.util.LinkedHashMap<>(all)).encodePrettily();
  }

  /** Starts the exam as {@code c}; answers the attempt id. */
  static String start(TestClient c, String examId) {
    TestClient.Response r = c.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    assertEquals(201, r.status(), r.body());
    return r.json().getString("attemptId");
  }

  /** Answers every question right and submits; answers the closed attempt's JSON. */
  static JsonObject passAndSubmit(TestServer server, TestClient c, String attemptId) {
    ExamFixture.keys(server, attemptId).forEach((qid, key) -> assertEquals(200, c.putJson("/api/attempts/" + attemptId
        + "/answers/" + qid, new JsonObject().put("choice", key)).status()));
    TestClient.Response r = c.postJson("/api/attempts/" + attemptId + "/submit", new JsonObject());
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  /** The id of the demo exam whose title starts with {@code prefix}. */
  static String examId(TestClient trainer, String prefix) {
    for (Object o : trainer.get("/api/exams").json().getJsonArray("exams")) {
      JsonObject e = (JsonObject) o;
      if (e.getString("title").startsWith(prefix)) {
        return e.getString("id");
      }
    }
    throw new AssertionError("no exam titled " + prefix);
  }
}
