package org.xuefa.search;
import java.util.*;
import java.nio.file.*;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.xuefa.report.ReportParser;
public class Scratch {
  public static void main(String[] a) throws Exception {
    List<SearchDoc> docs = new ArrayList<>(ReportSearchDocs.of(ReportParser.loadDefault()));
    docs.addAll(TestLaws.readAll(Paths.get("/work/shared/laws")));
    try (SearchIndex idx = new SearchIndex(new ByteBuffersDirectory())) {
      idx.replaceAll(docs);
      int fail = 0;
      for (String line : Files.readAllLines(Paths.get(a[0]))) {
        if (line.isBlank()) continue;
        String[] p = line.split("\\|");
        String q = p[0].strip(), type = p[1].strip(), exp = p[2].strip();
        SearchResult r = idx.search(new SearchQuery(q, type.equals("all") ? null : type, 3, 0, false));
        boolean ok = !r.hits().isEmpty() && r.hits().get(0).id().equals(exp);
        if (!ok) fail++;
        StringBuilder sb = new StringBuilder();
        for (SearchHit h : r.hits()) sb.append(String.format(" %s(%.1f)", h.id(), h.score()));
        System.out.println((ok ? "ok   " : "FAIL ") + q + " [" + type + "] → " + exp + " :" + sb);
      }
      System.out.println("failures " + fail);
    }
  }
}
