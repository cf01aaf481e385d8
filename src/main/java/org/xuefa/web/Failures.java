package org.xuefa.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.store.Store;
import org.xuefa.store.StoreErrors;
import org.xuefa.tabular.ImportRejected;

/**
 * Turns every failure into an answer a person can act on: JSON {"error": …} for the API, an error
 * page for browsers; never a stack trace. Unexpected failures are logged with their cause.
 */
public final class Failures implements Handler<RoutingContext> {

  private static final Logger log = LoggerFactory.getLogger(Failures.class);

  private final Store store;
  private final Pages pages;

  public Failures(Store store, Pages pages) {
    this.store = store;
    this.pages = pages;
  }

  /** How often a page that met a 503 asks again. */
  static final int RETRY_SECONDS = 5;

  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    int status = ctx.statusCode();
    String message;
    JsonArray rows = null;
    if (failure instanceof HttpFailure hf) {
      status = hf.status();
      message = hf.getMessage();
      if (hf instanceof TooManyRequests t) {
        ctx.response().putHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
      }
    } else if (failure instanceof ImportRejected ir) {
      status = 400;
      message = ir.getMessage();
      rows = new JsonArray(ir.errors().stream()
          .map(e -> new JsonObject().put("line", e.line()).put("reason", e.reason())).toList());
    } else if (failure instanceof DecodeException) {
      status = 400;
      message = "请求体不是有效的 JSON";
    } else if (failure != null && StoreErrors.isUnavailable(failure)) {
      store.reportFailure(failure);
      status = 503;
      message = HttpFailure.unavailable().getMessage();
    } else if (failure != null && ctx.response().ended()) {
      // e.g. the rest of an upload over the limit arriving after its 413: the answer stands, no error to report
      log.debug("{} {} failed after its answer was sent: {}", ctx.request().method(), ctx.request().path(),
          failure.toString());
      return;
    } else if (failure != null) {
      status = 500;
      message = "服务器内部错误，请稍后再试（已记录）";
      log.error("{} {} failed", ctx.request().method(), ctx.request().path(), failure);
    } else {
      message = messageFor(status);
    }
    if (ctx.response().ended() || ctx.response().headWritten()) {
      return;
    }
    if (wantsHtml(ctx)) {
      boolean retry = status == 503 && ctx.request().method() == HttpMethod.GET;
      if (retry) {
        // the page asks again by itself: whoever was sent here (an exam page at its deadline, say)
        // arrives where they were going once the store is back, instead of staying on this page
        ctx.response().putHeader("Retry-After", Integer.toString(RETRY_SECONDS))
            .putHeader("Refresh", Integer.toString(RETRY_SECONDS));
      }
      Map<String, Object> model = new HashMap<>(Map.of("status", status, "message", message));
      if (retry) {
        model.put("retrySeconds", RETRY_SECONDS);
      }
      pages.send(ctx, status, "error", "出错了", model);
      return;
    }
    JsonObject body = new JsonObject().put("error", message);
    if (rows != null) {
      body.put("rows", rows);
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(body.encode());
  }

  private static String messageFor(int status) {
    return switch (status) {
      case 400 -> "请求无效";
      case 401 -> "请先登录";
      case 403 -> "没有权限";
      case 404 -> "没有这个页面或资源";
      case 405 -> "不支持此请求方法";
      case 413 -> "请求内容过大";
      case 415 -> "不支持的内容类型";
      default -> status >= 500 ? "服务器暂时无法处理请求" : "请求无法处理";
    };
  }

  /** Browsers asking for pages get HTML; API clients and scripts get JSON. */
  public static boolean wantsHtml(RoutingContext ctx) {
    String path = ctx.request().path();
    if (path.startsWith("/api/") || path.equals("/health") || path.equals("/api")) {
      return false;
    }
    String accept = ctx.request().getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }
}
