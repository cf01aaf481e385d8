package org.xuefa.web;

import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.file.FileSystem;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * Reads the files of an upload form into memory once they pass the form's limits, so every import page
 * refuses the same mistakes with the same 400/413 messages; the bytes are read before the request ends,
 * when Vert.x deletes its temporary files.
 */
public final class Uploads {

  /** One uploaded file: the browser's file name made fit to show (never used as a path) and its bytes. */
  public record Upload(String name, byte[] bytes) {}

  /**
   * What a form accepts.
   *
   * @param choose     the message when no file came, e.g. 请选择要导入的 CSV 文件
   * @param maxFiles   files in one request
   * @param maxBytes   bytes per file
   * @param extensions the accepted endings, lower case (".md"); empty: any, the importer judges the content
   */
  public record Limits(String choose, int maxFiles, long maxBytes, List<String> extensions) {

    public Limits {
      extensions = List.copyOf(extensions);
    }
  }

  static final int MAX_NAME = 100;

  private Uploads() {}

  /** The form's files, or a failed future with an {@link HttpFailure} (400, or 413 for a file too large). */
  public static Future<List<Upload>> read(RoutingContext ctx, Limits limits) {
    List<FileUpload> files = ctx.fileUploads().stream().filter(f -> f.size() > 0 || !name(f).isEmpty()).toList();
    try {
      check(files, limits);
    } catch (HttpFailure e) {
      return Future.failedFuture(e);
    }
    FileSystem fs = ctx.vertx().fileSystem();
    return Future.all(files.stream().map(f -> fs.readFile(f.uploadedFileName())
            .map(buf -> new Upload(name(f), buf.getBytes()))).toList())
        .map(CompositeFuture::<Upload>list);
  }

  /** The one file of a single-file form. */
  public static Future<Upload> readOne(RoutingContext ctx, Limits limits) {
    return read(ctx, limits).map(files -> files.get(0));
  }

  static void check(List<FileUpload> files, Limits limits) {
    if (files.isEmpty()) {
      throw HttpFailure.badRequest(limits.choose());
    }
    if (files.size() > limits.maxFiles()) {
      throw HttpFailure.badRequest("一次最多导入 " + limits.maxFiles() + " 个文件");
    }
    for (FileUpload f : files) {
      String name = name(f);
      String lower = name.toLowerCase(Locale.ROOT);
      if (!limits.extensions().isEmpty() && limits.extensions().stream().noneMatch(lower::endsWith)) {
        throw HttpFailure.badRequest("只接受 " + String.join(" 或 ", limits.extensions()) + " 文件：" + name);
      }
      if (f.size() > limits.maxBytes()) {
        throw new HttpFailure(413, "文件过大（" + (limits.maxFiles() > 1 ? "每个" : "") + "最多 "
            + limits.maxBytes() / 1024 / 1024 + " MB）：" + name);
      }
      if (f.size() == 0) {
        throw HttpFailure.badRequest("文件不能为空：" + name);
      }
    }
  }

  /**
   * The browser's file name without folder parts and control characters, at most {@link #MAX_NAME}
   * characters; only shown and used to tell the format and the slug, never as a path.
   */
  static String name(FileUpload f) {
    return displayName(f.fileName());
  }

  static String displayName(String fileName) {
    String name = fileName == null ? "" : fileName;
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(cut + 1).strip().replaceAll("\\p{Cntrl}", "");
    if (base.length() <= MAX_NAME) {
      return base;
    }
    // a long name keeps its ending, which says the file's format
    int dot = base.lastIndexOf('.');
    String ending = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
    return base.substring(0, MAX_NAME - ending.length()) + ending;
  }
}
