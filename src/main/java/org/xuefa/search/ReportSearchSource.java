package org.xuefa.search;

import io.vertx.core.Future;
import java.util.List;
import org.xuefa.report.ReportParser;

/** The city's report, paragraph by paragraph; it ships with the program, so it is parsed once. */
public final class ReportSearchSource implements SearchSource {

  private final List<SearchDoc> docs = ReportSearchDocs.of(ReportParser.loadDefault());

  @Override
  public String name() {
    return "report";
  }

  @Override
  public Future<List<SearchDoc>> docs() {
    return Future.succeededFuture(docs);
  }
}
