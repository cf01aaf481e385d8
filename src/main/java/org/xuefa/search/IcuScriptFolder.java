package org.xuefa.search;

import java.lang.reflect.Method;

/**
 * Builds a character map from ICU4J's "Traditional-Simplified" transform, reached by reflection so
 * that the code compiles and runs without the library (com.ibm.icu:icu4j) on the classpath.
 *
 * <p>The transform runs once per Han character at start-up (about 28,000 calls); searching then
 * folds by table lookup, since transliterating every passage on every query costs milliseconds.
 */
final class IcuScriptFolder {

  // CJK Unified Ideographs with Extension A, and the compatibility ideographs
  private static final int[][] RANGES = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

  // also standard simplified characters (著作权, 显著; 乾坤): ICU would rewrite simplified text
  private static final String KEEP = "著乾";

  private IcuScriptFolder() {}

  /** The ICU-derived folder, or null when ICU4J is absent or refuses the transform. */
  static ScriptFolder loadIfPresent() {
    try {
      Class<?> type = Class.forName("com.ibm.icu.text.Transliterator");
      Object t = type.getMethod("getInstance", String.class).invoke(null, "Traditional-Simplified");
      Method transliterate = type.getMethod("transliterate", String.class);
      char[] map = TableScriptFolder.identity();
      for (int[] range : RANGES) {
        for (int c = range[0]; c <= range[1]; c++) {
          String folded = (String) transliterate.invoke(t, String.valueOf((char) c));
          // only one-for-one results keep offsets valid
          if (folded.length() == 1 && KEEP.indexOf(c) < 0) {
            map[c] = folded.charAt(0);
          }
        }
      }
      return new TableScriptFolder(map, "icu4j");
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
