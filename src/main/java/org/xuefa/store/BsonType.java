package org.xuefa.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The values of the embedded store's data maps: each document as its BSON bytes. A page H2 rewrites at
 * a commit is copied, not re-encoded document by document, and a stored document is one array for the
 * garbage collector instead of a tree of maps. On disk: a varint length and the bytes, as before.
 */
final class BsonType extends BasicDataType<byte[]> {

  static final BsonType INSTANCE = new BsonType();

  private BsonType() {}

  @Override
  public int compare(byte[] a, byte[] b) {
    return Arrays.compare(a, b);
  }

  @Override
  public int getMemory(byte[] bytes) {
    return 24 + bytes.length;
  }

  @Override
  public void write(WriteBuffer buff, byte[] bytes) {
    DataTypes.writeBytes(buff, bytes);
  }

  @Override
  public byte[] read(ByteBuffer buff) {
    return DataTypes.readBytes(buff);
  }

  @Override
  public byte[][] createStorage(int size) {
    return new byte[size][];
  }
}
