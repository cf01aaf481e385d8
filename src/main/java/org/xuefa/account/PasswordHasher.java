package org.xuefa.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import org.xuefa.web.Blocking;

/**
 * Salted bcrypt hashes, computed on the blocking pool. Passwords longer than bcrypt's 72 bytes (easy
 * with Chinese characters) are pre-hashed with SHA-512 instead of being cut silently.
 */
public final class PasswordHasher {

  public static final int COST = 10;
  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

  private final Blocking blocking;
  private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
  private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
  /** Compared against when the account does not exist, so that both cases take the same time. */
  private final String decoy;

  public PasswordHasher(Blocking blocking) {
    this.blocking = blocking;
    this.decoy = hashNow("decoy-password-never-valid");
  }

  public Future<String> hash(String password) {
    return blocking.run(() -> hashNow(password));
  }

  /** Checks the password against the hash, or against a decoy when there is no hash. */
  public Future<Boolean> verify(String password, String hashOrNull) {
    String target = hashOrNull == null ? decoy : hashOrNull;
    return blocking.run(() -> verifyer.verify(password.getBytes(StandardCharsets.UTF_8),
        target.getBytes(StandardCharsets.UTF_8)).verified && hashOrNull != null);
  }

  String hashNow(String password) {
    return new String(hasher.hash(COST, password.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }
}
