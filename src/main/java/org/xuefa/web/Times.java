package org.xuefa.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as people in the city read them (2024-05-01 14:30, Beijing time); the store keeps epoch milliseconds. */
public final class Times {

  /** The city's clock. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  private Times() {}

  public static String minute(long epochMillis) {
    return MINUTE.format(Instant.ofEpochMilli(epochMillis));
  }
}
