package org.xuefa.meeting;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sample plan for the current year, shaped like the plans the report describes (a law studied
 * before each executive meeting, presented by the unit that enforces it). All marked as samples:
 * the report gives the city's count for 2020 (13 sessions, ¶8-2-1), not its plan.
 */
public final class MeetingDemo {

  private static final String BODY = "市政府常务会议";

  /** month, day, topic, law ref, presenting unit. */
  private static final String[][] PLAN = {
      {"01", "15", "《中华人民共和国宪法》：国家机构与宪法宣誓制度", "law:constitution:27", "市司法局"},
      {"02", "19", "《中华人民共和国民法典》总则编：民事主体与法人", "law:civil-code:57", "市司法局"},
      {"03", "18", "《中华人民共和国行政处罚法》：处罚种类与程序", "law:administrative-penalty-law:9", "市市场监管局"},
      {"04", "16", "《中华人民共和国行政许可法》：许可的设定与实施", "law:administrative-licensing-law:12", "市行政审批局"},
      {"05", "21", "《中华人民共和国民法典》合同编：格式条款", "law:civil-code:496", "市商务局"},
      {"06", "18", "《中华人民共和国行政复议法》：复议范围与期限", "law:administrative-reconsideration-law:11", "市司法局"},
      {"07", "16", "《中华人民共和国行政强制法》：强制措施与强制执行", "law:administrative-coercion-law:9", "市公安局"},
      {"08", "20", "《中华人民共和国民法典》人格权编：个人信息保护", "law:civil-code:1034", "市人社局"},
      {"09", "17", "《中华人民共和国行政诉讼法》：行政机关负责人出庭应诉", "law:administrative-litigation-law:3", "市司法局"},
      {"10", "22", "《重大行政决策程序暂行条例》：公众参与与合法性审查", "law:major-administrative-decision-regulation:14", "市司法局"},
      {"11", "19", "《中华人民共和国国家赔偿法》：行政赔偿", "law:state-compensation-law:3", "市财政局"},
      {"12", "17", "《中华人民共和国公职人员政务处分法》：处分种类", "law:public-official-sanctions-law:7", "市委组织部"}};

  private MeetingDemo() {}

  public static Future<Void> load(MeetingRepository meetings, LocalDate today) {
    List<Future<Void>> writes = new ArrayList<>();
    int year = today.getYear();
    for (int i = 0; i < PLAN.length; i++) {
      String[] p = PLAN[i];
      String date = year + "-" + p[0] + "-" + p[1];
      boolean held = LocalDate.parse(date).isBefore(today);
      writes.add(meetings.save(new Meeting(date + "-1", date, BODY, p[2], p[3], p[4], held,
          held ? 24 + (i % 5) : 0, held ? 20 + (i % 4) : 0, true)));
    }
    return Future.all(writes).mapEmpty();
  }
}
