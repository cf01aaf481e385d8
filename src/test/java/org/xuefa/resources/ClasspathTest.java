package org.xuefa.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shipped files read from the classpath folder (the jar case is in TopicLibraryTest). */
class ClasspathTest {

  @Test
  void aFolderListsItsFilesOfOneEndingInNameOrder() {
    List<Classpath.Resource> seeds = Classpath.folder("seeds/questions", ".csv");
    assertEquals(List.of("01-constitution-civil-remedies.csv", "02-administrative-enforcement.csv"),
        seeds.stream().map(Classpath.Resource::name).toList());
    assertTrue(seeds.get(0).text().contains("题干"));
  }

  @Test
  void missingResourcesAndBrokenTextFailWithTheirName() {
    assertTrue(assertThrows(IllegalStateException.class, () -> Classpath.folder("no/such/folder", ".md"))
        .getMessage().contains("no/such/folder"));
    assertTrue(assertThrows(IllegalStateException.class, () -> Classpath.bytes("no/such.txt"))
        .getMessage().contains("no/such.txt"));
    assertFalse(Classpath.hasFolder(ClasspathTest.class.getClassLoader(), "no/such/folder"));
    Classpath.Resource latin1 = new Classpath.Resource("bad.md", new byte[] {(byte) 0xe9, 'a'});
    assertTrue(assertThrows(UncheckedIOException.class, latin1::text).getMessage().contains("bad.md"));
  }
}
