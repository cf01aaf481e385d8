package org.xuefa.account;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.tabular.RowError;
import org.xuefa.web.HttpFailure;

/** Logging in and out, and the account lifecycle: create, disable, reset, import. */
public final class AccountService {

  public static final String ADMIN = "admin";

  private final UserRepository users;
  private final UnitRepository units;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final PasswordHasher hasher;

  public AccountService(UserRepository users, UnitRepository units, Sessions sessions, LoginThrottle throttle,
      PasswordHasher hasher) {
    this.users = users;
    this.units = units;
    this.sessions = sessions;
    this.throttle = throttle;
    this.hasher = hasher;
  }

  /** Checks the throttle, then the password; a success opens a brand-new session (never a reused id). */
  public Future<Map.Entry<String, SessionUser>> login(String username, String password, String address, long now) {
    String name = NewUser.normalizeUsername(username);
    return throttle.check(name, address, now)
        .compose(v -> users.findDocument(name))
        .compose(doc -> hasher.verify(password, doc.map(d -> d.getString("passwordHash")).orElse(null))
            .map(ok -> ok && doc.isPresent() && !doc.get().getBoolean("disabled", false)
                ? Optional.of(User.fromDocument(doc.get()))
                : Optional.<User>empty()))
        .compose(user -> user.isPresent()
            ? throttle.reset(name).compose(v -> sessions.create(user.get(), now))
            : throttle.recordFailure(name, address, now).compose(v ->
                Future.failedFuture(new HttpFailure(401, "用户名或密码不正确，或账号已停用"))));
  }

  public Future<Void> logout(SessionUser session) {
    return sessions.end(session);
  }

  public Future<User> create(NewUser user, long now) {
    return units.ensure(Unit.named(user.unit()))
        .compose(v -> hasher.hash(user.password()))
        .compose(hash -> users.insert(user, hash, now))
        .compose(v -> users.find(user.username()))
        .map(Optional::orElseThrow);
  }

  public Future<Void> setDisabled(String username, boolean disabled) {
    return users.setDisabled(username, disabled)
        .compose(found -> found ? sessions.endAllFor(username) : Future.failedFuture(noSuchUser(username)));
  }

  /** Sets a new random password, ends the person's sessions, and returns the password to hand over. */
  public Future<String> resetPassword(String username) {
    String password = Tokens.readablePassword();
    return hasher.hash(password)
        .compose(hash -> users.setPasswordHash(username, hash))
        .compose(found -> found ? sessions.endAllFor(username) : Future.failedFuture(noSuchUser(username)))
        .map(password);
  }

  /**
   * Imports validated rows all or none: taken usernames reject the file before any write, and if a
   * write still fails (a name taken meanwhile, the store gone) the accounts written are removed again.
   */
  public Future<List<UserCsvImport.Row>> importUsers(List<UserCsvImport.Row> rows, long now) {
    return checkNamesFree(rows).compose(v -> insertAll(rows, now)).map(rows);
  }

  private Future<Void> checkNamesFree(List<UserCsvImport.Row> rows) {
    List<Future<Optional<User>>> lookups = rows.stream().map(r -> users.find(r.user().username())).toList();
    return Future.all(lookups).compose(all -> {
      List<RowError> taken = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (lookups.get(i).result().isPresent()) {
          taken.add(new RowError(rows.get(i).line(), "用户名“" + rows.get(i).user().username() + "”已存在"));
        }
      }
      return taken.isEmpty() ? Future.succeededFuture() : Future.failedFuture(new ImportRejected(taken));
    });
  }

  private Future<Void> insertAll(List<UserCsvImport.Row> rows, long now) {
    List<String> written = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (UserCsvImport.Row row : rows) {
      chain = chain.compose(v -> create(row.user(), now)).map(u -> {
        written.add(u.username());
        return null;
      });
    }
    return chain.recover(e -> undo(written).compose(v -> Future.failedFuture(e)));
  }

  private Future<Void> undo(List<String> written) {
    return Future.join(written.stream().map(users::delete).toList()).<Void>mapEmpty().recover(e -> Future.succeededFuture());
  }

  /** Creates the admin account on first start; returns the generated password when none was configured. */
  public Future<Optional<String>> ensureAdmin(Optional<String> configured, String unit, long now) {
    return users.find(ADMIN).compose(existing -> {
      if (existing.isPresent()) {
        return Future.succeededFuture(Optional.empty());
      }
      String password = configured.orElseGet(Tokens::readablePassword);
      // The operator's XUEFA_ADMIN_PASSWORD is taken as given, even below the length rule people's
      // own passwords follow: refusing it would leave a fresh install with no way in.
      NewUser admin = new NewUser(ADMIN, "系统管理员", Role.ADMIN, unit, Tokens.readablePassword(), false);
      return units.ensure(Unit.named(unit))
          .compose(v -> hasher.hash(password))
          .compose(hash -> users.insert(admin, hash, now))
          .map(v -> configured.isPresent() ? Optional.<String>empty() : Optional.of(password));
    });
  }

  public Future<Optional<User>> find(String username) {
    return users.find(NewUser.normalizeUsername(username));
  }

  public Future<List<User>> list(int limit, int offset) {
    return users.list(limit, offset);
  }

  public Future<List<Unit>> units() {
    return units.list();
  }

  private static HttpFailure noSuchUser(String username) {
    return HttpFailure.notFound("没有用户“" + username + "”");
  }
}
