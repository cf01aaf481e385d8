package org.xuefa.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains every text is indexed and queried with: smartcn words, which rank
 * whole words, and CJK bigrams, which keep terms that smartcn splits (民法典, 会前学法).
 */
public final class ChineseAnalyzers {

  private final Analyzer words;
  private final Analyzer bigrams;

  public ChineseAnalyzers(TextNormalizer normalizer) {
    this.words = new Folding(normalizer) {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new HMMChineseTokenizer();
        // smartcn's default stop set is punctuation only: content words all stay
        TokenStream s = new StopFilter(source, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(source, s);
      }
    };
    this.bigrams = new Folding(normalizer) {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new CJKBigramFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, s);
      }
    };
  }

  /** smartcn word segmentation. */
  public Analyzer words() {
    return words;
  }

  /** Overlapping CJK character pairs; other scripts as StandardTokenizer words. */
  public Analyzer bigrams() {
    return bigrams;
  }

  /** Puts the normaliser in front of the tokenizer, for text and for normalised query terms. */
  private abstract static class Folding extends Analyzer {
    private final TextNormalizer normalizer;

    Folding(TextNormalizer normalizer) {
      this.normalizer = normalizer;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new FoldingCharFilter(reader, normalizer);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return new FoldingCharFilter(reader, normalizer);
    }
  }
}
