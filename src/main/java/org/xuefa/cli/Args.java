package org.xuefa.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Command-line options: {@code --name value}, boolean flags, and positional arguments. */
public final class Args {

  private final Map<String, String> options = new HashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Args() {}

  /**
   * Parses the arguments after the command word.
   *
   * @throws UsageException on an unknown option or a missing value
   */
  public static Args parse(List<String> args, Set<String> valued, Set<String> flags) {
    Args a = new Args();
    for (int i = 0; i < args.size(); i++) {
      String s = args.get(i);
      if (s.startsWith("--")) {
        String name = s.substring(2);
        if (flags.contains(name)) {
          a.options.put(name, "true");
        } else if (valued.contains(name)) {
          if (i + 1 >= args.size()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          a.options.put(name, args.get(++i));
        } else {
          throw new UsageException("unknown option " + s);
        }
      } else {
        a.positional.add(s);
      }
    }
    return a;
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public String required(String name) {
    return option(name).orElseThrow(() -> new UsageException("missing --" + name));
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  public List<String> positional() {
    return positional;
  }
}
