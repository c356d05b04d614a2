/**
 * The embedded default's MongoDB-compatible store: mongo-java-server with a storage backend of our own
 * ({@link lv.pmlp.iaiar.api.embedded.MvStoreBackend}) that keeps documents BSON-encoded in H2 MVStore files,
 * maintains real secondary indexes and acknowledges writes to the key store and the access log only once they are
 * on disk.
 */
package lv.pmlp.iaiar.api.embedded;
