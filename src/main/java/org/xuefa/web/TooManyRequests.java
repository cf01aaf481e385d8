package org.xuefa.web;

/** 429 with the number of seconds after which trying again makes sense. */
public class TooManyRequests extends HttpFailure {

  private final long retryAfterSeconds;

  public TooManyRequests(String message, long retryAfterSeconds) {
    super(429, message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
