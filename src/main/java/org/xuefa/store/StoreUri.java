package org.xuefa.store;

/** Connection-string helpers: the database name it names and the timeouts that keep requests from hanging. */
final class StoreUri {

  static final String DEFAULT_DATABASE = "xuefa";

  private StoreUri() {}

  /** The database in the URI's path, or "xuefa". */
  static String databaseName(String uri) {
    String rest = uri.replaceFirst("^mongodb(\\+srv)?://", "");
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return DEFAULT_DATABASE;
    }
    String path = rest.substring(slash + 1);
    int q = path.indexOf('?');
    String db = q < 0 ? path : path.substring(0, q);
    return db.isBlank() ? DEFAULT_DATABASE : db;
  }

  /** Adds server-selection and connect timeouts unless the operator set their own. */
  static String withTimeouts(String uri, int millis) {
    StringBuilder sb = new StringBuilder(uri);
    String rest = uri.replaceFirst("^mongodb(\\+srv)?://", "");
    if (!rest.contains("/")) {
      sb.append('/');
    }
    boolean hasQuery = uri.contains("?");
    for (String key : new String[] {"serverSelectionTimeoutMS", "connectTimeoutMS"}) {
      if (!uri.contains(key + "=")) {
        sb.append(hasQuery ? '&' : '?').append(key).append('=').append(millis);
        hasQuery = true;
      }
    }
    return sb.toString();
  }
}
