package lv.pmlp.iaiar.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Path;

import org.h2.mvstore.FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MvStoreSettingsTest {

    @TempDir
    Path directory;

    @Test
    void aFileIsCompactedAtTheConfiguredFillRate() throws ReflectiveOperationException {
        try (MvStoreFile file = MvStoreFile.open(directory.resolve("a.mv"), new MvStoreSettings(16, 1024, false, 50), false)) {
            assertThat(autoCompactFillRate(file)).isEqualTo(50);
        }
    }

    @Test
    void aFillRateOutsideZeroToHundredIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new MvStoreSettings(16, 1024, false, 101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("register.embedded-mongo.auto-compact-fill-rate");
        assertThatThrownBy(() -> new MvStoreSettings(16, 1024, false, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** H2 keeps the setting in a protected getter of its file store. */
    private static int autoCompactFillRate(MvStoreFile file) throws ReflectiveOperationException {
        Field field = FileStore.class.getDeclaredField("autoCompactFillRate");
        field.setAccessible(true);
        return field.getInt(file.mvStore().getFileStore());
    }
}
