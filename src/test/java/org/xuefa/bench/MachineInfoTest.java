package org.xuefa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MachineInfoTest {

  @Test
  void readsTheModelNameOfTheFirstProcessor() {
    String cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\ncpu MHz\t\t: 2450.0\n\n"
        + "processor\t: 1\nmodel name\t: AMD EPYC 7B13\n";
    assertEquals(Optional.of("AMD EPYC 7B13"), MachineInfo.cpuModel(cpuinfo));
    assertEquals(Optional.empty(), MachineInfo.cpuModel("processor : 0\n"));
  }

  @Test
  void readsKibFieldsOfProcFiles() {
    String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  312456 kB\nRssAnon:\t 300000 kB\n";
    assertEquals(Optional.of(312_456L), RssSampler.parseVmRssKiB(status));
    assertEquals(Optional.of(24_684_092L), MachineInfo.kibField("MemTotal:       24684092 kB\nMemFree: 1 kB\n", "MemTotal"));
    assertEquals(Optional.empty(), RssSampler.parseVmRssKiB("Name:\tkthreadd\n"), "kernel threads have no VmRSS");
  }

  @Test
  void loadAverageKeepsTheThreeFigures() {
    assertEquals("1.52 0.98 0.71", MachineInfo.loadAverage("1.52 0.98 0.71 3/612 12345\n"));
  }

  @Test
  void describesThisMachine() {
    MachineInfo m = MachineInfo.current();
    assertTrue(m.cores() >= 1);
    assertTrue(m.describe().contains(m.cores() + " cores"), m.describe());
    assertTrue(m.describe().endsWith("UTC"), m.describe());
  }

  @Test
  void samplesTheResidentMemoryOfAProcess() {
    Optional<RssSampler> sampler = RssSampler.start(ProcessHandle.current().pid());
    if (sampler.isEmpty()) {
      assertTrue(System.getProperty("os.name").toLowerCase().contains("win")
          || System.getProperty("os.name").toLowerCase().contains("mac"), "only systems without /proc have no sampler");
      return;
    }
    try (RssSampler s = sampler.get()) {
      s.close();
      assertTrue(s.samples() >= 1);
      assertTrue(s.maxBytes() > 10L * 1024 * 1024, "a JVM holds more than 10 MiB: " + s.maxBytes());
    }
  }
}
