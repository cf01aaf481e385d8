package org.xuefa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuefa.content.TopicFiles.TopicFile;
import org.xuefa.law.KnownStatutes;
import org.xuefa.law.Law;
import org.xuefa.law.LawParser;
import org.xuefa.report.Report;
import org.xuefa.report.ReportParser;

class TopicLibraryTest {

  private static final Report REPORT = ReportParser.loadDefault();
  private static final TopicLibrary LIBRARY = TopicLibrary.load(REPORT);

  @Test
  void loadsEveryTopicFileInListOrder() {
    List<Topic> all = LIBRARY.all();
    assertEquals(10, all.size());
    assertEquals("pre-meeting-study", all.get(0).slug());
    assertEquals("会前学法", all.get(0).title());
    assertEquals("/topics/pre-meeting-study", all.get(0).url());
    assertTrue(all.get(0).tags().contains("常务会议"));
    assertEquals("constitution-oath", all.get(1).slug());
  }

  @Test
  void everyRenderedTopicHasItsLinksRewrittenAndNoRawSchemes() {
    for (Topic t : LIBRARY.all()) {
      String html = LIBRARY.html(t.slug());
      assertTrue(html.contains("<h2>"), t.slug());
      assertFalse(html.contains("href=\"report:"), t.slug());
      assertFalse(html.contains("href=\"law:"), t.slug());
      assertTrue(html.contains("href=\"/report?p="), t.slug());
      assertTrue(html.contains("href=\"/laws/"), t.slug());
      assertFalse(html.toLowerCase().contains("<script"), t.slug());
      assertFalse(t.plainText().contains("report:"), t.slug());
      assertFalse(t.plainText().contains("##"), t.slug());
      assertTrue(t.plainText().contains("学习要点"), t.slug());
    }
  }

  @Test
  void everyReportSourceResolvesAgainstTheParsedReport() {
    for (Topic t : LIBRARY.all()) {
      assertFalse(t.sources().isEmpty(), t.slug());
      for (String s : t.sources()) {
        Ref ref = Ref.parse(s).orElseThrow();
        if (ref instanceof Ref.ReportRef r) {
          assertTrue(REPORT.paragraph(r.paragraphId()).isPresent(), t.slug() + " " + s);
        }
      }
    }
  }

  /** The load-time table only knows article counts; this checks every cited article against the statute itself. */
  @Test
  void everyLawSourceNamesAnArticleOfTheSharedStatute() throws Exception {
    Map<String, Law> laws = new HashMap<>();
    Path dir = Path.of(System.getProperty("xuefa.laws.dir", "../shared/laws"));
    int checked = 0;
    for (Topic t : LIBRARY.all()) {
      for (String s : t.sources()) {
        if (Ref.parse(s).orElseThrow() instanceof Ref.LawRef l) {
          Law law = laws.computeIfAbsent(l.slug(), slug -> parse(dir.resolve(slug + ".md")));
          assertTrue(law.article(l.number()).isPresent(), t.slug() + " " + s);
          assertEquals(law.articleCount(), KnownStatutes.bySlug(l.slug()).orElseThrow().articles(), l.slug());
          checked++;
        }
      }
    }
    assertTrue(checked > 50, "law refs checked: " + checked);
  }

  @Test
  void sourcesCarryReadableLabels() {
    List<TopicLibrary.SourceLink> links = LIBRARY.sources("pre-meeting-study");
    TopicLibrary.SourceLink first = links.get(0);
    assertEquals("report:8-2-1", first.ref());
    assertTrue(first.label().startsWith("工作报告 ¶8-2-1 "), first.label());
    assertEquals("/report?p=8-2-1#p8-2-1", first.url());
    TopicLibrary.SourceLink law = links.stream().filter(l -> l.ref().equals("law:constitution:27")).findFirst()
        .orElseThrow();
    assertEquals("《宪法》第二十七条", law.label());
    assertEquals("/laws/constitution/27", law.url());
  }

  @Test
  void rejectsAReportRefThatDoesNotExistNamingTheFile() {
    TopicFile bad = topic("ghost.md", "ghost", "[report:99-1-1]", "见[某段](report:99-1-1)。");
    TopicFormatException e = assertThrows(TopicFormatException.class,
        () -> TopicLibrary.of(List.of(bad), REPORT));
    assertTrue(e.getMessage().startsWith("content/topics/ghost.md"), e.getMessage());
    assertTrue(e.getMessage().contains("report:99-1-1"), e.getMessage());
  }

  @Test
  void rejectsAnArticleBeyondTheStatute() {
    TopicFile bad = topic("big.md", "big", "[law:constitution:144]", "见[条文](law:constitution:144)。");
    TopicFormatException e = assertThrows(TopicFormatException.class, () -> TopicLibrary.of(List.of(bad), REPORT));
    assertTrue(e.getMessage().contains("law:constitution:144"), e.getMessage());
  }

  @Test
  void rejectsABodyRefMissingFromSources() {
    TopicFile bad = topic("extra.md", "extra", "[report:2-2-1]", "见[一](report:2-2-1)和[二](report:2-2-2)。");
    TopicFormatException e = assertThrows(TopicFormatException.class, () -> TopicLibrary.of(List.of(bad), REPORT));
    assertTrue(e.getMessage().contains("report:2-2-2"), e.getMessage());
  }

  @Test
  void rejectsASlugThatIsNotTheFileName() {
    TopicFile bad = topic("one.md", "two", "[report:2-2-1]", "见[一](report:2-2-1)。");
    TopicFormatException e = assertThrows(TopicFormatException.class, () -> TopicLibrary.of(List.of(bad), REPORT));
    assertTrue(e.getMessage().startsWith("content/topics/one.md"), e.getMessage());
  }

  @Test
  void acceptsAWellFormedTopic() {
    TopicLibrary lib = TopicLibrary.of(
        List.of(topic("ok.md", "ok", "[report:2-2-1, law:civil-code:1042]", "见[一](report:2-2-1)、[二](law:civil-code:1042)。")),
        REPORT);
    assertEquals(List.of("report:2-2-1", "law:civil-code:1042"), lib.find("ok").orElseThrow().sources());
    assertEquals("《民法典》第一千零四十二条", lib.sources("ok").get(1).label());
    assertTrue(lib.find("nope").isEmpty());
  }

  @Test
  void listsTopicsFromInsideAJar(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path jar = tmp.resolve("content.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      for (String dir : List.of("content/", "content/topics/")) {
        out.putNextEntry(new java.util.jar.JarEntry(dir));
        out.closeEntry();
      }
      out.putNextEntry(new java.util.jar.JarEntry("content/topics/a.md"));
      out.write("---\ntitle: 甲\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new java.util.jar.JarEntry("content/topics/notes.txt"));
      out.closeEntry();
    }
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
      List<TopicFile> files = TopicFiles.fromClasspath(loader, TopicFiles.FOLDER);
      assertEquals(List.of("a.md"), files.stream().map(TopicFile::name).toList());
      assertTrue(files.get(0).text().contains("title: 甲"));
    }
  }

  private static TopicFile topic(String file, String slug, String sources, String body) {
    return new TopicFile(file, "---\ntitle: 测试\nslug: " + slug + "\nsummary: 一句话\ntags: [测试]\nsources: "
        + sources + "\norder: 1\n---\n\n## 概述\n\n" + body + "\n");
  }

  private static Law parse(Path file) {
    try {
      return LawParser.parse(file);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }
}
