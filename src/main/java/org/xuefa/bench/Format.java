package org.xuefa.bench;

import java.util.Locale;

/** Number formatting for the results table: milliseconds, rates and sizes that read well in Markdown. */
final class Format {

  private Format() {}

  /** Nanoseconds as milliseconds: one decimal below 10 ms, whole numbers above. */
  static String ms(long nanos) {
    double ms = nanos / 1e6;
    return ms < 10 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%,.0f", ms);
  }

  static String rate(double perSecond) {
    return perSecond < 10 ? String.format(Locale.ROOT, "%.1f", perSecond) : String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", Math.round(bytes / (1024.0 * 1024.0)));
  }

  static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024.0 * 1024.0));
  }

  /** A ratio as "12.3×" (one decimal below 100). */
  static String times(double ratio) {
    return ratio < 100 ? String.format(Locale.ROOT, "%.1f×", ratio) : String.format(Locale.ROOT, "%,.0f×", ratio);
  }
}
