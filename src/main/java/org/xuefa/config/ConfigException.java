package org.xuefa.config;

/** A setting that cannot work; its message names the variable and is shown to the operator as is. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
