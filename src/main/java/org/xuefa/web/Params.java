package org.xuefa.web;

import io.vertx.ext.web.RoutingContext;

/** Query parameters read with bounds; anything out of range is a 400 that says which and why. */
public final class Params {

  private Params() {}

  public static int integer(RoutingContext ctx, String name, int dflt, int min, int max) {
    String v = ctx.request().getParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < min || n > max) {
        throw HttpFailure.badRequest("参数 " + name + " 必须在 " + min + " 到 " + max + " 之间");
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpFailure.badRequest("参数 " + name + " 必须是整数");
    }
  }

  public static String text(RoutingContext ctx, String name, int maxLength) {
    String v = ctx.request().getParam(name);
    if (v == null) {
      return "";
    }
    if (v.length() > maxLength) {
      throw HttpFailure.badRequest("参数 " + name + " 过长（最多 " + maxLength + " 个字符）");
    }
    return v.strip();
  }

  /** A value the person sent, cut to 20 characters, for repeating it in a message. */
  public static String echo(String sent) {
    return sent.length() > 20 ? sent.substring(0, 20) + "…" : sent;
  }

  /** A redirect target from a form or link, kept on this site so a login cannot bounce elsewhere. */
  public static String localPath(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
      return "/";
    }
    return next;
  }

  public static String clientAddress(RoutingContext ctx) {
    return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
  }
}
