package org.xuefa.store;

import java.nio.file.Path;

/** The embedded store file is held by another process, usually a running {@code serve}. */
public class StoreLockedException extends StoreException {
  public StoreLockedException(Path file) {
    super("the store file " + file + " is in use by another Xuefa process (a running server?); "
        + "stop it, or use the running server's HTTP API instead");
  }
}
