package org.xuefa.search;

/**
 * The one normalisation applied to indexed text and to queries alike: traditional → simplified,
 * full-width ASCII → ASCII, ideographic space → space, lower case; always length-preserving.
 */
public final class TextNormalizer {

  private final ScriptFolder folder;

  public TextNormalizer(ScriptFolder folder) {
    this.folder = folder;
  }

  /** The normaliser with the best available script folder. */
  public static TextNormalizer standard() {
    return new TextNormalizer(ScriptFolder.best());
  }

  public ScriptFolder folder() {
    return folder;
  }

  /** The normalised text, of the same length as the input. */
  public String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char[] chars = folder.fold(text).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        c = ' ';
      }
      chars[i] = Character.toLowerCase(c);
    }
    return new String(chars);
  }
}
