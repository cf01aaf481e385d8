package org.xuefa.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xuefa.tabular.Csv;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.tabular.RowError;
import org.xuefa.tabular.Table;
import org.xuefa.tabular.TableFormatException;
import org.xuefa.web.HttpFailure;

/**
 * Reads a user list (用户名, 姓名, 角色, 单位, 密码) and validates every row before anything is
 * written. A row without a password gets a generated one, shown once to the admin.
 */
public final class UserCsvImport {

  public static final String TEMPLATE = "\uFEFF用户名,姓名,角色,单位,密码\r\n"
      + "zhangsan,张三（样例）,学员,市司法局,\r\n"
      + "lisi,李四（样例）,培训管理员,市行政审批局,\r\n";
  static final int MAX_ROWS = 5000;

  /** A validated row; {@code generated} tells whether the password was made up here. */
  public record Row(int line, NewUser user, boolean generated) {}

  private UserCsvImport() {}

  public static List<Row> parse(byte[] bytes) {
    Table table;
    try {
      table = Csv.read(bytes);
    } catch (TableFormatException e) {
      throw new ImportRejected(List.of(new RowError(e.line(), e.getMessage())));
    }
    Optional<String> user = table.column("用户名", "账号", "username");
    Optional<String> name = table.column("姓名", "name");
    Optional<String> role = table.column("角色", "role");
    Optional<String> unit = table.column("单位", "所在单位", "unit");
    Optional<String> password = table.column("密码", "初始密码", "password");
    if (user.isEmpty() || role.isEmpty() || unit.isEmpty()) {
      throw new ImportRejected(List.of(new RowError(1, "表头须包含：用户名、角色、单位（可选：姓名、密码）")));
    }
    if (table.rows().isEmpty()) {
      throw new ImportRejected(List.of(new RowError(2, "文件中没有数据行")));
    }
    if (table.rows().size() > MAX_ROWS) {
      throw new ImportRejected(List.of(new RowError(MAX_ROWS + 2, "一次最多导入 " + MAX_ROWS + " 行")));
    }
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Table.Row r : table.rows()) {
      try {
        String pw = password.map(r::get).orElse("");
        boolean generated = pw.isEmpty();
        NewUser nu = new NewUser(r.get(user.get()), name.map(r::get).orElse(""), NewUser.role(r.get(role.get())),
            r.get(unit.get()), generated ? Tokens.readablePassword() : pw, false);
        if (!seen.add(nu.username())) {
          errors.add(new RowError(r.line(), "用户名“" + nu.username() + "”在文件中重复"));
          continue;
        }
        rows.add(new Row(r.line(), nu, generated));
      } catch (HttpFailure e) {
        errors.add(new RowError(r.line(), e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejected(errors);
    }
    return rows;
  }
}
