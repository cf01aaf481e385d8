package org.xuefa.exam;

import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xuefa.question.QuestionType;

/**
 * What saving an answer needs to know of recently used attempts (owner, each question's type and
 * option keys, status, deadline), so that a save is one update with no read before it. Safe across
 * nodes: owner and paper never change once drawn; status and deadline are re-read from the small
 * state document every few seconds, and a deadline kept can only be too early (deadlines move later,
 * never earlier) — an answer that looks late is checked against the store before it is refused.
 */
final class PaperCache {

  /** The small part of an attempt a save is validated against. */
  record Entry(String username, String status, long deadline, Map<String, QuestionType> types,
      Map<String, String> keys, int paperSize, long loadedAt) {

    boolean inProgress() {
      return Attempt.IN_PROGRESS.equals(status);
    }

    boolean fresh(long now) {
      return now - loadedAt < FRESH_MILLIS;
    }

    static Entry of(Attempt a, long now) {
      Map<String, QuestionType> types = new HashMap<>();
      Map<String, String> keys = new HashMap<>();
      for (PaperQuestion q : a.paper()) {
        types.put(q.id(), q.type());
        keys.put(q.id(), PaperQuestion.KEYS.substring(0, q.options().size()));
      }
      return new Entry(a.username(), a.status(), a.deadline(), types, keys, a.paper().size(), now);
    }
  }

  private static final int LIMIT = 10_000;
  /** A trainer's extra time (or a close on another node) reaches this node within this long. */
  static final long FRESH_MILLIS = 5_000;

  private final Map<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > LIMIT;
    }
  };

  synchronized Entry get(String attemptId) {
    return entries.get(attemptId);
  }

  synchronized Entry put(Attempt a, long now) {
    Entry e = Entry.of(a, now);
    entries.put(a.id(), e);
    return e;
  }

  /** The same paper with the status and deadline just read from the attempt's state document. */
  synchronized Entry refresh(String attemptId, Entry old, JsonObject state, long now) {
    Entry e = new Entry(old.username(), state.getString("status"), state.getLong("deadline"), old.types(),
        old.keys(), old.paperSize(), now);
    entries.put(attemptId, e);
    return e;
  }

  synchronized void remove(String attemptId) {
    entries.remove(attemptId);
  }
}
