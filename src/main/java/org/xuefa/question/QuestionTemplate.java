package org.xuefa.question;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.xuefa.tabular.Csv;

/**
 * The file trainers fill in, in both formats: the header row and two example rows marked 【样例】
 * (the import refuses those rows, so a template uploaded unchanged adds nothing to the bank).
 */
public final class QuestionTemplate {

  public static final String SAMPLE_MARK = "【样例】";

  static final List<List<String>> EXAMPLES = List.of(
      List.of("单选", SAMPLE_MARK + "根据《民法典》，当事人采用合同书形式订立合同的，自（  ）时合同成立。",
          "当事人均签名、盖章或者按指印", "一方当事人签名", "合同书送达对方", "双方口头达成一致", "", "",
          "A", "民法典第四百九十条：采用合同书形式订立的，自当事人均签名、盖章或者按指印时成立；只有一方签名还不成立。",
          "《民法典》第490条", "民法典；合同", "易", "SAMPLE-001"),
      List.of("判断", SAMPLE_MARK + "国家工作人员就职时应当依照法律规定公开进行宪法宣誓。", "", "", "", "", "", "",
          "正确", "宪法第二十七条第三款规定国家工作人员就职时应当依照法律规定公开进行宪法宣誓。",
          "宪法第27条", "宪法；宪法宣誓；执法资格", "易", "SAMPLE-002"));

  private QuestionTemplate() {}

  /** UTF-8 with a BOM, so Excel opens the Chinese text correctly. */
  public static byte[] csv() {
    StringBuilder sb = new StringBuilder("\uFEFF");
    sb.append(String.join(",", QuestionColumns.HEADER)).append("\r\n");
    for (List<String> row : EXAMPLES) {
      sb.append(String.join(",", row.stream().map(Csv::cell).toList())).append("\r\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(out, "Xuefa", "1.0")) {
      Worksheet ws = wb.newWorksheet("题库");
      List<String> header = QuestionColumns.HEADER;
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
        ws.width(c, c == 1 || c == 9 ? 48 : c >= 2 && c <= 7 ? 18 : 10);
      }
      ws.range(0, 0, 0, header.size() - 1).style().bold().fillColor("EEEEEE").set();
      for (int r = 0; r < EXAMPLES.size(); r++) {
        List<String> row = EXAMPLES.get(r);
        for (int c = 0; c < row.size(); c++) {
          ws.value(r + 1, c, row.get(c));
        }
      }
      ws.freezePane(0, 1);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the template", e);
    }
    return out.toByteArray();
  }
}
