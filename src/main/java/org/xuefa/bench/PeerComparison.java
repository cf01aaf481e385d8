package org.xuefa.bench;

import java.util.Optional;

/**
 * The figures issue 5 compares against: a popular open-source Spring Boot exam system measured on the
 * same kind of machine, and how many times Xuefa's run did better.
 */
public final class PeerComparison {

  static final double PEER_FETCHES_PER_SECOND = 130;
  static final double PEER_SUBMITS_LOW = 340;
  static final double PEER_SUBMITS_HIGH = 420;
  static final double PEER_P99_LOW_MS = 400;
  static final double PEER_P99_HIGH_MS = 2000;
  static final long PEER_MEMORY_BYTES = (long) (1.9 * 1024 * 1024 * 1024);

  static final String PEER = "the Spring Boot exam system (same kind of machine: ~130 paper fetches/s, 340–420 submits/s, "
      + "p99 0.4–2 s, 1.9 GiB)";

  private PeerComparison() {}

  /** One sentence: each of our figures beside the peer's, with the ratio. */
  public static String line(LoadResult r) {
    StringBuilder sb = new StringBuilder("Compared with " + PEER + ":");
    r.stats(Operation.FETCH).ifPresent(f -> sb.append(" paper fetches ").append(Format.rate(f.perSecond()))
        .append("/s (").append(Format.times(f.perSecond() / PEER_FETCHES_PER_SECOND))
        .append(better(f.perSecond() / PEER_FETCHES_PER_SECOND, "faster", "the peer's rate")).append(");"));
    r.stats(Operation.SUBMIT).ifPresent(s -> sb.append(" submits ").append(Format.rate(s.perSecond()))
        .append("/s (").append(range(s.perSecond() / PEER_SUBMITS_HIGH, s.perSecond() / PEER_SUBMITS_LOW))
        .append(better(s.perSecond() / PEER_SUBMITS_HIGH, "faster", "the peer's rate")).append(");"));
    worstP99(r).ifPresent(p99 -> {
      double ms = Math.max(p99 / 1e6, 0.001);
      sb.append(" worst p99 of fetch and submit ").append(Format.ms(p99)).append(" ms (")
          .append(range(PEER_P99_LOW_MS / ms, PEER_P99_HIGH_MS / ms))
          .append(better(PEER_P99_LOW_MS / ms, "lower", "the peer's")).append(");");
    });
    r.serverRssBytes().filter(b -> b > 0).ifPresent(b -> sb.append(" memory ").append(Format.mib(b)).append(" (")
        .append(Format.times((double) PEER_MEMORY_BYTES / b))
        .append(better((double) PEER_MEMORY_BYTES / b, "less", "the peer's")).append(");"));
    sb.setCharAt(sb.length() - 1, '.');
    return sb.toString();
  }

  static Optional<Long> worstP99(LoadResult r) {
    return r.operations().stream()
        .filter(s -> s.operation() == Operation.FETCH || s.operation() == Operation.SUBMIT)
        .map(OperationStats::p99Nanos).max(Long::compare);
  }

  /** "faster" when we did better; where we did not, the ratio is said plainly as a fraction of the peer's. */
  private static String better(double ratio, String word, String fraction) {
    return ratio >= 1 ? " " + word : " of " + fraction + ", worse";
  }

  private static String range(double low, double high) {
    String a = Format.times(low);
    String b = Format.times(high);
    return a.equals(b) ? a : a.substring(0, a.length() - 1) + "–" + b;
  }
}
