package org.xuefa.search;

import io.vertx.core.Future;
import java.util.List;
import org.xuefa.content.Topic;
import org.xuefa.content.TopicLibrary;

/**
 * The study topics. They summarise what the report and the statutes say, so they weigh a little
 * less than the passage that states the fact itself.
 */
public final class TopicSearchSource implements SearchSource {

  public static final String TYPE = "topic";
  static final float WEIGHT = 0.6f;

  private final List<SearchDoc> docs;

  public TopicSearchSource(TopicLibrary topics) {
    this.docs = topics.all().stream().map(TopicSearchSource::of).toList();
  }

  /** Tags the text already says are left out: a keyword would count them a second time. */
  static SearchDoc of(Topic t) {
    String text = t.plainText();
    List<String> keywords = t.tags().stream().filter(tag -> !text.contains(tag)).toList();
    return new SearchDoc("topic:" + t.slug(), TYPE, t.title(), t.url(), text, "学习专题 › " + t.title(),
        keywords, WEIGHT);
  }

  @Override
  public String name() {
    return TYPE;
  }

  @Override
  public Future<List<SearchDoc>> docs() {
    return Future.succeededFuture(docs);
  }
}
