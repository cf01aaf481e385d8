package org.xuefa.law;

import org.xuefa.store.ContentVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.config.Config;
import org.xuefa.server.Services;
import org.xuefa.store.Store;
import org.xuefa.testing.TestServer;

/** Imports into the real embedded store: counts, replacement by version, change detection, whole-batch rejection. */
class LawImportServiceTest {

  @TempDir
  static Path dir;
  static Vertx vertx;
  static Store store;
  static Services services;
  static final List<LawImported> heard = new CopyOnWriteArrayList<>();
  static LawImportService.Result first;

  @BeforeAll
  static void importEverything() {
    vertx = Vertx.vertx();
    Config config = TestServer.config(dir.resolve("data"), Map.of());
    store = Store.connect(vertx, config).await();
    services = Services.create(vertx, config, store);
    services.lawEvents().subscribe(e -> {
      heard.add(e);
      return Future.succeededFuture();
    });
    // A broken listener must not spoil the import for the others.
    services.lawEvents().subscribe(e -> {
      throw new IllegalStateException("listener bug");
    });
    first = services.lawImport().importFiles(Statutes.files().stream().map(LawImportServiceTest::source).toList())
        .await();
  }

  @AfterAll
  static void stop() {
    store.close().await();
    vertx.close().await();
  }

  static LawSource source(Path file) {
    try {
      return new LawSource(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LawSource source(String fileName, List<String> lines) {
    return new LawSource(fileName, Statutes.join(lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyStatuteImportsWithItsExactArticleCount() {
    Map<String, Integer> imported = first.laws().stream()
        .collect(Collectors.toMap(LawImported::slug, LawImported::articleCount));
    assertEquals(Statutes.ARTICLES, imported);
    assertTrue(first.laws().stream().allMatch(e -> e.added() && e.changedArticles().isEmpty()));
    assertTrue(first.contentVersion() >= 1);

    List<LawSummary> listed = services.laws().list().await();
    assertEquals(Statutes.ARTICLES, listed.stream().collect(Collectors.toMap(LawSummary::slug, LawSummary::articleCount)));
    assertEquals("constitution", listed.get(0).slug(), "the constitution leads the list");
    assertEquals("civil-code.md", listed.get(1).sourceFile());
    assertTrue(heard.stream().map(LawImported::slug).toList().containsAll(Statutes.ARTICLES.keySet()));
  }

  @Test
  void articlesAreReadBackWithLabelPathAndText() {
    LawArticle a = services.laws().article("civil-code", 1042).await().orElseThrow();
    assertEquals("第一千零四十二条", a.article().label());
    assertEquals(List.of("第五编 婚姻家庭", "第一章 一般规定"), a.article().path());
    assertTrue(a.article().text().startsWith("禁止包办、买卖婚姻"), a.article().text());
    assertEquals("中华人民共和国民法典", a.law().title());
    assertTrue(services.laws().article("civil-code", 1261).await().isEmpty());
    assertTrue(services.laws().article("no-such-law", 1).await().isEmpty());

    List<Article> all = services.laws().allArticles("constitution").await();
    assertEquals(143, all.size());
    assertEquals(1, all.get(0).number());
    assertEquals(143, all.get(142).number());
    StoredLaw constitution = services.laws().find("constitution").await().orElseThrow();
    assertFalse(constitution.preamble().isEmpty(), "the constitution keeps its 序言");
    assertEquals(Statutes.parse("constitution").headings(), constitution.headings());
  }

  @Test
  void reimportReplacesTheLawAndNamesChangedAndRemovedArticles() {
    String slug = "state-compensation-law";
    List<String> lines = Statutes.lines(slug);
    int third = Statutes.indexOf(lines, "第三条 ");
    lines.set(third, lines.get(third) + "（测试修改）");
    lines.remove(Statutes.indexOf(lines, "第四十二条 "));
    long versionBefore = services.laws().find(slug).await().orElseThrow().version();

    LawImportService.Result altered = services.lawImport().importFiles(List.of(source(slug + ".md", lines))).await();
    LawImported event = altered.laws().get(0);
    assertEquals(new LawImported(slug, "中华人民共和国国家赔偿法", 41, List.of(3), List.of(42), false), event);
    assertTrue(altered.contentVersion() > first.contentVersion());
    StoredLaw law = services.laws().find(slug).await().orElseThrow();
    assertEquals(41, law.articleCount());
    assertTrue(law.version() > versionBefore);
    assertTrue(services.laws().article(slug, 3).await().orElseThrow().article().text().contains("（测试修改）"));
    assertTrue(services.laws().article(slug, 42).await().isEmpty());
    assertEquals(41, storedArticles(slug), "the old version's articles are gone");

    LawImported back = services.lawImport().importFiles(List.of(source(Statutes.file(slug)))).await().laws().get(0);
    assertEquals(List.of(3, 42), back.changedArticles());
    assertEquals(List.of(), back.removedArticles());
    assertEquals(42, storedArticles(slug));
    assertTrue(heard.contains(event), "listeners heard the re-import");
  }

  @Test
  void aBrokenFileRejectsTheWholeBatchAndChangesNothing() {
    String goodSlug = "administrative-coercion-law";
    List<String> good = Statutes.lines(goodSlug);
    int i = Statutes.indexOf(good, "第五条 ");
    good.set(i, good.get(i) + "（不应写入）");
    List<String> broken = Statutes.lines("civil-servant-law");
    int gap = Statutes.indexOf(broken, "第十二条 ");
    broken.set(gap, broken.get(gap).replace("第十二条", "第十三条"));
    long versionBefore = services.laws().find(goodSlug).await().orElseThrow().version();
    long contentBefore = new ContentVersion(store.mongo()).current().await();

    LawImportRejected e = assertThrows(LawImportRejected.class, () -> services.lawImport()
        .importFiles(List.of(source(goodSlug + ".md", good), source("civil-servant-law.md", broken))).await());
    assertEquals(List.of("civil-servant-law.md：第 " + (gap + 1) + " 行：条文编号不连续，应为第十二条，实为第十三条"),
        e.problems());
    assertEquals(versionBefore, services.laws().find(goodSlug).await().orElseThrow().version());
    assertFalse(services.laws().article(goodSlug, 5).await().orElseThrow().article().text().contains("不应写入"));
    assertEquals(contentBefore, new ContentVersion(store.mongo()).current().await());
  }

  @Test
  void twoFilesForOneLawAndAnEmptyBatchAreRejected() {
    LawSource one = source(Statutes.file("state-compensation-law"));
    LawSource again = new LawSource("dir/State_Compensation-Law.md".replace('_', '-'), one.bytes());
    LawImportRejected twice = assertThrows(LawImportRejected.class,
        () -> services.lawImport().importFiles(List.of(one, again)).await());
    assertTrue(twice.problems().get(0).startsWith("State-Compensation-Law.md：与 state-compensation-law.md"),
        twice.problems().toString());
    assertThrows(LawImportRejected.class, () -> services.lawImport().importFiles(List.of()).await());
  }

  @Test
  void twoImportsOfOneLawAtOnceLeaveOneWholeVersion() {
    String slug = "major-administrative-decision-regulation";
    List<String> marked = Statutes.lines(slug);
    int third = Statutes.indexOf(marked, "第三条 ");
    marked.set(third, marked.get(third) + "（版本甲）");
    List<String> shorter = Statutes.lines(slug);
    shorter.remove(Statutes.indexOf(shorter, "第四十四条 "));

    try {
      Future<LawImportService.Result> a = services.lawImport().importFiles(List.of(source(slug + ".md", marked)));
      Future<LawImportService.Result> b = services.lawImport().importFiles(List.of(source(slug + ".md", shorter)));
      Future.join(a, b).otherwiseEmpty().await();
      assertTrue(a.succeeded() || b.succeeded(), "at least the later version wins");

      StoredLaw law = services.laws().find(slug).await().orElseThrow();
      boolean marker = services.laws().article(slug, 3).await().orElseThrow().article().text().contains("（版本甲）");
      assertEquals(law.articleCount() == 44, marker, "the articles belong to the version the law points at");
      assertEquals(law.articleCount(), storedArticles(slug), "no article of the other version is left");
    } finally {
      services.lawImport().importFiles(List.of(source(Statutes.file(slug)))).await();
    }
  }

  private static long storedArticles(String slug) {
    return store.mongo().count(LawRepository.ARTICLES, new JsonObject().put("slug", slug)).await();
  }
}
