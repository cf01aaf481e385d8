package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Article addresses: Arabic is canonical; labels and Chinese numerals are read and redirected. */
class ArticleNumberTest {

  @Test
  void readsEveryFormPeopleWriteAnArticleIn() {
    assertEquals(Optional.of(new ArticleNumber(1042, true)), ArticleNumber.parse("1042"));
    assertEquals(Optional.of(new ArticleNumber(1042, false)), ArticleNumber.parse("第一千零四十二条"));
    assertEquals(Optional.of(new ArticleNumber(1042, false)), ArticleNumber.parse("一千零四十二"));
    assertEquals(Optional.of(new ArticleNumber(1042, false)), ArticleNumber.parse("01042"));
    assertEquals(Optional.of(new ArticleNumber(1042, false)), ArticleNumber.parse("１０４２"));
    assertEquals(Optional.of(new ArticleNumber(1042, false)), ArticleNumber.parse("第1042条"));
    assertEquals(Optional.of(new ArticleNumber(0, true)), ArticleNumber.parse("0"), "a number, though no article");
  }

  @Test
  void refusesWhatIsNoNumber() {
    for (String text : new String[] {"abc", "", "第条", "-1", "12345", "一百一", "1042 OR 1=1", "第".repeat(30)}) {
      assertEquals(Optional.empty(), ArticleNumber.parse(text), text);
    }
    assertEquals(Optional.empty(), ArticleNumber.parse(null));
  }

  @Test
  void uploadNamesLoseTheirFolders() {
    assertEquals("civil-code.md", new LawSource("..\\..\\x/civil-code.md", new byte[0]).baseName());
    assertEquals("civil-code", new LawSource("/etc/civil-code.md", new byte[0]).stem());
    assertEquals(".md", new LawSource("a/.md", new byte[0]).stem(), "a dot file keeps its name");
  }
}
