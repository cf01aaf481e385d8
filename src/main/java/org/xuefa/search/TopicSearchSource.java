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
  static final float WEIGHT = 0.8f;

  private final List<SearchDoc> docs;

  public TopicSearchSource(TopicLibrary topics) {
    this.docs = topics.all().stream().map(TopicSearchSource::of).toList();
  }

  static SearchDoc of(Topic t) {
    return new SearchDoc("topic:" + t.slug(), TYPE, t.title(), t.url(), t.plainText(), "学习专题 › " + t.title(),
        t.tags(), WEIGHT);
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
