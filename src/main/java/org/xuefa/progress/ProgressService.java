package org.xuefa.progress;

import io.vertx.core.Future;
import io.vertx.ext.mongo.MongoClient;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xuefa.account.SessionUser;
import org.xuefa.content.TopicLibrary;
import org.xuefa.report.Report;
import org.xuefa.web.ReadingRecorder;

/**
 * Records what a person opens (report sections, topics, statute articles) and tells them what they
 * have read and what is left. Only a person's own progress is ever read here.
 */
public final class ProgressService implements ReadingRecorder {

  private static final Pattern LAW_ITEM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}:[1-9]\\d{0,4}");
  private static final List<String> KINDS = List.of(REPORT, TOPIC, LAW);

  private final ProgressRepository repository;
  private final Report report;
  private final TopicLibrary topics;

  public ProgressService(MongoClient mongo, Report report, TopicLibrary topics) {
    this.repository = new ProgressRepository(mongo);
    this.report = report;
    this.topics = topics;
  }

  /** Counts a reading; an unknown kind, section or topic, or a malformed article id, is refused. */
  @Override
  public Future<Void> record(SessionUser user, String kind, String id) {
    if (user == null) {
      return Future.failedFuture(new IllegalArgumentException("no user to record reading for"));
    }
    if (!valid(kind, id)) {
      return Future.failedFuture(new IllegalArgumentException("not a readable item: " + kind + " " + id));
    }
    return repository.record(user.username(), kind, id, System.currentTimeMillis());
  }

  /** The person's reading against everything there is to read. */
  public Future<StudyProgress> of(SessionUser user) {
    return repository.readIds(user.username(), KINDS)
        .map(read -> StudyProgress.of(user.username(), report, topics, read.get(REPORT), read.get(TOPIC),
            read.get(LAW)));
  }

  /** The ids of one kind the person has read (section ids, topic slugs or "slug:n"), for marking pages. */
  public Future<Set<String>> readIds(SessionUser user, String kind) {
    return repository.readIds(user.username(), List.of(kind)).map(read -> read.get(kind));
  }

  boolean valid(String kind, String id) {
    if (kind == null || id == null) {
      return false;
    }
    return switch (kind) {
      case REPORT -> report.section(id).isPresent();
      case TOPIC -> topics.find(id).isPresent();
      case LAW -> LAW_ITEM.matcher(id).matches();
      default -> false;
    };
  }
}
