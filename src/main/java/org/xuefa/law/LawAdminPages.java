package org.xuefa.law;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.xuefa.account.Role;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;
import org.xuefa.web.Respond;
import org.xuefa.web.Times;
import org.xuefa.web.Uploads;

/** The administrator's statute import: the imported laws, an upload form, and the import job's progress page. */
public final class LawAdminPages {

  static final String PATH = "/admin/laws";
  static final String JOBS = "/admin/jobs";
  static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
  static final int MAX_FILES = 20;
  private static final Uploads.Limits STATUTE_FILES = new Uploads.Limits("请选择要导入的法律法规文件（.md 或 .txt）",
      MAX_FILES, MAX_FILE_BYTES, List.of(".md", ".txt"));
  /** A job left without news this long died with its node; its page stops refreshing. */
  static final long STALE_MILLIS = 10 * 60 * 1000;

  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_-]{8,40}");

  private final LawRepository laws;
  private final LawImportJob importJob;
  private final JobRepository jobs;
  private final Pages pages;

  public LawAdminPages(LawRepository laws, LawImportService imports, JobRepository jobs, Pages pages) {
    this.laws = laws;
    this.importJob = new LawImportJob(imports, jobs);
    this.jobs = jobs;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get(PATH).handler(Auth.role(Role.ADMIN)).handler(ctx -> show(ctx, 200, Map.of()));
    router.post(PATH).handler(Auth.role(Role.ADMIN)).handler(this::upload);
    router.get(JOBS + "/:id").handler(Auth.role(Role.ADMIN)).handler(this::jobPage);
    router.get("/api/jobs/:id").handler(Auth.role(Role.ADMIN)).handler(this::jobJson);
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> extra) {
    Future.all(laws.list(), jobs.recent(LawImportJob.KIND, 10)).onSuccess(all -> {
      List<LawSummary> imported = all.resultAt(0);
      List<Job> recent = all.resultAt(1);
      Map<String, Object> model = new HashMap<>(extra);
      model.put("laws", LawViews.list(imported));
      model.put("count", imported.size());
      model.put("hasLaws", !imported.isEmpty());
      model.put("hasJobs", !recent.isEmpty());
      model.put("jobs", recent.stream().map(j -> Map.of("href", JOBS + "/" + j.id(), "status", statusLabel(j),
          "message", j.message(), "when", Times.minute(j.createdAt()), "owner", j.owner())).toList());
      model.put("maxFiles", MAX_FILES);
      pages.send(ctx, status, "law/admin", "法规导入", model);
    }).onFailure(ctx::fail);
  }

  /** Checks and reads the files, then starts the job. */
  private void upload(RoutingContext ctx) {
    Uploads.read(ctx, STATUTE_FILES)
        .compose(files -> ctx.vertx().executeBlocking(() -> text(files), false))
        .onSuccess(files -> start(ctx, files))
        .onFailure(e -> Pages.refused(ctx, e, (status, error) -> show(ctx, status, error)));
  }

  /**
   * A file that is no text (binary, not UTF-8, NULs) is refused at once with its name, not queued
   * as a job that can only fail; the structure is the job's to check. Decoding up to 100 MB: a worker's job.
   */
  static List<Uploads.Upload> text(List<Uploads.Upload> files) {
    for (Uploads.Upload f : files) {
      try {
        StatuteText.lines(StatuteText.decode(f.bytes()));
      } catch (LawFormatException e) {
        throw HttpFailure.badRequest(f.name() + "：" + e.getMessage());
      }
    }
    return files;
  }

  /** The job runs on after the answer: the person is sent to its progress page at once. */
  private void start(RoutingContext ctx, List<Uploads.Upload> files) {
    String owner = Auth.user(ctx).map(u -> u.username()).orElse("");
    importJob.start(files.stream().map(f -> new LawSource(f.name(), f.bytes())).toList(), owner)
        .onSuccess(id -> ctx.response().setStatusCode(303).putHeader("Location", JOBS + "/" + id).end())
        .onFailure(ctx::fail);
  }

  private void jobPage(RoutingContext ctx) {
    findJob(ctx.pathParam("id")).onSuccess(job -> {
      boolean stale = !job.finished() && System.currentTimeMillis() - job.updatedAt() > STALE_MILLIS;
      boolean refresh = !job.finished() && !stale;
      if (refresh) {
        // The header works in every browser; the page also carries the meta tag for saved copies.
        ctx.response().putHeader("Refresh", "1");
      }
      Map<String, Object> model = new HashMap<>();
      model.put("refresh", refresh);
      model.put("stale", stale);
      model.put("status", statusLabel(job));
      model.put("failed", Job.FAILED.equals(job.status()));
      model.put("done", Job.DONE.equals(job.status()));
      model.put("message", job.message());
      model.put("progressDone", job.done());
      model.put("progressTotal", Math.max(1, job.total()));
      model.put("result", job.result());
      model.put("errors", job.errors());
      model.put("hasErrors", !job.errors().isEmpty());
      model.put("hasResult", !job.result().isEmpty());
      model.put("when", Times.minute(job.createdAt()));
      model.put("owner", job.owner());
      pages.send(ctx, "law/job", "导入进度", model);
    }).onFailure(ctx::fail);
  }

  private void jobJson(RoutingContext ctx) {
    Respond.json(ctx, findJob(ctx.pathParam("id")).map(Job::toJson));
  }

  private Future<Job> findJob(String id) {
    if (!JOB_ID.matcher(id).matches()) {
      return Future.failedFuture(HttpFailure.notFound("没有这个任务"));
    }
    return jobs.find(id).map(found -> found.orElseThrow(() -> HttpFailure.notFound("没有这个任务")));
  }

  private static String statusLabel(Job job) {
    return switch (job.status()) {
      case Job.QUEUED -> "排队中";
      case Job.RUNNING -> "进行中";
      case Job.DONE -> "已完成";
      case Job.FAILED -> "失败";
      default -> job.status();
    };
  }
}
