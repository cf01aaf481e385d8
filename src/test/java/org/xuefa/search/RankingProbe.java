package org.xuefa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.xuefa.report.ReportParser;

/**
 * A tool for tuning, not a test: with query arguments, prints their top hits over the whole
 * library; without, prints the hit rates of the ranking cases and of the older relevance cases
 * over the corpora their tests use.
 */
final class RankingProbe {

  private RankingProbe() {}

  // the older cases, copied from ReportSearchTest (report only), LawSearchTest (laws + report + a
  // topic, type law) and StatuteSearchTest (the server corpus, with a type filter)
  private static final String[] REPORT_CASES = {
      "宪法宣誓|1-2-1", "会前学法|8-2-1", "无证明城市|2-2-4", "权责清单|2-3-1",
      "行政争议化解成功率|7-3-1", "调解员|7-4-1", "民法典清理|3-2-1", "民意直通车|6-4-1",
      "最多跑一次|2-2-2", "容缺受理|2-2-2", "双随机|2-4-1", "失信被执行人|2-4-1",
      "排污许可证|2-7-1", "食品违法案件|2-5-1", "法律援助案件|2-6-1", "规范性文件清理|3-2-1",
      "法治副校长|8-3-1", "依法治校示范校|8-3-1", "旁听制度|4-2-1", "羊绒产业园|4-3-1",
      "检察建议|6-2-1", "乱收费举报|2-3-3", "负面清单|2-3-2", "新闻发言人|6-5-1",
      "重大行政决策目录|11-1-1", "劳动仲裁|7-3-2", "执法证件换发|5-4-1", "三项制度|5-2-1",
      "一窗受理怎么办事|2-2-2", "法制审核人员多少|5-2-1", "调委会有多少个|7-4-1",
      "信访案件化解了吗|7-5-1", "会前学法多少次|8-2-1", "宪法宣誓多少人|1-2-1",
      "权力清单有多少项|2-3-1", "营业执照多久能拿到|2-2-2", "政府机构多少个|1-3-1",
      "行政执法证件怎么换发|5-4-1", "憲法宣誓|1-2-1", "會前學法|8-2-1", "權責清單|2-3-1", "民意直通車|6-4-1",
      "行政複議申請多少件|7-2-1", "執法證件換發|5-4-1", "市长热线|6-4-1", "老赖|2-4-1", "奇葩证明|2-2-4",
      "学法用法|8-2-1"};
  private static final String[] LAW_CASES = {
      "霸王条款|civil-code:496", "格式条款|civil-code:496", "霸王條款|civil-code:496",
      "行政复议收费吗|administrative-reconsideration-law:87",
      "行政復議收費嗎|administrative-reconsideration-law:87",
      "正当防卫|civil-code:181", "正當防衛|civil-code:181", "离婚冷静期|civil-code:1077",
      "宪法宣誓|constitution:27", "高空抛物|civil-code:1254", "彩礼|civil-code:1042",
      "居住权|civil-code:366", "紧急避险|civil-code:182", "高利贷|civil-code:680",
      "狗咬人|civil-code:1245", "诉讼时效多久|civil-code:188", "家暴|civil-code:1042"};
  private static final String[] SERVER_CASES = {
      "霸王条款|law|law:civil-code:496", "格式条款|law|law:civil-code:496",
      "行政复议收费吗|law|law:administrative-reconsideration-law:87", "正当防卫|law|law:civil-code:181",
      "离婚冷静期|law|law:civil-code:1077", "宪法宣誓|law|law:constitution:27", "宪法宣誓|report|report:1-2-1",
      "一窗受理怎么办事|report|report:2-2-2", "會前學法|report|report:8-2-1",
      "会前学法|topic|topic:pre-meeting-study"};

  public static void main(String[] args) throws IOException {
    List<SearchDoc> docs = WholeCorpus.docs();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (SearchIndex index = new SearchIndex(dir)) {
      index.replaceAll(docs);
      if (args.length > 0) {
        org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir);
        TextNormalizer n = TextNormalizer.standard();
        java.util.Map<String, String> paths = new java.util.HashMap<>();
        docs.forEach(d -> paths.put(d.id(), d.path()));
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        docs.forEach(d -> titles.put(d.id(), d.title()));
        QueryPlanner planner = new QueryPlanner(new ChineseAnalyzers(n), QueryVocabulary.load(n), n);
        for (String q : args) {
          if (q.startsWith("@")) {
            String[] p = q.substring(1).split("=", 2);
            List<String> all = index.search(SearchQuery.of(p[0]).withPage(100, 0).withoutSnippets()).ids();
            System.out.println("rank of " + p[1] + " for " + p[0] + ": " + (all.indexOf(p[1]) + 1));
            continue;
          }
          SearchResult r = index.search(SearchQuery.of(q).withPage(6, 0).withoutSnippets());
          QueryPlan plan = planner.plan(q);
          List<Float> weights = ConceptWeights.of(plan, reader, new ChineseAnalyzers(n));
          SentenceRescorer rescorer = new SentenceRescorer(plan, weights);
          System.out.println("== " + q + "  units " + plan.units().stream().map(u -> u.text() + "/" + u.weight()
              + (u.defining() ? "d" : "")).toList() + "  concepts " + plan.concepts().stream()
              .map(c -> c.forms() + (c.answer() == null ? "" : "+@")).toList() + " " + weights);
          for (SearchHit h : r.hits()) {
            String t = h.text().replace('\n', ' ');
            float f = rescorer.factor(RescorePassage.of(n.normalize(h.text()), n.normalize(titles.get(h.id())),
                n.normalize(paths.get(h.id())), 1f));
            System.out.printf("  %-44s %8.3f = %7.3f x %.2f  %s%n", h.id(), h.score(), h.score() / f, f,
                t.substring(0, Math.min(50, t.length())));
          }
        }
        return;
      }
      for (String file : List.of("search/ranking-cases.txt", "search/held-out-cases.txt")) {
      int first = 0;
      int top3 = 0;
      List<RankingCasesTest.Case> cases = RankingCasesTest.cases(file);
      for (RankingCasesTest.Case c : cases) {
        List<String> ids = index.search(SearchQuery.of(c.query()).withPage(3, 0).withoutSnippets()).ids();
        int rank = -1;
        for (int i = 0; i < ids.size() && rank < 0; i++) {
          rank = c.expected().contains(ids.get(i)) ? i + 1 : -1;
        }
        first += rank == 1 ? 1 : 0;
        top3 += rank >= 1 ? 1 : 0;
        if (rank != 1) {
          System.out.printf("  MISS %s → %s (rank %s) got %s%n", c.query(), c.expected().get(0), rank < 0 ? ">3" : rank, ids);
        }
      }
      System.out.printf(Locale.ROOT, "NEW %s %d cases: rank 1 %d (%.1f%%), top 3 %d (%.1f%%)%n", file, cases.size(),
          first, 100.0 * first / cases.size(), top3, 100.0 * top3 / cases.size());
      }
      int ok = 0;
      for (String c : SERVER_CASES) {
        String[] p = c.split("\\|");
        List<String> ids = index.search(SearchQuery.of(p[0]).withType(p[1]).withPage(3, 0).withoutSnippets()).ids();
        ok += check(p[0] + " [" + p[1] + "]", ids, p[2]);
      }
      System.out.printf("OLD server cases %d/%d%n", ok, SERVER_CASES.length);
    }
    try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
      index.replaceAll(ReportSearchDocs.of(ReportParser.loadDefault()));
      int ok = 0;
      for (String c : REPORT_CASES) {
        String[] p = c.split("\\|");
        ok += check(p[0], index.search(SearchQuery.of(p[0]).withPage(3, 0).withoutSnippets()).ids(), "report:" + p[1]);
      }
      System.out.printf("OLD report cases %d/%d%n", ok, REPORT_CASES.length);
    }
    try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
      List<SearchDoc> lawDocs = new ArrayList<>(TestLaws.readAll(TestLaws.folder()));
      lawDocs.addAll(ReportSearchDocs.of(ReportParser.loadDefault()));
      index.replaceAll(lawDocs);
      int ok = 0;
      for (String c : LAW_CASES) {
        String[] p = c.split("\\|");
        ok += check(p[0], index.search(SearchQuery.of(p[0]).withType("law").withPage(3, 0).withoutSnippets()).ids(),
            "law:" + p[1]);
      }
      System.out.printf("OLD law cases %d/%d%n", ok, LAW_CASES.length);
    }
  }

  private static int check(String q, List<String> ids, String expected) {
    if (!ids.isEmpty() && ids.get(0).equals(expected)) {
      return 1;
    }
    System.out.printf("  OLD MISS %s → %s got %s%n", q, expected, ids);
    return 0;
  }
}
