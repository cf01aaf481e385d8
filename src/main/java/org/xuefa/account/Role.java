package org.xuefa.account;

import java.util.Arrays;
import java.util.Optional;

/** What a person may do: study and take exams, run training for units, or administer the system. */
public enum Role {
  LEARNER("learner", "学员"),
  TRAINER("trainer", "培训管理员"),
  ADMIN("admin", "系统管理员");

  private final String code;
  private final String label;

  Role(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Accepts the code (learner), the Chinese label (学员) or a common synonym (学习者, 管理员). */
  public static Optional<Role> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    Optional<Role> exact = Arrays.stream(values())
        .filter(r -> r.code.equalsIgnoreCase(t) || r.label.equals(t))
        .findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return switch (t) {
      case "学习者", "学习人员", "考生" -> Optional.of(LEARNER);
      case "培训员", "培训管理", "教员" -> Optional.of(TRAINER);
      case "管理员" -> Optional.of(ADMIN);
      default -> Optional.empty();
    };
  }

  /** Admins can do everything a trainer can; trainers everything a learner can see. */
  public boolean atLeast(Role other) {
    return ordinal() >= other.ordinal();
  }
}
