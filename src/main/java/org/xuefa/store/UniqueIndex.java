package org.xuefa.store;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * A unique index of the embedded store, kept in an H2 map as H2UniqueIndex keeps it. What differs is
 * how a document's key is found when every indexed field is a plain name ({@code _id}, {@code open}):
 * read straight from the document. The library splits each field path with a regular expression and
 * collects the values through streams, four times per update and index (old and new document, check
 * and apply) — on the answer path that was a fifth of everything the server allocated. Dotted paths,
 * arrays and subdocuments take the library's own way, as before.
 */
final class UniqueIndex extends AbstractUniqueIndex<Object> {

  private final MVMap<KeyValue, Object> map;
  /** The indexed fields when all are plain names; null when one is a path. */
  private final String[] plainFields;

  UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    this.map = map;
    this.plainFields = keys.stream().allMatch(k -> k.getKey().indexOf('.') < 0 && !k.getKey().startsWith("$"))
        ? keys.stream().map(IndexKey::getKey).toArray(String[]::new) : null;
  }

  @Override
  public Set<KeyValue> getKeyValues(Document document) {
    KeyValue key = plainKey(document);
    return key == null ? super.getKeyValues(document) : Set.of(key);
  }

  @Override
  protected boolean nullAwareEqualsKeys(Document a, Document b) {
    KeyValue ka = plainKey(a);
    KeyValue kb = plainKey(b);
    return ka == null || kb == null ? super.nullAwareEqualsKeys(a, b) : ka.equals(kb);
  }

  /**
   * The key the library would compute (values normalised as it does: absent is null, numbers are
   * doubles and -0.0 is 0.0), or null when the library must: a path, an array or a subdocument.
   */
  private KeyValue plainKey(Document document) {
    if (plainFields == null) {
      return null;
    }
    Object[] values = new Object[plainFields.length];
    for (int i = 0; i < plainFields.length; i++) {
      Object v = document.get(plainFields[i]);
      if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
        return null;
      }
      if (v instanceof Number n) {
        double d = n.doubleValue();
        v = d == 0.0 ? 0.0 : d;
      } else if (v instanceof Missing) {
        v = null;
      }
      values[i] = v;
    }
    return new KeyValue(values);
  }

  @Override
  protected Object removeDocument(KeyValue key) {
    return map.remove(key);
  }

  @Override
  protected boolean putKeyPosition(KeyValue key, Object position) {
    return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
  }

  @Override
  protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
    return map.entrySet();
  }

  @Override
  protected Object getPosition(KeyValue key) {
    return map.get(key);
  }

  @Override
  public long getCount() {
    return map.sizeAsLong();
  }

  @Override
  public boolean isEmpty() {
    return map.isEmpty();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }
}
