package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;

/**
 * NoSQL operator injection in every field of every JSON route: each field of a valid body replaced by
 * {"$gt":""}, {"$ne":null} and ["$where"], and a "$set", "$where" or dotted name added at the top;
 * each answer is a 400 with a message, and the store is unchanged afterwards. The valid bodies are
 * then sent as they are and accepted, which proves that the 400s came from the injected parts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorInjectionTest {

  @TempDir
  static Path dir;
  static JsonRoutes routes;

  @BeforeAll
  static void start() {
    routes = JsonRoutes.start(dir);
  }

  @AfterAll
  static void stop() {
    routes.close();
  }

  /** The operator-shaped stand-ins for a field's value. */
  static List<Object> operators() {
    return List.of(new JsonObject().put("$gt", ""), new JsonObject().put("$ne", null), new JsonArray().add("$where"));
  }

  /** Fields added at the top level of a valid body. */
  static Map<String, Object> addedNames() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$set", new JsonObject().put("role", "admin"));
    m.put("a.b", 1);
    m.put("$where", "sleep(1000)");
    m.put("profile", new JsonObject().put("$gt", ""));
    return m;
  }

  @Test
  @Order(1)
  void everyJsonRouteIsCovered() {
    assertTrue(routes.missing().isEmpty(), "JSON routes the injection test does not walk: " + routes.missing());
  }

  @Test
  @Order(2)
  void operatorsInAnyFieldAre400AndChangeNothing() {
    String before = SecurityFixture.snapshot(routes.server);
    List<String> wrong = new ArrayList<>();
    for (JsonRoutes.JsonRoute r : JsonRoutes.all()) {
      List<JsonObject> attacks = new ArrayList<>();
      for (String field : r.body().fieldNames()) {
        for (Object op : operators()) {
          attacks.add(r.body().copy().put(field, op));
        }
      }
      addedNames().forEach((name, value) -> attacks.add(r.body().copy().put(name, value)));
      for (JsonObject attack : attacks) {
        TestClient.Response res = routes.send(r, attack);
        String error = res.status() == 400 && res.header("Content-Type").startsWith("application/json")
            ? res.json().getString("error") : null;
        if (error == null || error.isBlank() || error.contains("Exception")) {
          wrong.add(r.route() + " " + attack.encode() + " → " + res.status() + " " + res.body());
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertEquals(before, SecurityFixture.snapshot(routes.server), "a refused body changed the store");
  }

  @Test
  @Order(3)
  void theValidBodiesAreAccepted() {
    for (JsonRoutes.JsonRoute r : JsonRoutes.all()) {
      TestClient.Response res = routes.send(r, r.body());
      assertTrue(res.status() == 200 || res.status() == 201, r.route() + " → " + res.status() + " " + res.body());
    }
  }
}
