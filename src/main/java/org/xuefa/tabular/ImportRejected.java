package org.xuefa.tabular;

import java.util.List;

/** A file rejected whole: nothing was written, every bad row is listed. */
public class ImportRejected extends RuntimeException {

  private final List<RowError> errors;

  public ImportRejected(List<RowError> errors) {
    super("文件未导入（全部或全不）：共 " + errors.size() + " 处错误；" + errors.get(0), null, false, false);
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }
}
