package org.xuefa.search;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;
import org.xuefa.web.Params;
import org.xuefa.web.Respond;

/** The one search box: GET /api/search, GET /api/suggest and the /search page, all open without login. */
public final class SearchRoutes {

  /** The kinds of passage and what people call them, in the order the facet bar shows them. */
  static final Map<String, String> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("report", "工作报告");
    TYPES.put("topic", "学习专题");
    TYPES.put("law", "法律法规");
    TYPES.put("question", "练习题");
    TYPES.put("responsibility", "责任清单");
  }

  static final int MAX_QUERY = 200;
  static final int PAGE_SIZE = 10;

  private final SearchService search;
  private final Pages pages;

  public SearchRoutes(SearchService search, Pages pages) {
    this.search = search;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/api/search").handler(this::api);
    router.get("/api/suggest").handler(this::suggest);
    router.get("/search").handler(this::page);
  }

  private void api(RoutingContext ctx) {
    SearchQuery query = query(ctx, Params.integer(ctx, "limit", SearchQuery.DEFAULT_LIMIT, 1, SearchQuery.MAX_LIMIT),
        Params.integer(ctx, "offset", 0, 0, SearchQuery.MAX_OFFSET));
    Respond.json(ctx, search.search(query).map(SearchRoutes::toJson));
  }

  private void suggest(RoutingContext ctx) {
    String q = Params.text(ctx, "q", MAX_QUERY);
    int limit = Params.integer(ctx, "limit", 8, 1, 20);
    Respond.json(ctx, (q.isEmpty() ? io.vertx.core.Future.succeededFuture(List.<String>of()) : search.suggest(q, limit))
        .map(list -> new JsonObject().put("query", q).put("suggestions", new JsonArray(list))));
  }

  private void page(RoutingContext ctx) {
    int page = Params.integer(ctx, "page", 1, 1, SearchQuery.MAX_OFFSET / PAGE_SIZE);
    SearchQuery query = query(ctx, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    if (query.q().isBlank()) {
      pages.send(ctx, "search/search", "搜索", Map.of("types", facetModel(Map.of(), null, "")));
      return;
    }
    search.search(query).onSuccess(result -> {
      Map<String, Object> model = new HashMap<>();
      model.put("q", query.q());
      model.put("total", result.total());
      model.put("hits", result.hits().stream().map(h -> Map.of("title", h.title(), "url", h.url(),
          "snippet", h.snippet(), "typeLabel", TYPES.getOrDefault(h.type(), h.type()))).toList());
      model.put("types", facetModel(result.facets(), query.type(), query.q()));
      model.put("noHits", result.hits().isEmpty());
      int pagesTotal = (int) Math.ceil(result.total() / (double) PAGE_SIZE);
      String typeParam = query.type() == null ? "" : "&type=" + query.type();
      String base = "/search?q=" + java.net.URLEncoder.encode(query.q(), java.nio.charset.StandardCharsets.UTF_8) + typeParam;
      if (page > 1) {
        model.put("prev", base + "&page=" + (page - 1));
      }
      if (page < pagesTotal && page * PAGE_SIZE < SearchQuery.MAX_OFFSET) {
        model.put("next", base + "&page=" + (page + 1));
      }
      model.put("page", page);
      model.put("pages", Math.max(1, pagesTotal));
      pages.send(ctx, "search/search", query.q() + " · 搜索", model);
    }).onFailure(ctx::fail);
  }

  private static SearchQuery query(RoutingContext ctx, int limit, int offset) {
    String q = Params.text(ctx, "q", MAX_QUERY);
    String type = Params.text(ctx, "type", 40);
    if (!type.isEmpty() && !TYPES.containsKey(type)) {
      throw HttpFailure.badRequest("未知的类型“" + type + "”：可选 " + String.join("、", TYPES.keySet()));
    }
    return new SearchQuery(q, type.isEmpty() ? null : type, limit, offset, true);
  }

  private static List<Map<String, Object>> facetModel(Map<String, Integer> facets, String current, String q) {
    List<Map<String, Object>> out = new ArrayList<>();
    String enc = java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    out.add(Map.of("label", "全部", "count", facets.values().stream().mapToInt(Integer::intValue).sum(),
        "href", "/search?q=" + enc, "active", current == null));
    TYPES.forEach((type, label) -> out.add(Map.of("label", label, "count", facets.getOrDefault(type, 0),
        "href", "/search?q=" + enc + "&type=" + type, "active", type.equals(current))));
    return out;
  }

  static JsonObject toJson(SearchResult r) {
    JsonObject facets = new JsonObject();
    r.facets().forEach(facets::put);
    return new JsonObject().put("query", r.query()).put("total", r.total())
        .put("hits", new JsonArray(r.hits().stream().map(h -> new JsonObject().put("id", h.id()).put("type", h.type())
            .put("title", h.title()).put("url", h.url()).put("snippet", h.snippet()).put("text", h.text())
            .put("score", h.score())).toList()))
        .put("facets", facets);
  }
}
