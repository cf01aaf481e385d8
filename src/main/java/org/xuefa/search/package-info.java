/**
 * Full-text search over every kind of passage (report paragraphs, statute articles, topics,
 * questions, responsibility items) in one Lucene index.
 *
 * <p>How a query is answered: {@link org.xuefa.search.QueryPlanner} normalises the typed text
 * (traditional → simplified, full-width → ASCII), drops question words, maps colloquial names,
 * synonyms and intent words from the lists in {@code content/search/}, and lists the query's
 * concepts (what an answering sentence must hold: a word, its synonyms, a colloquial name's
 * statutory terms, or an answer type such as a period for 多久);
 * {@link org.xuefa.search.LuceneQueryBuilder} searches each piece as smartcn words and as CJK
 * bigrams with a phrase boost, plus definition patterns and exact keywords, times each document's
 * weight (statute 1, the Constitution 1.3, report 1, topic 0.6, question 0.5);
 * {@link org.xuefa.search.SentenceRescorer} re-ranks the top {@value
 * org.xuefa.search.SearchIndex#RESCORE_WINDOW} by their best sentence — the share of the concepts,
 * each weighted by its rarity ({@link org.xuefa.search.ConceptWeights}), that one sentence holds
 * under its title and headings, raised for a stated number when one is asked for and for a
 * definition when one is asked for — reading the in-memory copy kept by
 * {@link org.xuefa.search.PassageCache}; {@link org.xuefa.search.SnippetMarker} escapes and marks
 * the snippet. Entry point: {@link org.xuefa.search.SearchIndex}; rebuilds go through
 * {@link org.xuefa.search.SearchIndex#sync}, which rewrites only the passages that changed.
 */
package org.xuefa.search;
