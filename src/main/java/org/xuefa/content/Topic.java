package org.xuefa.content;

import java.util.List;

/**
 * A study topic (学习专题) as search and pages see it: {@code sources} are refs as written
 * ({@code report:8-2-1}, {@code law:constitution:27}); {@code plainText} is the body without markup.
 */
public record Topic(
    String slug, String title, String summary, List<String> tags, List<String> sources, String markdown,
    String plainText, String url) {

  public Topic {
    tags = List.copyOf(tags);
    sources = List.copyOf(sources);
  }

  public static String urlOf(String slug) {
    return "/topics/" + slug;
  }
}
