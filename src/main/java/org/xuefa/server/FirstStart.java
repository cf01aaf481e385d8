package org.xuefa.server;

import io.vertx.core.Future;
import java.io.PrintStream;
import java.util.List;
import org.xuefa.account.Unit;
import org.xuefa.question.SeedQuestions;

/**
 * What every start makes sure of: the city's units named in the report exist (on an empty store),
 * the shipped question bank is loaded (into an empty bank) and the admin account exists, with its
 * password printed once if none was configured.
 */
final class FirstStart {

  /** The city's bodies as the report names them: real names, so not marked as samples. */
  static final List<Unit> REPORT_UNITS = List.of(
      new Unit("市司法局", "市直部门", false, 10),
      new Unit("市行政审批局", "市直部门", false, 11),
      new Unit("市市场监管局", "市直部门", false, 12),
      new Unit("市医保局", "市直部门", false, 13),
      new Unit("市人社局", "市直部门", false, 14),
      new Unit("市商务局", "市直部门", false, 15),
      new Unit("市财政局", "市直部门", false, 16),
      new Unit("市公安局", "市直部门", false, 17),
      new Unit("市文广体和旅游局", "市直部门", false, 18),
      new Unit("市委编办", "市委部门", false, 30),
      new Unit("市委组织部", "市委部门", false, 31),
      new Unit("市委政法委", "市委部门", false, 32),
      new Unit("市检察院", "司法机关", false, 40),
      new Unit("市人民法院", "司法机关", false, 41),
      new Unit("市妇联", "群团组织", false, 50),
      new Unit("经济开发区", "开发区", false, 60),
      new Unit("西丁办事处", "乡镇/街道", false, 70));

  private FirstStart() {}

  static Future<Void> run(Services services, PrintStream out) {
    return services.units().count()
        .compose(n -> n > 0 ? Future.succeededFuture() : Future.all(REPORT_UNITS.stream()
            .map(services.units()::ensure).toList()).mapEmpty())
        .compose(v -> SeedQuestions.loadIfEmpty(services.questions(), services.blocking())
            .recover(e -> Future.failedFuture(new IllegalStateException("question seeds: " + e.getMessage(), e))))
        .compose(v -> services.accounts().ensureAdmin(services.config().adminPassword(), "市司法局",
            System.currentTimeMillis()))
        .map(generated -> {
          generated.ifPresent(pw -> {
            out.println("首次启动：已创建管理员账号 admin，密码 " + pw + " （只显示这一次，请妥善保存）");
            out.println("first start: created account admin with password " + pw + " (shown only once)");
          });
          return null;
        });
  }
}
