package org.xuefa.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.xuefa.report.ReportParser;

/**
 * Benchmark, not a test: indexes the report and every statute of a folder into an on-disk index,
 * then times a query set with and without snippets.
 *
 * <p>Usage: {@code xuefa bench search LAWS_DIR [RESULT_FILE] [ROUNDS]} (or this class's main).
 */
public final class SearchBench {

  private static final List<String> BASE = List.of(
      "宪法宣誓", "会前学法", "无证明城市", "权责清单", "行政争议化解成功率", "调解员", "民法典清理",
      "民意直通车", "最多跑一次", "容缺受理", "双随机", "失信被执行人", "排污许可证", "食品违法案件",
      "法律援助案件", "规范性文件清理", "法治副校长", "依法治校示范校", "旁听制度", "羊绒产业园", "检察建议",
      "乱收费举报", "负面清单", "新闻发言人", "重大行政决策目录", "劳动仲裁", "执法证件换发", "三项制度",
      "一窗受理怎么办事", "法制审核人员多少", "调委会有多少个", "信访案件化解了吗", "会前学法多少次",
      "宪法宣誓多少人", "权力清单有多少项", "营业执照多久能拿到", "政府机构多少个", "行政执法证件怎么换发",
      "憲法宣誓", "會前學法", "權責清單", "民意直通車", "行政複議申請多少件", "執法證件換發", "市长热线",
      "老赖", "奇葩证明", "学法用法", "霸王条款", "格式条款", "霸王條款", "行政复议收费吗", "行政復議收費嗎",
      "正当防卫", "正當防衛", "离婚冷静期", "高空抛物", "彩礼", "居住权", "紧急避险", "高利贷", "狗咬人",
      "诉讼时效多久", "家暴", "宪法宣誓誓词是什么", "行政处罚决定书", "国家赔偿标准", "政务处分种类",
      "公务员辞职", "听证程序", "行政强制执行", "查封扣押", "重大行政决策程序", "行政许可期限");

  private static final int WARM_UP = 10;

  private SearchBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: SearchBench LAWS_DIR [RESULT_FILE] [ROUNDS]");
      System.exit(2);
    }
    Path laws = Paths.get(args[0]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    List<SearchDoc> docs = new ArrayList<>(ReportSearchDocs.of(ReportParser.loadDefault()));
    docs.addAll(statuteDocs(laws));
    List<String> queries = queries();
    Path dir = Files.createTempDirectory("xuefa-bench-index");
    StringBuilder out = new StringBuilder();
    try (SearchIndex index = SearchIndex.open(dir)) {
      long t0 = System.nanoTime();
      index.replaceAll(docs);
      double buildMs = (System.nanoTime() - t0) / 1e6;
      line(out, "folder    %s", ScriptFolder.best().name());
      line(out, "docs      %d (report 52 + statute articles %d)", index.docCount(), docs.size() - 52);
      line(out, "build     %.0f ms (FSDirectory, commit + refresh included)", buildMs);
      line(out, "queries   %d distinct, %d warm-up rounds, %d measured rounds", queries.size(), WARM_UP, rounds);
      for (int i = 0; i < WARM_UP; i++) {
        run(index, queries, true, null);
        run(index, queries, false, null);
      }
      // the three modes take turns round by round, so background load hits them alike
      long[][] measured = new long[3][queries.size() * rounds];
      long[] cpu = new long[queries.size() * rounds];
      for (int r = 0; r < rounds; r++) {
        int at = r * queries.size();
        System.arraycopy(run(index, queries, true, null), 0, measured[0], at, queries.size());
        System.arraycopy(run(index, queries, false, null), 0, measured[1], at, queries.size());
        System.arraycopy(run(index, queries, true, "law"), 0, measured[2], at, queries.size());
        System.arraycopy(cpu(index, queries), 0, cpu, at, queries.size());
      }
      report(out, "with snippets   ", measured[0]);
      report(out, "without snippets", measured[1]);
      report(out, "type=law filter ", measured[2]);
      // on a shared machine wall time counts the waits for a core; the thread's own CPU time does not
      report(out, "CPU time, snips ", cpu);
      long s0 = System.nanoTime();
      int n = 0;
      for (int r = 0; r < rounds; r++) {
        for (String q : queries) {
          index.suggest(q.substring(0, Math.min(2, q.length())), 10);
          n++;
        }
      }
      line(out, "suggest          mean %.3f ms", (System.nanoTime() - s0) / 1e6 / n);
    } finally {
      deleteTree(dir);
    }
    System.out.print(out);
    if (args.length > 1) {
      Files.writeString(Paths.get(args[1]), out.toString(), StandardCharsets.UTF_8);
    }
  }

  /** Every statute of the folder, parsed by the real parser and converted as the server does. */
  public static List<SearchDoc> statuteDocs(Path folder) throws IOException {
    List<SearchDoc> docs = new ArrayList<>();
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        if (!f.getFileName().toString().equals("README.md")) {
          try {
            org.xuefa.law.Law law = org.xuefa.law.LawParser.parse(f);
            docs.addAll(LawSearchSource.docsOf(law.slug(), law.title(), law.articles()));
          } catch (org.xuefa.law.LawFormatException e) {
            throw new IOException(f.getFileName() + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return docs;
  }

  /** The base set, each also asked as a question and with a trailing particle. */
  private static List<String> queries() {
    List<String> q = new ArrayList<>(BASE);
    BASE.forEach(b -> q.add(b + "是什么"));
    BASE.forEach(b -> q.add("请问" + b + "吗"));
    return q;
  }

  private static long[] run(SearchIndex index, List<String> queries, boolean snippets, String type)
      throws IOException {
    long[] nanos = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      SearchQuery q = SearchQuery.of(queries.get(i)).withType(type);
      if (!snippets) {
        q = q.withoutSnippets();
      }
      long t = System.nanoTime();
      index.search(q);
      nanos[i] = System.nanoTime() - t;
    }
    return nanos;
  }

  /** Per query, the searching thread's CPU time (with snippets); 0s where the JVM cannot measure it. */
  private static long[] cpu(SearchIndex index, List<String> queries) throws IOException {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] nanos = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long t = threads.getCurrentThreadCpuTime();
      index.search(SearchQuery.of(queries.get(i)));
      nanos[i] = Math.max(0, threads.getCurrentThreadCpuTime() - t);
    }
    return nanos;
  }

  private static void report(StringBuilder out, String label, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    line(out, "%s p50 %.3f ms  p99 %.3f ms  max %.3f ms  (n=%d)", label,
        s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6, s[s.length - 1] / 1e6, s.length);
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
