package org.xuefa.law;

/**
 * An article together with the version of the law it was read from, so a page shows the title and
 * outline that belong to it.
 *
 * @param law     the law's current version
 * @param article the article
 */
public record LawArticle(StoredLaw law, Article article) {
}
