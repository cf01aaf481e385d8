package org.xuefa.question;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.web.Auth;
import org.xuefa.web.Pages;
import org.xuefa.web.Uploads;

/** The upload page (.csv or .xlsx, all rows or none) and the template downloads in both formats. */
public final class QuestionImportPages {

  static final String PATH = QuestionPages.LIST + "/import";
  static final String TEMPLATE = "question/import";
  private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** Any name: a file without .csv or .xlsx is told apart by its content, and refused there with the reason. */
  private static final Uploads.Limits QUESTION_FILE = new Uploads.Limits("请选择要导入的 .csv 或 .xlsx 文件（文件不能为空）",
      1, QuestionFile.MAX_BYTES, List.of());

  private final QuestionImport importer;
  private final Pages pages;
  private final Buffer xlsxTemplate = Buffer.buffer(QuestionTemplate.xlsx());
  private final Buffer csvTemplate = Buffer.buffer(QuestionTemplate.csv());

  public QuestionImportPages(QuestionImport importer, Pages pages) {
    this.importer = importer;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get(PATH).handler(Auth.role(Role.TRAINER)).handler(ctx -> show(ctx, 200, Map.of()));
    router.post(PATH).handler(Auth.role(Role.TRAINER)).handler(this::upload);
    router.get(QuestionPages.LIST + "/template.xlsx").handler(Auth.role(Role.TRAINER))
        .handler(ctx -> download(ctx, xlsxTemplate, XLSX_TYPE, "question-template.xlsx"));
    router.get(QuestionPages.LIST + "/template.csv").handler(Auth.role(Role.TRAINER))
        .handler(ctx -> download(ctx, csvTemplate, "text/csv; charset=utf-8", "question-template.csv"));
  }

  private void upload(RoutingContext ctx) {
    String by = Auth.require(ctx, Role.TRAINER).username();
    Uploads.readOne(ctx, QUESTION_FILE)
        .onSuccess(file -> importFile(ctx, file, by))
        .onFailure(e -> Pages.refused(ctx, e, (status, error) -> show(ctx, status, error)));
  }

  private void importFile(RoutingContext ctx, Uploads.Upload file, String by) {
    importer.importFile(file.name(), file.bytes(), by)
        .onSuccess(r -> show(ctx, 200, Map.of("notice", r.chinese(), "fileName", file.name())))
        .onFailure(e -> rejected(ctx, e, file.name()));
  }

  private void rejected(RoutingContext ctx, Throwable e, String fileName) {
    if (e instanceof ImportRejected ir) {
      show(ctx, 400, Map.of("error", "文件未导入：发现 " + ir.errors().size() + " 处错误，请改正后重新上传（全部导入或全不导入，题库未作任何改动）",
          "fileName", fileName, "hasRowErrors", true,
          "rowErrors", ir.errors().stream().map(r -> Map.of("line", r.line(), "reason", r.reason())).toList()));
    } else {
      ctx.fail(e);
    }
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> model) {
    pages.send(ctx, status, TEMPLATE, "导入题目", model);
  }

  private static void download(RoutingContext ctx, Buffer body, String type, String name) {
    ctx.response().putHeader("Content-Type", type)
        .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .putHeader("Cache-Control", "no-store")
        .end(body);
  }
}
