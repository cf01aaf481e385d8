package org.xuefa.law;

import java.util.List;

/**
 * A parsed law ready to be written, with the hash of each article's text computed off the event loop.
 *
 * @param law        the parsed law under its final slug
 * @param sourceFile the file name it came from, for display only
 * @param textHashes one hash per article, in article order
 */
record PreparedLaw(Law law, String sourceFile, List<String> textHashes) {

  PreparedLaw {
    textHashes = List.copyOf(textHashes);
  }

  static PreparedLaw of(Law law, String sourceFile) {
    return new PreparedLaw(law, sourceFile, law.articles().stream().map(LawDocuments::textHash).toList());
  }
}
