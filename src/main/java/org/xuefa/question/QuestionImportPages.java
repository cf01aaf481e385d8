package org.xuefa.question;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.FileSystem;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.web.Auth;
import org.xuefa.web.Pages;

/** The upload page (.csv or .xlsx, all rows or none) and the template downloads in both formats. */
public final class QuestionImportPages {

  static final String PATH = QuestionPages.LIST + "/import";
  static final String TEMPLATE = "question/import";
  private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final QuestionImport importer;
  private final Pages pages;
  private final FileSystem fs;
  private final Buffer xlsxTemplate = Buffer.buffer(QuestionTemplate.xlsx());
  private final Buffer csvTemplate = Buffer.buffer(QuestionTemplate.csv());

  public QuestionImportPages(QuestionImport importer, Pages pages, FileSystem fs) {
    this.importer = importer;
    this.pages = pages;
    this.fs = fs;
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
    List<FileUpload> files = ctx.fileUploads();
    if (files.isEmpty() || files.get(0).size() == 0) {
      show(ctx, 400, Map.of("error", "请选择要导入的 .csv 或 .xlsx 文件（文件不能为空）"));
      return;
    }
    FileUpload file = files.get(0);
    if (file.size() > QuestionFile.MAX_BYTES) {
      show(ctx, 413, Map.of("error", "文件过大（最多 " + QuestionFile.MAX_BYTES / 1024 / 1024 + " MB）：请分成几个文件导入"));
      return;
    }
    String by = Auth.require(ctx, Role.TRAINER).username();
    fs.readFile(file.uploadedFileName())
        .compose(buf -> importer.importFile(file.fileName(), buf.getBytes(), by))
        .onSuccess(r -> show(ctx, 200, Map.of("notice", r.chinese(), "fileName", file.fileName())))
        .onFailure(e -> rejected(ctx, e, file.fileName()));
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
