package org.xuefa.store;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The documents of the embedded store's collections, written as BSON (the form they arrived in over
 * the wire) instead of H2's default Java serialisation, which made every commit re-serialise each
 * document of every page it touched through an {@code ObjectOutputStream}.
 */
final class DocumentType extends BasicDataType<Document> {

  static final DocumentType INSTANCE = new DocumentType();

  private DocumentType() {}

  @Override
  public int compare(Document a, Document b) {
    return Objects.equals(a, b) ? 0 : ValueComparator.asc().compare(a, b);
  }

  @Override
  public int getMemory(Document doc) {
    return estimate(doc);
  }

  @Override
  public void write(WriteBuffer buff, Document doc) {
    DataTypes.writeBytes(buff, DataTypes.encode(doc));
  }

  @Override
  public Document read(ByteBuffer buff) {
    return DataTypes.decode(DataTypes.readBytes(buff));
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }

  /** A rough size in memory, for H2's page splitting and cache: walked, not serialised. */
  private static int estimate(Object v) {
    if (v instanceof String s) {
      return 40 + 2 * s.length();
    }
    if (v instanceof Map<?, ?> m) {
      int size = 64;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        size += 48 + estimate(e.getKey()) + estimate(e.getValue());
      }
      return size;
    }
    if (v instanceof Collection<?> c) {
      int size = 40;
      for (Object o : c) {
        size += 8 + estimate(o);
      }
      return size;
    }
    return 24;
  }
}
