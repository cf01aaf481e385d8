package org.xuefa.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists and reads the topic files in a classpath folder, whether the classpath holds that folder as
 * a directory (target/classes) or inside a jar (the shaded xuefa.jar), so no index file has to be kept.
 */
final class TopicFiles {

  /** One topic file: its name (e.g. {@code pre-meeting-study.md}) and its UTF-8 text. */
  record TopicFile(String name, String text) {}

  static final String FOLDER = "content/topics";

  private TopicFiles() {}

  static List<TopicFile> fromClasspath(ClassLoader loader, String folder) {
    URL url = loader.getResource(folder);
    if (url == null) {
      throw new TopicFormatException(folder, "类路径中没有专题目录");
    }
    try {
      return switch (url.getProtocol()) {
        case "file" -> read(Path.of(url.toURI()));
        case "jar" -> fromJar(url.toString());
        default -> throw new TopicFormatException(folder, "无法列出此位置的专题文件：" + url);
      };
    } catch (URISyntaxException e) {
      throw new TopicFormatException(folder, "无法解析专题目录的位置：" + url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topics from " + url, e);
    }
  }

  /** {@code jar:file:/…/xuefa.jar!/content/topics}: opens a private zip file system, read, closed. */
  private static List<TopicFile> fromJar(String spec) throws IOException, URISyntaxException {
    int bang = spec.indexOf("!/");
    Path jar = Path.of(new URI(spec.substring("jar:".length(), bang)));
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      return read(zip.getPath(spec.substring(bang + 1)));
    }
  }

  static List<TopicFile> read(Path folder) throws IOException {
    List<TopicFile> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
        files.add(new TopicFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return files;
  }
}
