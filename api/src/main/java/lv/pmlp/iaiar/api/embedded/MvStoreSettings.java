package lv.pmlp.iaiar.api.embedded;

/**
 * @param cacheSizeMb        MVStore page cache per file, in MB of heap
 * @param autoCommitBufferKb unsaved changes (estimated heap) after which a background commit starts
 * @param compress           LZF-compress pages on disk
 * @param autoCompactFillRate the share of live data (%) below which the background writer rewrites a file's chunks;
 *                           0 never
 */
public record MvStoreSettings(int cacheSizeMb, int autoCommitBufferKb, boolean compress, int autoCompactFillRate) {

    public MvStoreSettings {
        if (autoCompactFillRate < 0 || autoCompactFillRate > 100) {
            throw new IllegalArgumentException("register.embedded-mongo.auto-compact-fill-rate must be 0 to 100, not "
                    + autoCompactFillRate);
        }
    }
}
