package org.xuefa.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads what the server ships on its classpath (the report, topics, seed questions, word lists), one
 * file or a whole folder, whether the classpath holds it as a directory (target/classes) or inside the
 * shaded jar, so no index of a folder has to be kept by hand. Blocking: meant for the start.
 */
public final class Classpath {

  /** One shipped file: its name within its folder (e.g. {@code pre-meeting-study.md}) and its bytes. */
  public record Resource(String name, byte[] bytes) {

    /** The bytes as UTF-8; a file that is not valid UTF-8 fails here rather than showing as garbage. */
    public String text() {
      return utf8(name, bytes);
    }
  }

  private Classpath() {}

  /** The bytes of a resource such as {@code seeds/questions/01.csv}. */
  public static byte[] bytes(String resource) {
    try (InputStream in = Classpath.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The text of a UTF-8 resource. */
  public static String text(String resource) {
    return utf8(resource, bytes(resource));
  }

  /** Whether the folder is on the classpath at all. */
  public static boolean hasFolder(ClassLoader loader, String folder) {
    return loader.getResource(folder) != null;
  }

  /** The files directly in a folder whose names end with {@code suffix}, sorted by name. */
  public static List<Resource> folder(String folder, String suffix) {
    return folder(Classpath.class.getClassLoader(), folder, suffix);
  }

  /** As {@link #folder(String, String)}, through the given class loader. */
  public static List<Resource> folder(ClassLoader loader, String folder, String suffix) {
    URL url = loader.getResource(folder);
    if (url == null) {
      throw new IllegalStateException("missing classpath folder " + folder);
    }
    try {
      return switch (url.getProtocol()) {
        case "file" -> read(Path.of(url.toURI()), suffix);
        case "jar" -> fromJar(url.toString(), suffix);
        default -> throw new IllegalStateException("cannot list classpath folder " + folder + " at " + url);
      };
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate classpath folder " + folder + " at " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath folder " + folder + " at " + url, e);
    }
  }

  /** {@code jar:file:/…/xuefa.jar!/content/topics}: opens a private zip file system, reads, closes it. */
  private static List<Resource> fromJar(String spec, String suffix) throws IOException, URISyntaxException {
    int bang = spec.indexOf("!/");
    Path jar = Path.of(new URI(spec.substring("jar:".length(), bang)));
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      return read(zip.getPath(spec.substring(bang + 1)), suffix);
    }
  }

  private static List<Resource> read(Path folder, String suffix) throws IOException {
    List<Resource> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
        files.add(new Resource(p.getFileName().toString(), Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static String utf8(String name, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException("not UTF-8: " + name, e);
    }
  }
}
