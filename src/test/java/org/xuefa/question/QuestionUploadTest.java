package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.demo.DemoData;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class QuestionUploadTest {

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient trainer;

  @BeforeAll
  static void start() {
    server = TestServer.startDemo(dir);
    trainer = server.client();
    trainer.login("trainer", DemoData.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long count() {
    return trainer.get("/api/questions?limit=1").json().getLong("total");
  }

  private static TestClient.Response upload(String name, byte[] bytes) {
    return trainer.upload("/trainer/questions/import", "file", name, bytes);
  }

  /** Uploads a broken file and checks: 400, the row's number and reason on the page, nothing written. */
  private static void assertRejected(String name, byte[] bytes, int line, String reason) {
    long before = count();
    TestClient.Response r = upload(name, bytes);
    assertEquals(400, r.status(), name);
    assertTrue(r.body().contains("<td>" + line + "</td>"), name + ": no row " + line + " in " + r.body());
    assertTrue(r.body().contains(reason), name + ": no “" + reason + "”");
    assertTrue(r.body().contains("文件未导入"), name);
    assertEquals(before, count(), name + " changed the bank");
  }

  @Test
  void aGoodCsvIsImportedAndReimportingReplacesByCode() {
    long before = count();
    byte[] file = QuestionFiles.csv(QuestionFiles.single("UP-001", "上传的第一题"),
        QuestionFiles.single("UP-002", "上传的第二题"));
    TestClient.Response r = upload("bank.csv", file);
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().contains("已导入 2 道题（新增 2 道，替换 0 道）"), r.body());
    assertEquals(before + 2, count());
    byte[] changed = QuestionFiles.csv(QuestionFiles.single("UP-001", "上传后改过的第一题"));
    assertTrue(upload("bank.csv", changed).body().contains("新增 0 道，替换 1 道"));
    assertEquals(before + 2, count());
    assertEquals("上传后改过的第一题", trainer.get("/api/questions/UP-001").json().getString("stem"));
    assertEquals(2, trainer.get("/api/questions/UP-001").json().getLong("version"));
  }

  @Test
  void brokenFilesAreRejectedWholeWithTheRowNumberAndNothingChanges() {
    String good = QuestionFiles.single("BAD-GOOD", "坏文件中的好题");
    assertRejected("type.csv", QuestionFiles.csv(good, "单选题X,题干,甲,乙,,,,,A,,宪法第1条,,,BAD-1"), 3, "题型");
    assertRejected("letter.csv", QuestionFiles.csv(good, QuestionFiles.single("BAD-2", "二"),
        QuestionFiles.single("BAD-3", "三"), "单选,第五行,甲,乙,,,,,D,,宪法第1条,,,BAD-4"), 5, "没有选项D");
    assertRejected("source.csv", QuestionFiles.csv(good, "单选,无出处,甲,乙,,,,,A,,,,,BAD-5"), 3, "缺少出处");
    assertRejected("dup.csv", QuestionFiles.csv(good, QuestionFiles.single("BAD-GOOD", "同号")), 3, "重复");
    assertRejected("header.csv", "题目,答案\n甲,A\n".getBytes(StandardCharsets.UTF_8), 1, "表头缺少");
    byte[] garbage = new byte[2048];
    new java.util.Random(3).nextBytes(garbage);
    garbage[0] = 0;
    assertRejected("garbage.csv", garbage, 1, "不是文本");
    assertRejected("garbage.xlsx", garbage, 1, "不是有效的 .xlsx");
    assertRejected("picture.png", garbage, 1, "只能导入 .csv 或 .xlsx");
    assertEquals(404, trainer.get("/api/questions/BAD-GOOD").status(), "the good row of a bad file is not written");
    long before = count();
    TestClient.Response empty = upload("empty.csv", new byte[0]);
    assertEquals(400, empty.status());
    assertTrue(empty.body().contains("文件不能为空"));
    assertEquals(before, count());
  }

  @Test
  void anXlsxFileIsImportedAndOneBadRowRejectsIt() {
    List<String> header = QuestionFiles.cells(QuestionFiles.HEADER);
    List<String> row = QuestionFiles.cells(QuestionFiles.single("XL-001", "表格里的题"));
    List<String> judge = QuestionFiles.cells("判断,表格里的判断题,,,,,,,对,,宪法第1条,宪法,易,XL-002");
    long before = count();
    TestClient.Response ok = upload("题库.xlsx", QuestionFiles.xlsx(List.of(header, row, judge)));
    assertEquals(200, ok.status(), ok.body());
    assertTrue(ok.body().contains("已导入 2 道题"));
    assertEquals(before + 2, count());
    List<String> bad = QuestionFiles.cells("多选,表格里的坏题,甲,乙,丙,,,,A,,宪法第1条,,,XL-003");
    assertRejected("坏题库.xlsx", QuestionFiles.xlsx(List.of(header, row, judge, bad)), 4, "至少要有两个");
  }

  @Test
  void theTemplatesDownloadInBothFormats() {
    TestClient.Response xlsx = trainer.get("/trainer/questions/template.xlsx");
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.header("Content-Type").contains("spreadsheetml"));
    assertTrue(xlsx.header("Content-Disposition").contains("question-template.xlsx"));
    TestClient.Response csv = trainer.get("/trainer/questions/template.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("\uFEFF题型,题干,选项A,选项B"), csv.body());
    assertTrue(csv.body().contains("【样例】"));
    TestClient.Response page = trainer.getHtml("/trainer/questions/import");
    assertTrue(page.body().contains("enctype=\"multipart/form-data\"") && page.body().contains("template.xlsx"));
  }
}
