package lv.pmlp.iaiar.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The event store of the embedded default syncs every commit to disk before the command is answered. */
class EmbeddedPostgresDurabilityTest {

    @TempDir
    Path data;

    @Test
    void aKeptDataDirectoryRunsWithFsyncAndSynchronousCommit() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.builder(data.resolve("postgres"), 0).start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
