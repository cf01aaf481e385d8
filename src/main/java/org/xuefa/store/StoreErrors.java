package org.xuefa.store;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoBulkWriteException;

/** Classifies driver failures: store gone (503) or a unique key already taken (409). */
public final class StoreErrors {

  private StoreErrors() {}

  public static boolean isUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MongoTimeoutException || t instanceof MongoSocketException
          || t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException) {
        return true;
      }
      if (t.getClass().getName().equals("com.mongodb.MongoClientException")
          && String.valueOf(t.getMessage()).contains("state should be: open")) {
        return true;
      }
    }
    return false;
  }

  public static boolean isDuplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MongoWriteException w && w.getError().getCode() == 11000) {
        return true;
      }
      if (t instanceof MongoCommandException c && c.getErrorCode() == 11000) {
        return true;
      }
      if (t instanceof MongoBulkWriteException b
          && b.getWriteErrors().stream().anyMatch(err -> err.getCode() == 11000)) {
        return true;
      }
      if (String.valueOf(t.getMessage()).contains("E11000")) {
        return true;
      }
    }
    return false;
  }
}
