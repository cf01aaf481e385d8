package org.xuefa.search;

/** One ranked passage; {@code snippet} is HTML-escaped with matches wrapped in {@code <mark>}. */
public record SearchHit(
    String id, String type, String title, String url, String snippet, String text, float score) {}
