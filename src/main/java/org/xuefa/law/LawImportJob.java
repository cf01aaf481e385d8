package org.xuefa.law;

import io.vertx.core.Future;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.store.StoreErrors;
import org.xuefa.web.HttpFailure;

/** Runs an upload's import in the background and keeps its job document up to date for the progress page. */
public final class LawImportJob {

  static final String KIND = "import-law";

  private static final Logger log = LoggerFactory.getLogger(LawImportJob.class);

  private final LawImportService imports;
  private final JobRepository jobs;

  public LawImportJob(LawImportService imports, JobRepository jobs) {
    this.imports = imports;
    this.jobs = jobs;
  }

  /** Records the job and starts it; the returned id is known before the import has done anything. */
  public Future<String> start(List<LawSource> sources, String owner) {
    return jobs.create(KIND, sources.size(), "等待开始：" + sources.size() + " 个文件", owner, System.currentTimeMillis())
        .onSuccess(id -> run(id, sources));
  }

  private void run(String id, List<LawSource> sources) {
    jobs.progress(id, 0, sources.size(), "正在检查 " + sources.size() + " 个文件的结构")
        .compose(v -> imports.importFiles(sources, (done, total, message) -> jobs.progress(id, done, total, message)))
        .compose(result -> jobs.finish(id, "已导入 " + result.laws().size() + " 部法律法规；搜索索引随后自动更新",
            result.laws().stream().map(LawImportJob::line).toList()))
        .recover(e -> failed(id, e))
        .onFailure(e -> log.error("import job {} could not record its outcome", id, e));
  }

  private Future<Void> failed(String id, Throwable e) {
    if (e instanceof LawImportRejected rejected) {
      return jobs.fail(id, "文件未导入：发现 " + rejected.problems().size()
          + " 处错误，请改正后重新上传（全部导入或全不导入）", rejected.problems());
    }
    if (e instanceof HttpFailure hf) {
      return jobs.fail(id, "导入中断：" + hf.getMessage(), List.of());
    }
    log.error("import job {} failed", id, e);
    String reason = StoreErrors.isUnavailable(e) ? "数据存储暂时无法访问" : "服务器内部错误（已记录）";
    return jobs.fail(id, "导入中断：" + reason + "。已完成写入的法律保持新版本，其余保持原样；请稍后重新上传", List.of());
  }

  static String line(LawImported law) {
    String what = law.added() ? "新导入"
        : law.changedArticles().size() + " 条有改动，" + law.removedArticles().size() + " 条删除";
    return law.slug() + "《" + law.title() + "》：" + law.articleCount() + " 条（" + what + "）";
  }
}
