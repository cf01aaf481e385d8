package org.xuefa.content;

import java.util.List;
import org.xuefa.resources.Classpath;

/** The topic files in their classpath folder, read as text; a missing folder is a topic error naming it. */
final class TopicFiles {

  /** One topic file: its name (e.g. {@code pre-meeting-study.md}) and its UTF-8 text. */
  record TopicFile(String name, String text) {}

  static final String FOLDER = "content/topics";

  private TopicFiles() {}

  static List<TopicFile> fromClasspath(ClassLoader loader, String folder) {
    if (!Classpath.hasFolder(loader, folder)) {
      throw new TopicFormatException(folder, "类路径中没有专题目录");
    }
    return Classpath.folder(loader, folder, ".md").stream().map(r -> new TopicFile(r.name(), r.text())).toList();
  }
}
