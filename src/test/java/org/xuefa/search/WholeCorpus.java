package org.xuefa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.xuefa.content.TopicLibrary;
import org.xuefa.question.QuestionRules;
import org.xuefa.question.SeedQuestions;
import org.xuefa.question.SourceRefs;
import org.xuefa.report.Paragraph;
import org.xuefa.report.Report;
import org.xuefa.report.ReportParser;

/**
 * Every passage a fully imported server indexes, built by the same search sources the server
 * registers (report, topics, every statute of the test folder, the seed questions), so relevance
 * tests see the weights the server uses.
 */
final class WholeCorpus {

  private WholeCorpus() {}

  static List<SearchDoc> docs() {
    Report report = ReportParser.loadDefault();
    List<SearchDoc> docs = new ArrayList<>(new ReportSearchSource(report).docs().result());
    docs.addAll(new TopicSearchSource(TopicLibrary.load(report)).docs().result());
    docs.addAll(TestLaws.readAll(TestLaws.folder()));
    QuestionRules rules = new QuestionRules(new SourceRefs(
        report.paragraphs().stream().map(Paragraph::id).collect(Collectors.toSet())));
    SeedQuestions.parseAll(rules).stream().filter(q -> q.active())
        .map(QuestionSearchSource::of).forEach(docs::add);
    return docs;
  }
}
