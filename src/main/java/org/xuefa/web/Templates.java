package org.xuefa.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache.java adapted for Vert.x 5 (which has no Mustache module): templates from the classpath
 * folder {@code templates/}, compiled once and kept, rendered to a string. {{x}} escapes HTML.
 */
public final class Templates {

  private final MustacheFactory factory = new DefaultMustacheFactory("templates");
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** Compiles the named templates now, so a broken template fails the start, not a request. */
  public Templates precompile(String... names) {
    for (String name : names) {
      get(name);
    }
    return this;
  }

  public String render(String name, Object model) {
    StringWriter out = new StringWriter();
    get(name).execute(out, model);
    return out.toString();
  }

  private Mustache get(String name) {
    return compiled.computeIfAbsent(name, n -> {
      try {
        return factory.compile(n + ".mustache");
      } catch (UncheckedIOException e) {
        throw new IllegalStateException("template " + n + " not found", e);
      }
    });
  }
}
