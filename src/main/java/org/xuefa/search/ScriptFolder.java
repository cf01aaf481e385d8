package org.xuefa.search;

/**
 * Folds traditional Chinese characters to simplified ones so that 憲法宣誓 finds 宪法宣誓.
 *
 * <p>Implementations keep the length of the text unchanged, character for character, so that
 * offsets computed on folded text hold for the original (highlighting relies on it).
 */
public interface ScriptFolder {

  /** The text with traditional characters replaced; same length as the input. */
  String fold(String text);

  /** A short name for logs and the benchmark. */
  String name();

  /** ICU4J's transform when the library is on the classpath, else the bundled table. */
  static ScriptFolder best() {
    ScriptFolder icu = IcuScriptFolder.loadIfPresent();
    return icu != null ? icu : TableScriptFolder.bundled();
  }
}
