package org.xuefa.search;

import io.vertx.core.Future;
import java.util.List;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionBank;

/**
 * Practice questions, searchable by their stem and options only: the key and the explanation never
 * enter the index, so no search can reveal an answer. They rank below the passages that state facts,
 * and their tags (宪法修改, 执法资格) are not keywords: a question quoting an article would otherwise
 * match a subject twice and outrank the article it quotes.
 */
public final class QuestionSearchSource implements SearchSource {

  public static final String TYPE = "question";
  static final float WEIGHT = 0.5f;
  static final int TITLE_LENGTH = 40;

  private final QuestionBank bank;

  public QuestionSearchSource(QuestionBank bank) {
    this.bank = bank;
  }

  @Override
  public String name() {
    return TYPE;
  }

  @Override
  public Future<List<SearchDoc>> docs() {
    return bank.active().map(list -> list.stream().map(QuestionSearchSource::of).toList());
  }

  static SearchDoc of(Question q) {
    StringBuilder text = new StringBuilder(q.stem());
    q.options().forEach(o -> text.append('\n').append(o.key()).append(". ").append(o.text()));
    String title = q.stem().length() > TITLE_LENGTH ? q.stem().substring(0, TITLE_LENGTH) + "…" : q.stem();
    return new SearchDoc("question:" + q.id(), TYPE, q.type().label() + "题：" + title,
        "/practice/question/" + q.id(), text.toString(), "练习题", List.of(), WEIGHT);
  }
}
