package org.xuefa.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.xuefa.account.NewUser;
import org.xuefa.account.Role;
import org.xuefa.account.Unit;
import org.xuefa.meeting.MeetingDemo;
import org.xuefa.meeting.MeetingRepository;
import org.xuefa.server.Services;

/**
 * The demo data set for a newcomer: sample towns and sample people (all marked as samples), loaded
 * only into a store that holds nothing but the first-start admin.
 */
public final class DemoData {

  public static final String PASSWORD = "xuefa-demo";
  static final String MARKER_COLLECTION = "meta";
  static final String MARKER_ID = "demo";

  /** Sample people: username, name, role, unit. Names say 样例 so no one mistakes them for real staff. */
  static final List<String[]> PEOPLE = List.of(
      new String[] {"learner", "王学员（样例）", "learner", "市市场监管局"},
      new String[] {"trainer", "李培训（样例）", "trainer", "市司法局"},
      new String[] {"learner2", "赵执法（样例）", "learner", "市行政审批局"},
      new String[] {"learner3", "陈乡镇（样例）", "learner", "样例镇一"},
      new String[] {"trainer2", "刘培训（样例）", "trainer", "市行政审批局"});

  private DemoData() {}

  public static Future<Void> load(Services services, PrintStream out) {
    return isEmpty(services).compose(empty -> {
      if (!empty) {
        out.println("demo: the store already holds data; demo data not loaded");
        return Future.succeededFuture();
      }
      return loadUnits(services)
          .compose(v -> loadPeople(services))
          .compose(v -> MeetingDemo.load(new MeetingRepository(services.store().mongo()),
              java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))))
          .compose(v -> services.store().mongo().insert(MARKER_COLLECTION,
              new JsonObject().put("_id", MARKER_ID).put("loadedAt", System.currentTimeMillis())))
          .map(v -> {
            printLogins(out);
            return null;
          });
    });
  }

  /** Empty means: no demo loaded before and no account but the built-in admin. */
  private static Future<Boolean> isEmpty(Services services) {
    return services.store().mongo().findOne(MARKER_COLLECTION, new JsonObject().put("_id", MARKER_ID), null)
        .compose(marker -> marker != null ? Future.succeededFuture(false)
            : services.users().count().map(n -> n <= 1));
  }

  private static Future<Void> loadUnits(Services services) {
    List<Future<Void>> all = new ArrayList<>();
    String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"};
    for (int i = 0; i < numerals.length; i++) {
      all.add(services.units().ensure(new Unit("样例镇" + numerals[i], "乡镇/街道", true, 71 + i)));
    }
    return Future.all(all).mapEmpty();
  }

  private static Future<Void> loadPeople(Services services) {
    Future<Void> chain = Future.succeededFuture();
    long now = System.currentTimeMillis();
    for (String[] p : PEOPLE) {
      NewUser user = new NewUser(p[0], p[1], Role.parse(p[2]).orElseThrow(), p[3], PASSWORD, true);
      chain = chain.compose(v -> services.accounts().create(user, now)).mapEmpty();
    }
    return chain;
  }

  private static void printLogins(PrintStream out) {
    out.println("demo data loaded (sample units and people, marked 样例). Log in with:");
    out.println("  learner / " + PASSWORD + "   (学员)");
    out.println("  trainer / " + PASSWORD + "   (培训管理员)");
    out.println("  admin   / the admin password (XUEFA_ADMIN_PASSWORD, or the one printed at first start)");
    out.println("  use a private window or another browser for each role to be logged in as all three at once");
  }
}
