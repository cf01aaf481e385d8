package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.IndexOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.store.BulkQueue;
import org.xuefa.store.ByIdReads;
import org.xuefa.store.StoreErrors;

/**
 * The {@code answer_sheets} collection: the answers of an attempt in progress, spread over a few small
 * documents of about ten questions each ({@code _id} = attempt id + ":" + sheet number, {@code open},
 * and per question {@code a_QID} [KEYS] and {@code t_QID} ms). The fields are flat on purpose: the
 * embedded store runs a dotted update path ({@code a.QID}) through regular expressions it compiles anew
 * for every update — a fifth of the server's allocation on the answer path. A save rewrites one small sheet, not a document that
 * grows with the paper; a close freezes a handful of sheets, not one document per question. Which sheet
 * holds a question follows from its id and the paper's size alone, so every node agrees.
 *
 * <p>Exactly-once grading rests on {@code open}: a save is an upsert on {_id, open: true} (a unique
 * compound index, so the embedded store finds it by key); a close first freezes every sheet of the paper
 * with an upsert on {_id} setting {@code open: false} — written on or not — and only then reads the
 * answers it grades. A save after the freeze finds no open sheet, its insert collides with the frozen
 * {@code _id}, and it is refused; a save before it is in what the close reads.
 */
final class AnswerSheets {

  static final String COLLECTION = "answer_sheets";
  static final int QUESTIONS_PER_SHEET = 10;

  private AnswerSheets() {}

  static Future<Void> ensureIndexes(MongoClient mongo) {
    return mongo.createIndexWithOptions(COLLECTION, new JsonObject().put("_id", 1).put("open", 1),
        new IndexOptions().unique(true));
  }

  static int sheets(int paperSize) {
    return Math.max(1, (paperSize + QUESTIONS_PER_SHEET - 1) / QUESTIONS_PER_SHEET);
  }

  /** String.hashCode is fixed by the language, so the same on every node and after every restart. */
  static String sheetId(String attemptId, String questionId, int paperSize) {
    return attemptId + ":" + Math.floorMod(questionId.hashCode(), sheets(paperSize));
  }

  static JsonObject openSheet(String sheetId) {
    return new JsonObject().put("_id", sheetId).put("open", true);
  }

  private static final String ANSWER = "a_";
  private static final String STAMP = "t_";

  /** Question ids are letters, digits, '-' and '_' (QuestionRules), so they are safe as field names. */
  static JsonObject set(String questionId, List<String> choice, long now) {
    return new JsonObject().put("$set", new JsonObject().put(ANSWER + questionId, new JsonArray(choice))
        .put(STAMP + questionId, now));
  }

  /**
   * Every sheet frozen (created frozen when never written on), then the answers read. The freezes go
   * through {@code freezes}, a queue on this collection, so that a burst of closes freezes its sheets
   * in a few bulk writes.
   */
  static Future<Map<String, List<String>>> freeze(BulkQueue freezes, ByIdReads reads, String attemptId,
      int paperSize) {
    return freeze(freezes, reads, attemptId, paperSize, 3);
  }

  private static Future<Map<String, List<String>>> freeze(BulkQueue freezes, ByIdReads reads, String attemptId,
      int paperSize, int retries) {
    List<Future<Void>> frozen = new ArrayList<>();
    for (String id : sheetIds(attemptId, paperSize)) {
      frozen.add(freezes.add(BulkOperation.createUpdate(new JsonObject().put("_id", id),
          new JsonObject().put("$set", new JsonObject().put("open", false)), true, false)));
    }
    return Future.all(frozen)
        .<Void>mapEmpty()
        // on a replica set a save's upsert and ours may race to create the same sheet: the loser's
        // insert collides (failing the rest of its bulk too); freezing again then finds the sheet
        .recover(e -> retries > 0 && StoreErrors.isDuplicateKey(e)
            ? freeze(freezes, reads, attemptId, paperSize, retries - 1).mapEmpty() : Future.failedFuture(e))
        .compose(v -> read(reads, attemptId, paperSize));
  }

  /** The saved answers; a cleared answer is there as an empty choice, so that it hides an older one. */
  static Future<Map<String, List<String>>> read(ByIdReads reads, String attemptId, int paperSize) {
    return reads.getAll(sheetIds(attemptId, paperSize)).map(docs -> {
      Map<String, List<String>> answers = new HashMap<>();
      for (JsonObject d : docs) {
        d.forEach(e -> {
          if (e.getKey().startsWith(ANSWER) && e.getValue() instanceof JsonArray choice) {
            answers.put(e.getKey().substring(ANSWER.length()), choice.stream().map(String::valueOf).toList());
          }
        });
      }
      return answers;
    });
  }

  /** These sheets, by id (those that exist). */
  static Future<Map<String, JsonObject>> sheets(ByIdReads reads, List<String> sheetIds) {
    return reads.getAll(sheetIds).map(docs -> {
      Map<String, JsonObject> out = new HashMap<>();
      docs.forEach(d -> out.put(d.getString("_id"), d));
      return out;
    });
  }

  /** When the question was last answered on this sheet; -1 when it was not. */
  static long stamp(JsonObject sheet, String questionId) {
    return sheet == null ? -1L : sheet.getLong(STAMP + questionId, -1L);
  }

  private static List<String> sheetIds(String attemptId, int paperSize) {
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < sheets(paperSize); k++) {
      ids.add(attemptId + ":" + k);
    }
    return ids;
  }
}
