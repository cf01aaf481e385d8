package org.xuefa.search;

/**
 * The document weight of a statute article by the rank of its source (效力位阶): the Constitution
 * over laws over State Council regulations, so that on a subject several sources share, the
 * higher one leads.
 */
public final class LawRank {

  public static final float CONSTITUTION = 1.3f;
  public static final float LAW = 1.0f;
  public static final float REGULATION = 0.9f;

  private LawRank() {}

  /** The weight for a statute file's slug ("constitution", "civil-code", "…-regulation"). */
  public static float boost(String slug) {
    if ("constitution".equals(slug)) {
      return CONSTITUTION;
    }
    return slug != null && slug.endsWith("-regulation") ? REGULATION : LAW;
  }
}
