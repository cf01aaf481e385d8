package org.xuefa.question;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Question files for tests: CSV text in the template layout, and XLSX workbooks written with fastexcel. */
public final class QuestionFiles {

  public static final String HEADER = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,出处,标签,难度,编号";

  private QuestionFiles() {}

  /** A good single-choice row with the given code and stem. */
  public static String single(String id, String stem) {
    return "单选," + stem + ",甲,乙,丙,丁,,,B,解析文字,《民法典》第496条,民法典;测试,中," + id;
  }

  public static byte[] csv(String... rows) {
    return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(out, "test", "1.0")) {
      Worksheet ws = wb.newWorksheet("题库");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          ws.value(r, c, rows.get(r).get(c));
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static List<String> cells(String csvRow) {
    return List.of(csvRow.split(",", -1));
  }
}
