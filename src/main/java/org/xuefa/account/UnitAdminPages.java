package org.xuefa.account;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.JsonInput;
import org.xuefa.web.Pages;
import org.xuefa.web.Respond;

/** Units as data: the admin lists them and adds new ones (乡镇/街道, 市直部门, 开发区 …). */
public final class UnitAdminPages {

  static final List<String> KINDS = List.of("市直部门", "乡镇/街道", "开发区", "市委部门", "司法机关", "群团组织", Unit.KIND_UNSORTED);

  private final UnitRepository units;
  private final Pages pages;

  public UnitAdminPages(UnitRepository units, Pages pages) {
    this.units = units;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/admin/units").handler(Auth.role(Role.ADMIN)).handler(ctx -> show(ctx, 200, Map.of()));
    router.post("/admin/units").handler(Auth.role(Role.ADMIN)).handler(this::addForm);
    router.post("/api/units").handler(Auth.role(Role.ADMIN)).handler(this::addJson);
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> extra) {
    units.list().onSuccess(list -> {
      Map<String, Object> model = new HashMap<>(extra);
      model.put("units", list.stream().map(u -> Map.of("name", u.name(), "kind", u.kind(), "sample", u.sample())).toList());
      model.put("kinds", KINDS);
      model.put("count", list.size());
      pages.send(ctx, status, "account/units", "单位管理", model);
    }).onFailure(ctx::fail);
  }

  private void addForm(RoutingContext ctx) {
    try {
      Unit unit = validated(ctx.request().getFormAttribute("name"), ctx.request().getFormAttribute("kind"));
      units.ensure(unit).onSuccess(v -> show(ctx, 200, Map.of("notice", "已添加单位 " + unit.name())))
          .onFailure(ctx::fail);
    } catch (HttpFailure e) {
      show(ctx, e.status(), Map.of("error", e.getMessage()));
    }
  }

  private void addJson(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    Unit unit = validated(in.string("name", 60), in.optionalString("kind", 20).orElse(Unit.KIND_UNSORTED));
    Respond.json(ctx, 201, units.ensure(unit).map(v -> unit.toJson()));
  }

  private static Unit validated(String name, String kind) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 60) {
      throw HttpFailure.badRequest("请填写单位名称（最多 60 个字符）");
    }
    String k = kind == null || kind.isBlank() ? Unit.KIND_UNSORTED : kind.strip();
    if (!KINDS.contains(k)) {
      throw HttpFailure.badRequest("单位类别应为：" + String.join("、", KINDS));
    }
    return new Unit(n, k, false, 500);
  }
}
