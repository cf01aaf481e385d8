package org.xuefa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.question.QuestionFiles;
import org.xuefa.testing.TestServer;

class ImportQuestionsCliTest {

  private static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void importsAllRowsOrNoneWithTheContractsExitStatuses(@TempDir Path dir, @TempDir Path files) throws IOException {
    Path good = write(files, "good.csv", QuestionFiles.csv(QuestionFiles.single("CLI-001", "命令行导入的第一题"),
        QuestionFiles.single("CLI-002", "命令行导入的第二题")));
    CliTest.Run first = CliTest.run(dir, "", "import-questions", good.toString());
    assertEquals(0, first.status(), first.err());
    assertEquals("imported 2 questions (2 new, 0 replaced)", first.out().strip());
    CliTest.Run again = CliTest.run(dir, "", "import-questions", good.toString());
    assertEquals("imported 2 questions (0 new, 2 replaced)", again.out().strip());

    Path xlsx = write(files, "more.xlsx", QuestionFiles.xlsx(List.of(QuestionFiles.cells(QuestionFiles.HEADER),
        QuestionFiles.cells(QuestionFiles.single("CLI-003", "表格导入")))));
    assertEquals("imported 1 questions (1 new, 0 replaced)",
        CliTest.run(dir, "", "import-questions", xlsx.toString()).out().strip());

    Path bad = write(files, "bad.csv", QuestionFiles.csv(QuestionFiles.single("CLI-004", "坏文件里的好题"),
        "单选题X,题干,甲,乙,,,,,A,,宪法第1条,,,CLI-005", "单选,题干,甲,乙,,,,,E,,宪法第1条,,,CLI-006"));
    CliTest.Run rejected = CliTest.run(dir, "", "import-questions", bad.toString());
    assertEquals(1, rejected.status());
    assertEquals(1, rejected.err().strip().lines().count(), rejected.err());
    assertTrue(rejected.err().contains("第 3 行") && rejected.err().contains("(2 errors; nothing imported)"),
        rejected.err());
    assertTrue(rejected.out().isEmpty());

    CliTest.Run missing = CliTest.run(dir, "", "import-questions", files.resolve("nope.csv").toString());
    assertEquals(1, missing.status());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    Path garbage = write(files, "garbage.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, CliTest.run(dir, "", "import-questions", garbage.toString()).status());
    assertEquals(2, CliTest.run(dir, "", "import-questions").status());
    assertEquals(2, CliTest.run(dir, "", "import-questions", good.toString(), bad.toString()).status());
    assertEquals(2, CliTest.run(dir, "", "import-questions", "--force", good.toString()).status());

    try (TestServer server = TestServer.start(dir)) {
      assertEquals(200, server.admin().get("/api/questions/CLI-003").status());
      assertEquals(404, server.admin().get("/api/questions/CLI-004").status(), "nothing of the bad file");
      CliTest.Run locked = CliTest.run(dir, "", "import-questions", good.toString());
      assertEquals(1, locked.status(), "the embedded store is held by the server");
      assertEquals(1, locked.err().strip().lines().count(), locked.err());
    }
  }
}
