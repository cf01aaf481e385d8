package org.xuefa.exam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Instants as the API writes them (ISO-8601 UTC) and as people read them (Beijing time). */
public final class Times {

  /** Where the city is: forms without a zone mean this time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZONE);

  private Times() {}

  public static String iso(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis).toString();
  }

  public static String local(Long millis) {
    return millis == null ? "" : LOCAL.format(Instant.ofEpochMilli(millis));
  }

  public static String day(Long millis) {
    return millis == null ? "" : DAY.format(Instant.ofEpochMilli(millis));
  }

  /** Reads "2026-12-01T00:00:00Z", "2026-12-01T08:00:00+08:00" or a form's "2026-12-01T08:00" (Beijing time). */
  public static Optional<Long> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    try {
      return Optional.of(java.time.OffsetDateTime.parse(t).toInstant().toEpochMilli());
    } catch (DateTimeParseException e) {
      // not with an offset: try the forms' local date-time next
    }
    try {
      return Optional.of(Instant.parse(t).toEpochMilli());
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(LocalDateTime.parse(t).atZone(ZONE).toInstant().toEpochMilli());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Seconds left until the deadline, rounded up, never negative. */
  public static long remainingSeconds(long deadline, long now) {
    return Math.max(0, (deadline - now + 999) / 1000);
  }
}
