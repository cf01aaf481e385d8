package org.xuefa.law;

import java.util.List;

/**
 * What one import changed in one law, told to whoever keeps copies of statute text (the search index,
 * the questions citing articles).
 *
 * @param slug            the law's slug
 * @param title           its title
 * @param articleCount    how many articles the new version has
 * @param changedArticles numbers whose text differs from the previous version's, including numbers the
 *                        previous version did not have; empty on a first import
 * @param removedArticles numbers the previous version had and the new one has not
 * @param added           whether the law was not imported before
 */
public record LawImported(String slug, String title, int articleCount, List<Integer> changedArticles,
                          List<Integer> removedArticles, boolean added) {

  public LawImported {
    changedArticles = List.copyOf(changedArticles);
    removedArticles = List.copyOf(removedArticles);
  }
}
