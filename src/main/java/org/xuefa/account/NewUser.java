package org.xuefa.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.xuefa.web.HttpFailure;

/** A validated request to create an account; the constructor refuses what cannot be stored. */
public record NewUser(String username, String name, Role role, String unit, String password, boolean sample) {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{1,31}");
  public static final int MIN_PASSWORD = 8;
  public static final int MAX_PASSWORD = 128;

  public NewUser {
    username = normalizeUsername(username);
    if (!USERNAME.matcher(username).matches()) {
      throw HttpFailure.badRequest("用户名须为 2–32 位字母、数字或 _ . -，以字母或数字开头");
    }
    name = name == null || name.isBlank() ? username : name.strip();
    if (name.length() > 40) {
      throw HttpFailure.badRequest("姓名最多 40 个字符");
    }
    unit = unit == null ? "" : unit.strip();
    if (unit.isEmpty() || unit.length() > 60) {
      throw HttpFailure.badRequest("请填写单位（最多 60 个字符）");
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      throw HttpFailure.badRequest("密码至少 " + MIN_PASSWORD + " 位");
    }
    if (password.length() > MAX_PASSWORD) {
      throw HttpFailure.badRequest("密码最多 " + MAX_PASSWORD + " 位");
    }
  }

  public static String normalizeUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Parses the role or refuses with the list of valid ones. */
  public static Role role(String text) {
    return Role.parse(text).orElseThrow(() ->
        HttpFailure.badRequest("未知角色“" + text + "”：应为 learner（学员）、trainer（培训管理员）或 admin（系统管理员）"));
  }
}
