package org.xuefa.web;

/** An outcome a person must hear about: an HTTP status and a message they can act on (Chinese, no internals). */
public class HttpFailure extends RuntimeException {

  private final int status;

  public HttpFailure(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static HttpFailure badRequest(String message) {
    return new HttpFailure(400, message);
  }

  public static HttpFailure unauthorized() {
    return new HttpFailure(401, "请先登录");
  }

  public static HttpFailure forbidden(String message) {
    return new HttpFailure(403, message);
  }

  public static HttpFailure notFound(String message) {
    return new HttpFailure(404, message);
  }

  public static HttpFailure conflict(String message) {
    return new HttpFailure(409, message);
  }

  public static HttpFailure unavailable() {
    return new HttpFailure(503, "数据存储暂时无法访问，请稍后重试；已保存的数据不会丢失");
  }
}
