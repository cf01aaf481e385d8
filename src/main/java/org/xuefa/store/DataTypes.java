package org.xuefa.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;

/**
 * Which H2 types the embedded store's maps use, and the bytes helpers they share. A store file records
 * its encoding in a small map of its own: files written before it (every value Java-serialised) are
 * opened the old way, so that they stay readable; new files use {@link KeyType} and {@link BsonType}.
 */
final class DataTypes {

  /** The map that marks a store file written with these types. */
  static final String FORMAT_MAP = "xuefa.format";
  private static final String ENCODING = "encoding";
  private static final String BSON_1 = "bson-1";

  /** Prefix of the data maps; the rest of the name is "database.collection" (as in H2Database). */
  static final String DATA_PREFIX = "databases.";
  static final String INDEX_INFIX = "._index_";

  private DataTypes() {}

  /** True when the file was written with the typed maps; a new, empty file is marked so here. */
  static boolean typed(MVStore mv) {
    if (mv.hasMap(FORMAT_MAP)) {
      return BSON_1.equals(mv.<String, String>openMap(FORMAT_MAP).get(ENCODING));
    }
    boolean legacy = mv.getMapNames().stream().anyMatch(n -> n.startsWith(DATA_PREFIX));
    if (legacy) {
      return false;
    }
    mv.<String, String>openMap(FORMAT_MAP).put(ENCODING, BSON_1);
    mv.commit();
    return true;
  }

  /** Opens (or returns the already open) data map of a collection: typed keys, documents as BSON bytes. */
  static MVMap<Object, byte[]> openDataMap(H2Backend backend, String fullCollectionName) {
    return backend.getMvStore().openMap(DATA_PREFIX + fullCollectionName,
        new MVMap.Builder<Object, byte[]>().keyType(KeyType.INSTANCE).valueType(BsonType.INSTANCE));
  }

  /** Opens (or returns the already open) map of a unique index with typed keys and positions. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static MVMap<KeyValue, Object> openIndexMap(H2Backend backend, String fullCollectionName, String indexName) {
    return (MVMap) backend.getMvStore().openMap(fullCollectionName + INDEX_INFIX + indexName,
        new MVMap.Builder<Object, Object>().keyType(KeyType.INSTANCE).valueType(KeyType.INSTANCE));
  }

  static byte[] encode(Map<String, ?> doc) {
    ByteBuf buf = Unpooled.buffer(256);
    try {
      BsonEncoder.encodeDocument(doc, buf);
      byte[] bytes = new byte[buf.readableBytes()];
      buf.readBytes(bytes);
      return bytes;
    } finally {
      buf.release();
    }
  }

  static Document decode(byte[] bytes) {
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
  }

  static void writeBytes(WriteBuffer buff, byte[] bytes) {
    buff.putVarInt(bytes.length).put(bytes);
  }

  static byte[] readBytes(ByteBuffer buff) {
    byte[] bytes = new byte[readVarInt(buff)];
    buff.get(bytes);
    return bytes;
  }

  static int readVarInt(ByteBuffer buff) {
    return DataUtils.readVarInt(buff);
  }
}
