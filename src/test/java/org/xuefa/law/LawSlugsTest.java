package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LawSlugsTest {

  @TempDir
  Path temp;

  @Test
  void sharedFileNamesAreTheirOwnSlugs() {
    assertEquals("civil-code", LawParser.slugFor(Path.of("/x/civil-code.md")));
    assertEquals("major-administrative-decision-regulation",
        LawParser.slugFor(Statutes.file("major-administrative-decision-regulation")));
  }

  @Test
  void otherCharactersBecomeDashes() {
    assertEquals("civil-code-2020", LawParser.slugFor(Path.of("Civil Code (2020).MD")));
    assertEquals("law2", LawParser.slugFor(Path.of("law2.txt")));
    assertEquals("xian-fa", LawParser.slugFor(Path.of("xian fa.md")));
  }

  @Test
  void namesWithoutAsciiLettersHashTheTitle() throws Exception {
    Path file = Files.writeString(temp.resolve("民法典.md"), "# 中华人民共和国民法典\n\n第一条 正文。\n");
    String expected = "law-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest("中华人民共和国民法典".getBytes(StandardCharsets.UTF_8))).substring(0, 8);
    assertEquals(expected, LawParser.slugFor(file));
    assertTrue(expected.matches("law-[0-9a-f]{8}"));
    assertEquals(expected, LawParser.parse(file).slug(), "parse(Path) gives the same slug");

    Path other = Files.writeString(temp.resolve("2020.md"), "# 中华人民共和国宪法\n\n第一条 正文。\n");
    assertNotEquals(expected, LawParser.slugFor(other));
    assertEquals(LawParser.slugFor(other), LawParser.slugFor(other), "stable");
  }
}
