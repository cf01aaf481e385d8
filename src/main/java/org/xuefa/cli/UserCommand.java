package org.xuefa.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.xuefa.account.NewUser;
import org.xuefa.account.Tokens;
import org.xuefa.account.User;
import org.xuefa.config.Config;

/** {@code user add …}: creates an account directly in the store (the embedded one only while no server holds it). */
final class UserCommand {

  private final Config config;
  private final InputStream in;
  private final PrintStream out;

  UserCommand(Config config, InputStream in, PrintStream out) {
    this.config = config;
    this.in = in;
    this.out = out;
  }

  int run(List<String> argv) {
    if (argv.isEmpty() || !argv.get(0).equals("add")) {
      throw new UsageException("user needs a subcommand: user add --username U --role R --unit UNIT");
    }
    Args args = Args.parse(argv.subList(1, argv.size()), Set.of("username", "role", "unit", "name"),
        Set.of("password-stdin"));
    boolean fromStdin = args.flag("password-stdin");
    String password = fromStdin ? readPassword() : Tokens.readablePassword();
    NewUser user = new NewUser(args.required("username"), args.option("name").orElse(""),
        NewUser.role(args.required("role")), args.required("unit"), password, false);
    User created = StoreSession.with(config, services -> services.accounts().create(user, System.currentTimeMillis()));
    out.println("created " + created.role().code() + " " + created.username() + " (" + created.unit() + ")");
    if (!fromStdin) {
      out.println("password: " + password + "  (shown only once)");
    }
    return 0;
  }

  private String readPassword() {
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = reader.readLine();
      if (line == null || line.isEmpty()) {
        throw new CommandFailed("no password on standard input");
      }
      return line;
    } catch (IOException e) {
      throw new CommandFailed("cannot read the password from standard input: " + e.getMessage());
    }
  }
}
