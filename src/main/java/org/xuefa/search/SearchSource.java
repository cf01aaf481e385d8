package org.xuefa.search;

import io.vertx.core.Future;
import java.util.List;

/** A kind of content the index is built from (report, topics, statutes, questions …), read afresh at each rebuild. */
public interface SearchSource {

  String name();

  Future<List<SearchDoc>> docs();
}
