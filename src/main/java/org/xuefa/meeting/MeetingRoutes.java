package org.xuefa.meeting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.web.Auth;
import org.xuefa.web.Pages;
import org.xuefa.web.Params;
import org.xuefa.web.Respond;

/** The year's 会前学法 plan: GET /api/meetings?year= and the /meetings page, for anyone logged in. */
public final class MeetingRoutes {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final MeetingRepository meetings;
  private final Pages pages;

  public MeetingRoutes(MeetingRepository meetings, Pages pages) {
    this.meetings = meetings;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/api/meetings").handler(Auth.role(Role.LEARNER)).handler(this::api);
    router.get("/meetings").handler(Auth.role(Role.LEARNER)).handler(this::page);
  }

  static int currentYear() {
    return LocalDate.now(CHINA).getYear();
  }

  private void api(RoutingContext ctx) {
    int year = Params.integer(ctx, "year", currentYear(), 2000, 2100);
    Respond.json(ctx, meetings.year(year).map(list -> new JsonObject().put("year", year)
        .put("held", list.stream().filter(Meeting::held).count())
        .put("meetings", new JsonArray(list.stream().map(Meeting::toJson).toList()))));
  }

  private void page(RoutingContext ctx) {
    int year = Params.integer(ctx, "year", currentYear(), 2000, 2100);
    meetings.year(year).onSuccess(list -> {
      Map<String, Object> model = new HashMap<>();
      model.put("year", year);
      model.put("prevYear", year - 1);
      model.put("nextYear", year + 1);
      model.put("held", list.stream().filter(Meeting::held).count());
      model.put("planned", list.size());
      model.put("anySample", list.stream().anyMatch(Meeting::sample));
      model.put("empty", list.isEmpty());
      model.put("meetings", list.stream().map(MeetingRoutes::row).toList());
      pages.send(ctx, "meeting/plan", year + "年常务会议会前学法计划", model);
    }).onFailure(ctx::fail);
  }

  private static Map<String, Object> row(Meeting m) {
    Map<String, Object> r = new HashMap<>();
    r.put("date", m.date());
    r.put("body", m.body());
    r.put("topic", m.topic());
    r.put("presenter", m.presenter());
    r.put("held", m.held());
    r.put("attendees", m.attendees());
    r.put("studied", m.studied());
    r.put("sample", m.sample());
    r.put("lawUrl", lawUrl(m.lawRef()));
    return r;
  }

  /** "law:civil-code:1041" → "/laws/civil-code/1041"; anything else has no link. */
  static String lawUrl(String ref) {
    List<String> parts = List.of(ref.split(":"));
    return parts.size() == 3 && parts.get(0).equals("law") ? "/laws/" + parts.get(1) + "/" + parts.get(2) : null;
  }
}
