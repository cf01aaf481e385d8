package org.xuefa.law;

import java.util.List;

/**
 * A batch of statute files refused as a whole, before anything was written; each problem reads
 * "文件名：第 N 行：原因".
 */
public class LawImportRejected extends RuntimeException {

  private final List<String> problems;

  public LawImportRejected(List<String> problems) {
    super("未导入任何法律：" + String.join("；", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
