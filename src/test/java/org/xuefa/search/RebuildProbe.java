package org.xuefa.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.xuefa.law.LawSource;
import org.xuefa.law.LawSummary;
import org.xuefa.server.Services;
import org.xuefa.testing.TestServer;

/** Times the parts of a search index rebuild on a real server with every statute imported; a tool, not a test. */
final class RebuildProbe {

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  private RebuildProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("xuefa-rebuild-probe");
    TestServer server = TestServer.start(dir);
    try {
      Services s = server.server().services();
      List<LawSource> sources = new ArrayList<>();
      try (var files = Files.list(TestLaws.folder())) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
            .sorted().toList()) {
          sources.add(new LawSource(f.getFileName().toString(), Files.readAllBytes(f)));
        }
      }
      long t = System.nanoTime();
      s.lawImport().importFiles(sources).await();
      ms("import all statutes", t);
      for (int round = 0; round < Integer.parseInt(args.length > 0 ? args[0] : "2"); round++) {
        System.out.println("--- round " + round);
        t = System.nanoTime();
        List<LawSummary> list = s.laws().list().await();
        ms("laws.list()", t);
        int articles = 0;
        long all = System.nanoTime();
        for (LawSummary law : list) {
          t = System.nanoTime();
          int n = s.laws().allArticles(law.slug()).await().size();
          articles += n;
          ms("  allArticles(" + law.slug() + ") " + n, t);
        }
        ms("allArticles, one law after another, " + articles + " articles", all);
        t = System.nanoTime();
        List<SearchDoc> lawDocs = new LawSearchSource(s.laws()).docs().await();
        ms("LawSearchSource.docs() (laws in parallel) " + lawDocs.size(), t);
        t = System.nanoTime();
        List<SearchDoc> questionDocs = new QuestionSearchSource(s.questions().bank()).docs().await();
        ms("QuestionSearchSource.docs() " + questionDocs.size(), t);
        List<SearchDoc> docs = new ArrayList<>(new ReportSearchSource(s.report()).docs().await());
        docs.addAll(new TopicSearchSource(s.topics()).docs().await());
        docs.addAll(lawDocs);
        docs.addAll(questionDocs);
        t = System.nanoTime();
        try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
          ms("open an empty in-memory index (vocabulary, analyzers)", t);
          t = System.nanoTime();
          long cpu = CPU.getCurrentThreadCpuTime();
          index.replaceAll(docs);
          ms("replaceAll " + docs.size() + " in memory (analysis, commit, refresh, re-ranking copy), CPU "
              + (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms", t);
          t = System.nanoTime();
          ms("sync of the same " + index.sync(docs) + " written", t);
        }
        Path fs = Files.createTempDirectory(dir, "fs");
        try (SearchIndex index = SearchIndex.open(fs)) {
          t = System.nanoTime();
          index.replaceAll(docs);
          ms("replaceAll " + docs.size() + " on disk (FSDirectory, fsync)", t);
        }
        for (int again = 0; again < 2; again++) {
          t = System.nanoTime();
          int n = s.search().rebuild().await();
          ms("SearchService.rebuild() end to end, " + n + " passages", t);
        }
      }
    } finally {
      server.close();
    }
  }

  private static void ms(String what, long since) {
    System.out.printf("%8.0f ms  %s%n", (System.nanoTime() - since) / 1e6, what);
  }
}
