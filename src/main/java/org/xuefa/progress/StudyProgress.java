package org.xuefa.progress;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xuefa.content.Topic;
import org.xuefa.content.TopicLibrary;
import org.xuefa.law.KnownStatutes;
import org.xuefa.report.Report;
import org.xuefa.report.SectionAddress;

/**
 * One person's study progress: topics and report sections read out of all there are (with what is
 * left), and statute articles read per law.
 */
public record StudyProgress(
    String username, List<Item> topicsRead, List<Item> topicsUnread, List<Item> sectionsRead,
    List<Item> sectionsUnread, List<LawCount> laws) {

  /** A topic or report section: its id, what people call it, where it is. */
  public record Item(String id, String title, String context, String url) {}

  /** Articles read in one statute; {@code articles} is 0 for a statute the table does not know. */
  public record LawCount(String slug, String title, int read, int articles, String url) {
    /** Whether the number of articles is known (the page then shows "3 / 143"). */
    public boolean known() {
      return articles > 0;
    }
  }

  static StudyProgress of(String username, Report report, TopicLibrary topics, Set<String> sections,
      Set<String> topicSlugs, Set<String> lawItems) {
    List<Item> topicsRead = new ArrayList<>();
    List<Item> topicsUnread = new ArrayList<>();
    for (Topic t : topics.all()) {
      Item item = new Item(t.slug(), t.title(), t.summary(), t.url());
      (topicSlugs.contains(t.slug()) ? topicsRead : topicsUnread).add(item);
    }
    List<Item> sectionsRead = new ArrayList<>();
    List<Item> sectionsUnread = new ArrayList<>();
    for (SectionAddress s : report.sections()) {
      Item item = new Item(s.id(), s.heading(), s.part().heading(), s.url());
      (sections.contains(s.id()) ? sectionsRead : sectionsUnread).add(item);
    }
    return new StudyProgress(username, topicsRead, topicsUnread, sectionsRead, sectionsUnread, lawCounts(lawItems));
  }

  /** Known statutes in their usual order first, then any imported later, each with its count of articles read. */
  private static List<LawCount> lawCounts(Set<String> lawItems) {
    Map<String, Integer> bySlug = new LinkedHashMap<>();
    for (String item : lawItems) {
      int colon = item.lastIndexOf(':');
      if (colon > 0) {
        bySlug.merge(item.substring(0, colon), 1, Integer::sum);
      }
    }
    List<LawCount> out = new ArrayList<>();
    for (KnownStatutes.Statute t : KnownStatutes.all()) {
      Integer n = bySlug.remove(t.slug());
      if (n != null) {
        out.add(new LawCount(t.slug(), t.shortName(), n, t.articles(), "/laws/" + t.slug()));
      }
    }
    bySlug.forEach((slug, n) -> out.add(new LawCount(slug, slug, n, 0, "/laws/" + slug)));
    return out;
  }

  public int topicsTotal() {
    return topicsRead.size() + topicsUnread.size();
  }

  public int sectionsTotal() {
    return sectionsRead.size() + sectionsUnread.size();
  }

  public int articlesRead() {
    return laws.stream().mapToInt(LawCount::read).sum();
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("username", username)
        .put("topics", new JsonObject().put("total", topicsTotal()).put("readCount", topicsRead.size())
            .put("read", items(topicsRead, "slug")).put("unread", items(topicsUnread, "slug")))
        .put("report", new JsonObject().put("total", sectionsTotal()).put("readCount", sectionsRead.size())
            .put("read", items(sectionsRead, "id")).put("unread", items(sectionsUnread, "id")))
        .put("laws", new JsonObject().put("readCount", articlesRead()).put("byLaw", new JsonArray(laws.stream()
            .map(l -> new JsonObject().put("slug", l.slug()).put("title", l.title()).put("read", l.read())
                .put("articles", l.articles()).put("url", l.url()))
            .toList())));
  }

  private static JsonArray items(List<Item> items, String idField) {
    return new JsonArray(items.stream()
        .map(i -> new JsonObject().put(idField, i.id()).put("title", i.title()).put("url", i.url()))
        .toList());
  }
}
