package org.xuefa.law;

import org.xuefa.store.ContentVersion;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.xuefa.web.Blocking;

/**
 * Imports statute files: checks every file of a batch before writing any, replaces each law, tells
 * the listeners what changed and raises the content version so every node reindexes.
 */
public final class LawImportService {

  /** What an import did: each law, and the content version the import raised the counter to. */
  public record Result(List<LawImported> laws, long contentVersion) {
  }

  private final LawRepository laws;
  private final LawEvents events;
  private final ContentVersion contentVersion;
  private final Blocking blocking;

  public LawImportService(LawRepository laws, LawEvents events, ContentVersion contentVersion, Blocking blocking) {
    this.laws = laws;
    this.events = events;
    this.contentVersion = contentVersion;
    this.blocking = blocking;
  }

  public Future<Result> importFiles(List<LawSource> sources) {
    return importFiles(sources, ImportProgress.NONE);
  }

  /** Fails with {@link LawImportRejected}, nothing written, when any file is not a well-formed statute. */
  public Future<Result> importFiles(List<LawSource> sources, ImportProgress progress) {
    return blocking.run(() -> prepare(sources))
        .compose(prepared -> progress.report(0, prepared.size(),
                "已检查 " + prepared.size() + " 个文件，结构无误，正在写入")
            .compose(v -> storeAll(prepared, progress)));
  }

  /** Parses and hashes every file; collects one problem per broken file so a person fixes all at once. */
  static List<PreparedLaw> prepare(List<LawSource> sources) {
    if (sources.isEmpty()) {
      throw new LawImportRejected(List.of("没有要导入的文件"));
    }
    List<String> problems = new ArrayList<>();
    List<PreparedLaw> prepared = new ArrayList<>();
    Map<String, String> fileOfSlug = new HashMap<>();
    for (LawSource source : sources) {
      String name = source.baseName().isEmpty() ? "（未命名文件）" : source.baseName();
      try {
        Law parsed = LawParser.parse(source.stem(), StatuteText.decode(source.bytes()));
        String slug = LawSlugs.slugFor(source.stem(), parsed.title());
        if (!LawSlugs.valid(slug)) {
          problems.add(name + "：文件名无法用作地址，请改用小写字母、数字和连字符命名（如 civil-code.md）");
          continue;
        }
        String other = fileOfSlug.putIfAbsent(slug, name);
        if (other != null) {
          problems.add(name + "：与 " + other + " 对应同一部法律（" + slug + "），一次只能导入其中一个");
          continue;
        }
        prepared.add(PreparedLaw.of(parsed.withSlug(slug), name));
      } catch (LawFormatException e) {
        problems.add(name + "：" + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new LawImportRejected(problems);
    }
    return prepared;
  }

  /**
   * Stores the laws one after another. Each law is replaced whole; should the store fail midway, the
   * laws already replaced stay replaced, so the content version is raised for them all the same.
   */
  private Future<Result> storeAll(List<PreparedLaw> prepared, ImportProgress progress) {
    List<LawImported> done = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (PreparedLaw law : prepared) {
      chain = chain.compose(v -> storeOne(law))
          .compose(event -> {
            done.add(event);
            return progress.report(done.size(), prepared.size(),
                "已导入《" + event.title() + "》（" + done.size() + "/" + prepared.size() + "）");
          });
    }
    return chain.transform(outcome -> {
      if (done.isEmpty()) {
        return Future.failedFuture(outcome.cause());
      }
      return contentVersion.bump().compose(version -> outcome.succeeded()
          ? Future.succeededFuture(new Result(List.copyOf(done), version))
          : Future.failedFuture(outcome.cause()));
    });
  }

  private Future<LawImported> storeOne(PreparedLaw prepared) {
    return laws.replace(prepared, System.currentTimeMillis())
        .map(replaced -> compare(prepared, replaced))
        .compose(event -> events.publish(event).map(event));
  }

  private static LawImported compare(PreparedLaw prepared, LawRepository.Replaced replaced) {
    Law law = prepared.law();
    List<Integer> changed = replaced.added() ? List.of() : IntStream.rangeClosed(1, law.articleCount())
        .filter(n -> !prepared.textHashes().get(n - 1).equals(replaced.previousHashes().get(n)))
        .boxed().toList();
    List<Integer> removed = IntStream.rangeClosed(law.articleCount() + 1, replaced.previousCount())
        .boxed().toList();
    return new LawImported(law.slug(), law.title(), law.articleCount(), changed, removed, replaced.added());
  }
}
