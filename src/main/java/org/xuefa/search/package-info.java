/**
 * Full-text search over every kind of passage (report paragraphs, statute articles, topics,
 * questions, responsibility items) in one Lucene index.
 *
 * <p>How a query is answered: {@link org.xuefa.search.QueryPlanner} normalises the typed text
 * (traditional → simplified, full-width → ASCII), drops question words, and adds colloquial
 * mappings, synonyms and intent words from the lists in {@code content/search/};
 * {@link org.xuefa.search.LuceneQueryBuilder} searches each piece as smartcn words and as CJK
 * bigrams with a phrase boost, plus definition patterns, times each document's weight;
 * {@link org.xuefa.search.SentenceRescorer} re-ranks the top hits by their best sentence;
 * {@link org.xuefa.search.SnippetMarker} escapes and marks the snippet. Entry point:
 * {@link org.xuefa.search.SearchIndex}.
 */
package org.xuefa.search;
