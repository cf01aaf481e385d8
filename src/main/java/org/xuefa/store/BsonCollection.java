package org.xuefa.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded store kept as BSON bytes per {@code _id} ({@link BsonType}), in place of
 * H2Collection's decoded documents. Each read decodes a fresh document, so nothing the server hands
 * out shares state with what it stores.
 *
 * <p>It does not track the collection's data size: H2Collection encoded the old and the new document
 * once more on every update for it, and rewrote a second map at every commit; nothing here reads it,
 * and the size statistics are summed from the bytes when asked.
 */
final class BsonCollection extends AbstractSynchronizedMongoCollection<Object> {

  private final MVMap<Object, byte[]> documents;

  BsonCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, byte[]> documents,
      CursorRegistry cursors) {
    super(database, name, options, cursors);
    this.documents = documents;
  }

  @Override
  protected boolean tracksDataSize() {
    return false;
  }

  @Override
  protected void updateDataSize(int sizeDelta) {
    // not tracked: see the class comment
  }

  @Override
  protected int getDataSize() {
    long sum = 0;
    for (byte[] bytes : documents.values()) {
      sum += bytes.length;
    }
    return (int) Math.min(Integer.MAX_VALUE, sum);
  }

  @Override
  protected Object addDocumentInternal(Document document) {
    Object key = getIdField() == null ? UUID.randomUUID() : Utils.getSubdocumentValue(document, getIdField());
    byte[] previous = documents.put(Missing.ofNullable(key), DataTypes.encode(document));
    if (previous != null) {
      throw new IllegalStateException("document with key '" + key + "' already existed in " + getFullName());
    }
    return key;
  }

  @Override
  public int count() {
    return documents.size();
  }

  @Override
  public boolean isEmpty() {
    return documents.isEmpty();
  }

  @Override
  protected Document getDocument(Object position) {
    byte[] bytes = documents.get(position);
    return bytes == null ? null : DataTypes.decode(bytes);
  }

  @Override
  protected void removeDocument(Object position) {
    if (documents.remove(position) == null) {
      throw new NoSuchElementException("no document with key " + position);
    }
  }

  @Override
  protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
    return documents.entrySet().stream()
        .map(e -> new DocumentWithPosition<>(DataTypes.decode(e.getValue()), e.getKey()));
  }

  @Override
  protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
      Document projection) {
    Stream<Document> all = isNaturalDescending(orderBy)
        ? streamAllDocumentsWithPosition()
            .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
            .map(DocumentWithPosition::getDocument)
        : documents.values().stream().map(DataTypes::decode);
    return matchDocumentsFromStream(all, query, orderBy, skip, limit, batchSize, projection);
  }

  @Override
  protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
    documents.put(Missing.ofNullable(position), DataTypes.encode(newDocument));
  }
}
