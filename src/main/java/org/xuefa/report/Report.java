package org.xuefa.report;

import java.util.List;
import java.util.Optional;

/**
 * A published work report split into parts, sections and addressable paragraphs.
 *
 * <p>{@code parts} starts with the preamble as part 0 ("前言") when the report has one, followed by
 * the numbered parts 一、二、… in order; {@link #numberedParts()} leaves the preamble out.
 */
public record Report(String title, String publisher, String publishedDate, List<Part> parts) {

  public Report {
    parts = List.copyOf(parts);
  }

  /** The parts headed 一、二、…, without the preamble. */
  public List<Part> numberedParts() {
    return parts.stream().filter(p -> p.number() > 0).toList();
  }

  /** Every paragraph in reading order, the preamble first. */
  public List<Paragraph> paragraphs() {
    return parts.stream()
        .flatMap(p -> p.sections().stream())
        .flatMap(s -> s.paragraphs().stream())
        .toList();
  }

  /** Every section in reading order with its address, the preamble ("0-0") first. */
  public List<SectionAddress> sections() {
    return parts.stream()
        .flatMap(p -> p.sections().stream().map(s -> SectionAddress.of(p, s)))
        .toList();
  }

  /** The section with the given address such as {@code "2-2"}. */
  public Optional<SectionAddress> section(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return sections().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The paragraph with the given address such as {@code "2-2-1"}. */
  public Optional<Paragraph> paragraph(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return paragraphs().stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
