package lv.pmlp.iaiar.api.embedded;

/**
 * @param cacheSizeMb        MVStore page cache per file, in MB of heap
 * @param autoCommitBufferKb unsaved changes (estimated heap) after which a background commit starts
 * @param compress           LZF-compress pages on disk
 */
public record MvStoreSettings(int cacheSizeMb, int autoCommitBufferKb, boolean compress) {
}
