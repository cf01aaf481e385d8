package org.xuefa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The machine a run was measured on, as the results table states it: cores, CPU model, memory, load, date. */
public record MachineInfo(int cores, String cpuModel, long memoryKiB, String loadAverage, String javaVersion, Instant at) {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** Reads this machine; on a system without {@code /proc} the fields say "unknown". */
  public static MachineInfo current() {
    return new MachineInfo(Runtime.getRuntime().availableProcessors(),
        read("/proc/cpuinfo").flatMap(MachineInfo::cpuModel).orElse("unknown CPU"),
        read("/proc/meminfo").flatMap(t -> kibField(t, "MemTotal")).orElse(0L),
        read("/proc/loadavg").map(MachineInfo::loadAverage).orElse("unknown"),
        System.getProperty("java.vm.name", "Java") + " " + System.getProperty("java.version", "?"),
        Instant.now());
  }

  static Optional<String> cpuModel(String cpuinfo) {
    for (String line : cpuinfo.split("\n")) {
      if (line.startsWith("model name")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          return Optional.of(line.substring(colon + 1).trim());
        }
      }
    }
    return Optional.empty();
  }

  /** A {@code Name: 1234 kB} field of /proc/meminfo or /proc/PID/status, in KiB. */
  static Optional<Long> kibField(String text, String name) {
    for (String line : text.split("\n")) {
      if (line.startsWith(name + ":")) {
        String[] parts = line.substring(name.length() + 1).trim().split("\\s+");
        try {
          return Optional.of(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The three load averages of /proc/loadavg: how busy the shared machine was when the run began. */
  static String loadAverage(String loadavg) {
    String[] parts = loadavg.trim().split("\\s+");
    return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : loadavg.trim();
  }

  static Optional<String> read(String path) {
    try {
      return Optional.of(Files.readString(Path.of(path)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public String describe() {
    return cores + " cores (" + cpuModel + "), " + Format.gib(memoryKiB * 1024) + " RAM, load average at start "
        + loadAverage + ", " + javaVersion + ", " + DATE.format(at);
  }
}
