package org.xuefa.search;

import java.lang.reflect.Method;

/**
 * Folds with ICU4J's "Traditional-Simplified" transform, reached by reflection so that the code
 * compiles and runs without the library (com.ibm.icu:icu4j) on the classpath.
 */
final class IcuScriptFolder implements ScriptFolder {

  private final Object transliterator;
  private final Method transliterate;

  private IcuScriptFolder(Object transliterator, Method transliterate) {
    this.transliterator = transliterator;
    this.transliterate = transliterate;
  }

  /** The ICU folder, or null when ICU4J is absent or refuses the transform. */
  static ScriptFolder loadIfPresent() {
    try {
      Class<?> type = Class.forName("com.ibm.icu.text.Transliterator");
      Object t = type.getMethod("getInstance", String.class).invoke(null, "Traditional-Simplified");
      return new IcuScriptFolder(t, type.getMethod("transliterate", String.class));
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  @Override
  public String fold(String text) {
    String whole = apply(text);
    if (whole.length() == text.length()) {
      return whole;
    }
    // a rare rule changed the length: fold char by char and keep only one-for-one results
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String c = String.valueOf(text.charAt(i));
      String f = apply(c);
      out.append(f.length() == 1 ? f : c);
    }
    return out.toString();
  }

  private String apply(String text) {
    try {
      return (String) transliterate.invoke(transliterator, text);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("ICU transliteration failed", e);
    }
  }

  @Override
  public String name() {
    return "icu4j";
  }
}
