package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xuefa.law.KnownStatutes;
import org.xuefa.law.Law;
import org.xuefa.law.LawParser;
import org.xuefa.report.Paragraph;
import org.xuefa.report.ReportParser;

class SeedQuestionsTest {

  static List<Question> seeds;
  static Map<String, Law> laws = new HashMap<>();

  @BeforeAll
  static void load() throws Exception {
    seeds = SeedQuestions.parseAll(new QuestionRules(SourceRefs.standard()));
    Path dir = Path.of(System.getProperty("xuefa.laws.dir", "../shared/laws"));
    for (KnownStatutes.Statute law : KnownStatutes.all()) {
      laws.put(law.slug(), LawParser.parse(dir.resolve(law.slug() + ".md")));
    }
  }

  @Test
  void theSeedListHoldsEveryCsvFileInTheFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("seeds/questions"))) {
      Set<String> csv = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
          .collect(Collectors.toSet());
      assertEquals(csv, new HashSet<>(SeedQuestions.files()));
    }
  }

  @Test
  void all312SeedQuestionsPassTheRulesWithUniqueCodes() {
    assertEquals(312, seeds.size());
    assertEquals(312, seeds.stream().map(Question::id).distinct().count());
    Map<QuestionType, Long> byType = seeds.stream().collect(Collectors.groupingBy(Question::type, Collectors.counting()));
    assertEquals(Set.of(QuestionType.values()), byType.keySet());
  }

  @Test
  void keysNameExistingOptionsAndJudgeQuestionsAreTrueOrFalse() {
    for (Question q : seeds) {
      List<String> keys = q.options().stream().map(Question.Option::key).toList();
      assertTrue(keys.containsAll(q.answer()), q.id());
      switch (q.type()) {
        case SINGLE -> assertEquals(1, q.answer().size(), q.id());
        case MULTIPLE -> assertTrue(q.answer().size() >= 2, q.id());
        case JUDGE -> {
          assertEquals(List.of("正确", "错误"), q.options().stream().map(Question.Option::text).toList(), q.id());
          assertEquals(1, q.answer().size(), q.id());
        }
      }
      assertFalse(q.explanation().isBlank(), q.id() + " has no explanation");
      assertTrue(Set.of("易", "中", "难").contains(q.difficulty()), q.id());
    }
  }

  @Test
  void everySourceIsAnArticleOfAShippedStatuteOrAParagraphOfTheReport() {
    Set<String> paragraphs = ReportParser.loadDefault().paragraphs().stream().map(Paragraph::id)
        .collect(Collectors.toSet());
    int lawRefs = 0;
    int reportRefs = 0;
    for (Question q : seeds) {
      assertFalse(q.sources().isEmpty(), q.id());
      for (Question.Source s : q.sources()) {
        String[] parts = s.ref().split(":");
        if (parts[0].equals("law")) {
          Law law = laws.get(parts[1]);
          assertTrue(law != null, q.id() + " cites unknown statute " + parts[1]);
          assertTrue(law.article(Integer.parseInt(parts[2])).isPresent(), q.id() + " cites missing " + s.ref());
          assertEquals("/laws/" + parts[1] + "/" + parts[2], s.url());
          lawRefs++;
        } else {
          assertEquals("report", parts[0], q.id());
          assertTrue(paragraphs.contains(parts[1]), q.id() + " cites missing paragraph " + parts[1]);
          reportRefs++;
        }
      }
    }
    assertTrue(lawRefs > 300 && reportRefs > 30, lawRefs + " / " + reportRefs);
  }
}
