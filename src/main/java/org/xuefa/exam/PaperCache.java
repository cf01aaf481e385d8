package org.xuefa.exam;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xuefa.question.QuestionType;

/**
 * What saving an answer needs to know of recently used attempts (owner, deadline, each question's
 * type and option keys), so that a save is one update with no read before it. Safe across nodes:
 * owner and paper never change once drawn, and the deadline kept can only be too early (deadlines
 * move later, never earlier) — an answer that looks late is checked against the store before it is refused.
 */
final class PaperCache {

  /** The small part of an attempt a save is validated against. */
  record Entry(String username, String status, long deadline, Map<String, QuestionType> types,
      Map<String, String> keys, long loadedAt) {

    boolean inProgress() {
      return Attempt.IN_PROGRESS.equals(status);
    }

    static Entry of(Attempt a, long now) {
      Map<String, QuestionType> types = new HashMap<>();
      Map<String, String> keys = new HashMap<>();
      for (PaperQuestion q : a.paper()) {
        types.put(q.id(), q.type());
        keys.put(q.id(), PaperQuestion.KEYS.substring(0, q.options().size()));
      }
      return new Entry(a.username(), a.status(), a.deadline(), types, keys, now);
    }
  }

  private static final int LIMIT = 10_000;
  /** A trainer's extra time reaches a node's countdowns within this long. */
  private static final long FRESH_MILLIS = 10_000;

  private final Map<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > LIMIT;
    }
  };

  synchronized Entry get(String attemptId, long now) {
    Entry e = entries.get(attemptId);
    return e != null && now - e.loadedAt() < FRESH_MILLIS ? e : null;
  }

  /** Keeps attempts in progress; a closed one is answered but not kept. */
  synchronized Entry put(Attempt a, long now) {
    Entry e = Entry.of(a, now);
    if (e.inProgress()) {
      entries.put(a.id(), e);
    } else {
      entries.remove(a.id());
    }
    return e;
  }

  synchronized void remove(String attemptId) {
    entries.remove(attemptId);
  }
}
