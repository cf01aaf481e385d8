package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xuefa.law.KnownStatutes.Statute;

/** The one statute table: checked against the files in the shared laws folder, and its lookups. */
class KnownStatutesTest {

  @Test
  void theTableMatchesTheStatuteFilesAndTheLawPagesList() throws Exception {
    for (Statute s : KnownStatutes.all()) {
      Law law = LawParser.parse(Statutes.file(s.slug()));
      assertEquals(s.articles(), law.articleCount(), s.slug());
      assertEquals(s.fullName(), law.title(), s.slug());
      assertEquals(s.fullName(), KnownStatutes.title(s.slug()).orElseThrow(), s.slug());
    }
    Set<String> files = Statutes.files().stream().map(LawParser::slugFor).collect(Collectors.toSet());
    assertEquals(files, KnownStatutes.all().stream().map(Statute::slug).collect(Collectors.toSet()));
    assertEquals(11, KnownStatutes.all().size());
  }

  @Test
  void namesAreFoundWithOrWithoutBracketsCountryAndRevisionNote() {
    for (String name : Set.of("民法典", "《民法典》", "中华人民共和国民法典", "《中华人民共和国民法典》（2020年）",
        " 民法典(2020) ")) {
      assertEquals("civil-code", KnownStatutes.byName(name).orElseThrow().slug(), name);
    }
    assertEquals("public-official-sanctions-law", KnownStatutes.byName("政务处分法").orElseThrow().slug());
    assertEquals("major-administrative-decision-regulation",
        KnownStatutes.byName("重大行政决策条例").orElseThrow().slug());
    assertTrue(KnownStatutes.byName("刑法").isEmpty());
    assertTrue(KnownStatutes.bySlug("criminal-law").isEmpty());
  }

  @Test
  void labelsExistenceAndOrder() {
    assertEquals("《宪法》第二十七条", KnownStatutes.label("constitution", 27));
    assertEquals("《民法典》第一千零四十二条", KnownStatutes.label("civil-code", 1042));
    assertEquals("《local-rule》第三条", KnownStatutes.label("local-rule", 3));
    assertTrue(KnownStatutes.exists("civil-code", 1260));
    assertFalse(KnownStatutes.exists("civil-code", 1261));
    assertFalse(KnownStatutes.exists("civil-code", 0));
    assertFalse(KnownStatutes.exists("local-rule", 1));
    assertEquals("constitution", KnownStatutes.all().get(0).slug());
    assertEquals(0, KnownStatutes.rank("constitution"));
    assertEquals(10, KnownStatutes.rank("major-administrative-decision-regulation"));
    assertEquals(11, KnownStatutes.rank("local-rule"));
  }

  @Test
  void aMissingKnownStatuteNamesTheFileToImport() {
    assertEquals("《中华人民共和国宪法》尚未导入：请系统管理员在“法规导入”页面导入 constitution.md",
        KnownStatutes.notImportedMessage("constitution"));
    assertEquals("没有这部法律法规：local-rule", KnownStatutes.notImportedMessage("local-rule"));
  }
}
