package org.xuefa.question;

/** What an import did: questions written, of which new and of which replaced an existing 编号. */
public record ImportResult(int imported, int created, int replaced) {

  /** The CLI's line. */
  public String summary() {
    return "imported " + imported + " questions (" + created + " new, " + replaced + " replaced)";
  }

  /** The trainer page's line. */
  public String chinese() {
    return "已导入 " + imported + " 道题（新增 " + created + " 道，替换 " + replaced + " 道）";
  }
}
