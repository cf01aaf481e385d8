package org.xuefa.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Keys of the embedded store's maps: a document's {@code _id} (the data maps' keys and the unique
 * indexes' positions) and a unique index's {@link KeyValue}. H2's default type compares objects it does
 * not know, such as {@code KeyValue}, by Java-serialising both sides on every comparison of every
 * lookup, which was a fifth of the server's time on the answer path; these are compared as values, the
 * way MongoDB orders them, and written as a tag and BSON.
 */
final class KeyType extends BasicDataType<Object> {

  static final KeyType INSTANCE = new KeyType();

  private static final byte STRING = 1;
  private static final byte KEY_VALUE = 2;
  private static final byte MISSING = 3;
  private static final byte BSON = 4;

  /** Lists compared element by element: an index key never holds the array a multikey index expands. */
  private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

  private KeyType() {}

  @Override
  public int compare(Object a, Object b) {
    if (a == b) {
      return 0;
    }
    if (a instanceof String sa && b instanceof String sb) {
      return sa.compareTo(sb);
    }
    if (a instanceof KeyValue ka && b instanceof KeyValue kb) {
      int n = Math.min(ka.size(), kb.size());
      for (int i = 0; i < n; i++) {
        int c = VALUES.compare(ka.get(i), kb.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(ka.size(), kb.size());
    }
    if (a instanceof KeyValue != b instanceof KeyValue) {
      return a instanceof KeyValue ? 1 : -1;
    }
    return VALUES.compare(a, b);
  }

  @Override
  public int getMemory(Object obj) {
    if (obj instanceof String s) {
      return 40 + 2 * s.length();
    }
    if (obj instanceof KeyValue kv) {
      int m = 48;
      for (Object v : kv) {
        m += getMemory(v);
      }
      return m;
    }
    return 64;
  }

  @Override
  public void write(WriteBuffer buff, Object obj) {
    if (obj instanceof KeyValue kv) {
      buff.put(KEY_VALUE).putVarInt(kv.size());
      for (Object v : kv) {
        writeValue(buff, v);
      }
    } else {
      writeValue(buff, obj);
    }
  }

  @Override
  public Object read(ByteBuffer buff) {
    byte tag = buff.get();
    if (tag != KEY_VALUE) {
      return readValue(tag, buff);
    }
    int n = DataTypes.readVarInt(buff);
    List<Object> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(readValue(buff.get(), buff));
    }
    return new KeyValue(values);
  }

  @Override
  public Object[] createStorage(int size) {
    return new Object[size];
  }

  private static void writeValue(WriteBuffer buff, Object v) {
    if (v instanceof String s) {
      buff.put(STRING);
      DataTypes.writeBytes(buff, s.getBytes(StandardCharsets.UTF_8));
    } else if (v instanceof Missing) {
      buff.put(MISSING);
    } else {
      // BSON has no top-level bare value: the value travels as the only field of a document.
      buff.put(BSON);
      DataTypes.writeBytes(buff, DataTypes.encode(new Document("v", v)));
    }
  }

  private static Object readValue(byte tag, ByteBuffer buff) {
    switch (tag) {
      case STRING:
        return new String(DataTypes.readBytes(buff), StandardCharsets.UTF_8);
      case MISSING:
        return Missing.getInstance();
      case BSON:
        return DataTypes.decode(DataTypes.readBytes(buff)).get("v");
      default:
        throw new IllegalStateException("unknown key tag " + tag + " in the store file");
    }
  }
}
