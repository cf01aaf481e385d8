package org.xuefa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The uploaded file's name as pages show it and importers read its ending. */
class UploadsTest {

  @Test
  void folderPartsAndControlCharactersGo() {
    assertEquals("second sample.md", Uploads.displayName("..\\..\\tmp/second sample.md"));
    assertEquals("题库.xlsx", Uploads.displayName(" C:\\Users\\张\\题库.xlsx "));
    assertEquals("ab.csv", Uploads.displayName("a\u0000b.csv"));
    assertEquals("", Uploads.displayName(null));
  }

  @Test
  void aLongNameIsCutButKeepsItsEnding() {
    String shown = Uploads.displayName("法".repeat(150) + ".xlsx");
    assertEquals(Uploads.MAX_NAME, shown.length());
    assertTrue(shown.endsWith("法.xlsx"), shown);
    assertEquals(Uploads.MAX_NAME, Uploads.displayName("x".repeat(150)).length());
  }
}
