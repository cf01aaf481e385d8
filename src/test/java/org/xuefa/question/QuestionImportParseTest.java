package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.tabular.RowError;

class QuestionImportParseTest {

  private final QuestionRules rules = new QuestionRules(SourceRefs.standard());

  private List<Question> parse(String name, byte[] bytes) {
    return QuestionImport.parse(rules, name, bytes);
  }

  private List<RowError> rejected(String name, byte[] bytes) {
    return assertThrows(ImportRejected.class, () -> parse(name, bytes)).errors();
  }

  private static void assertRow(List<RowError> errors, int line, String reasonPart) {
    assertTrue(errors.stream().anyMatch(e -> e.line() == line && e.reason().contains(reasonPart)),
        "expected line " + line + " with “" + reasonPart + "” in " + errors);
  }

  @Test
  void aGoodFileInTheTrainersHeaderVariantsGivesNormalizedQuestions() {
    String csv = "\uFEFF类型,题目,A,B,C,D,正确答案,答案解析,来源,分类,难易程度\r\n"
        + "单选题,宪法宣誓由谁进行？,国家工作人员,外国人,,,a,宪法第二十七条,宪法第27条,宪法；执法资格,1\r\n"
        + "多项选择题,\"多行\n题干, 带逗号\",甲,乙,丙,,\"A, C\",,《民法典》第496条,民法典、合同,3\r\n"
        + "判断,国家工作人员就职时应当公开进行宪法宣誓。,,,,,√,,报告 2-2-1,,\r\n"
        + "判断,'=1+1 是公式吗,,,,,×,,law:constitution:1,,难\r\n";
    List<Question> qs = parse("题库.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(4, qs.size());
    Question single = qs.get(0);
    assertEquals(QuestionType.SINGLE, single.type());
    assertEquals(List.of("A"), single.answer());
    assertEquals(List.of("宪法", "执法资格"), single.tags());
    assertEquals("易", single.difficulty());
    assertEquals(QuestionRules.idFor("宪法宣誓由谁进行？"), single.id(), "no 编号: a stable code from the stem");
    assertTrue(single.id().matches("Q-[0-9A-F]{10}"), single.id());
    Question multiple = qs.get(1);
    assertEquals("多行\n题干, 带逗号", multiple.stem());
    assertEquals(List.of("A", "C"), multiple.answer());
    assertEquals(List.of("民法典", "合同"), multiple.tags());
    assertEquals("难", multiple.difficulty());
    Question judge = qs.get(2);
    assertEquals(List.of("A"), judge.answer());
    assertEquals(List.of(new Question.Option("A", "正确"), new Question.Option("B", "错误")), judge.options());
    assertEquals("中", judge.difficulty(), "an empty 难度 is 中");
    assertEquals("=1+1 是公式吗", qs.get(3).stem(), "the ' that guarded a formula on export is dropped");
    assertEquals(List.of("B"), qs.get(3).answer());
    assertEquals(qs.get(0).id(), parse("again.csv", csv.getBytes(StandardCharsets.UTF_8)).get(0).id());
  }

  @Test
  void everyBadRowIsReportedWithItsExcelLineNumber() {
    byte[] file = QuestionFiles.csv(
        QuestionFiles.single("T-001", "第二行好题"),
        "单选题X,题干,甲,乙,,,,,A,,宪法第1条,,,T-002",
        QuestionFiles.single("T-003", "第四行好题"),
        "单选,题干五,甲,乙,,,,,E,,宪法第1条,,,T-004",
        "多选,题干六,甲,乙,丙,,,,AB,,,,,T-005",
        QuestionFiles.single("T-001", "重复编号"),
        "单选,题干八,甲,,丙,,,,A,,宪法第1条,,,T-007",
        "多选,题干九,甲,乙,丙,,,,A,,宪法第1条,,,T-008",
        "判断,题干十,,,,,,,也许,,宪法第1条,,,T-009",
        "单选,题干十一,甲,乙,,,,,A,,《刑法》第1条,,,T-010",
        "单选,题干十二,甲,乙,,,,,A,,宪法第1条,,极难,T-011",
        "单选,,甲,乙,,,,,A,,宪法第1条,,,T-012",
        "单选,题干十四,甲,乙,,,,,A,,宪法第1条,,,坏 编号");
    List<RowError> errors = rejected("bad.csv", file);
    assertRow(errors, 3, "题型“单选题X”");
    assertRow(errors, 5, "没有选项E");
    assertRow(errors, 6, "缺少出处");
    assertRow(errors, 7, "与第 2 行重复");
    assertRow(errors, 8, "选项不连续");
    assertRow(errors, 9, "至少要有两个");
    assertRow(errors, 10, "判断题答案");
    assertRow(errors, 11, "不认识的法律名称");
    assertRow(errors, 12, "难度");
    assertRow(errors, 13, "题干为空");
    assertRow(errors, 14, "编号");
    assertEquals(11, errors.size(), errors.toString());
  }

  @Test
  void filesThatAreNoQuestionTableAreRefusedOnLineOne() {
    assertRow(rejected("empty.csv", new byte[0]), 1, "空");
    assertRow(rejected("blank.csv", "\n\n".getBytes(StandardCharsets.UTF_8)), 1, "空");
    assertRow(rejected("header.csv", (QuestionFiles.HEADER + "\n").getBytes(StandardCharsets.UTF_8)), 2, "没有题目");
    assertRow(rejected("users.csv", "用户名,姓名,角色\nzs,张三,学员\n".getBytes(StandardCharsets.UTF_8)), 1, "表头缺少");
    byte[] garbage = new byte[3000];
    new java.util.Random(7).nextBytes(garbage);
    garbage[10] = 0;
    assertRow(rejected("garbage.csv", garbage), 1, "不是文本");
    assertRow(rejected("garbage.xlsx", garbage), 1, "不是有效的 .xlsx");
    assertRow(rejected("garbage.bin", garbage), 1, "只能导入 .csv 或 .xlsx");
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertRow(rejected("old.xls", ole2), 1, ".xls");
    byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    assertRow(rejected("broken.xlsx", brokenZip), 1, ".xlsx");
    assertRow(rejected("big.csv", new byte[(int) QuestionFile.MAX_BYTES + 1]), 1, "过大");
    assertRow(rejected("bomb.xlsx", zipOfZeros(80L * 1024 * 1024)), 1, "解压后过大");
  }

  /** A small zip that inflates to {@code size} bytes of zeros. */
  private static byte[] zipOfZeros(long size) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
      byte[] chunk = new byte[1024 * 1024];
      for (long written = 0; written < size; written += chunk.length) {
        zip.write(chunk);
      }
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void anXlsxWorkbookReadsLikeTheCsvAndReportsExcelRowNumbers() {
    List<List<String>> rows = List.of(QuestionFiles.cells(QuestionFiles.HEADER),
        QuestionFiles.cells(QuestionFiles.single("X-001", "表格第二行")),
        QuestionFiles.cells("判断,表格第三行,,,,,,,错,,宪法第二十七条,宪法,易,X-002"));
    List<Question> qs = parse("bank.xlsx", QuestionFiles.xlsx(rows));
    assertEquals(List.of("X-001", "X-002"), qs.stream().map(Question::id).toList());
    assertEquals(List.of("B"), qs.get(1).answer());
    List<List<String>> bad = List.of(rows.get(0), rows.get(1), rows.get(2),
        QuestionFiles.cells("单选,表格第四行,甲,乙,,,,,C,,宪法第1条,,,X-003"));
    List<RowError> errors = rejected("bank.xlsx", QuestionFiles.xlsx(bad));
    assertEquals(1, errors.size());
    assertRow(errors, 4, "没有选项C");
  }

  @Test
  void bothTemplatesReadBackAndTheirSampleRowsAreRefused() {
    for (String name : List.of("template.csv", "template.xlsx")) {
      byte[] bytes = name.endsWith(".csv") ? QuestionTemplate.csv() : QuestionTemplate.xlsx();
      List<RowError> errors = rejected(name, bytes);
      assertEquals(List.of(2, 3), errors.stream().map(RowError::line).toList(), name);
      assertTrue(errors.get(0).reason().contains("样例"), errors.toString());
    }
    assertTrue(new String(QuestionTemplate.csv(), StandardCharsets.UTF_8).startsWith("\uFEFF题型,题干,选项A"));
    String unmarked = new String(QuestionTemplate.csv(), StandardCharsets.UTF_8).replace(QuestionTemplate.SAMPLE_MARK, "");
    assertEquals(2, parse("filled.csv", unmarked.getBytes(StandardCharsets.UTF_8)).size(),
        "the example rows are valid questions once the mark is gone");
  }
}
