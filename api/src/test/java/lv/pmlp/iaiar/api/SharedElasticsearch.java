package lv.pmlp.iaiar.api;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import lv.pmlp.iaiar.api.config.EmbeddedElasticsearch;

/**
 * One Elasticsearch for the whole test JVM, started before the first test and stopped after the last (and by a
 * shutdown hook when the run is aborted). Its URL goes into the system property
 * {@code register.elasticsearch.url}, which every application context the tests start reads, so none starts
 * a node of its own. With that property already set (an external node), nothing is started.
 */
public class SharedElasticsearch implements LauncherSessionListener {

    private static final String URL_PROPERTY = "register.elasticsearch.url";

    private EmbeddedElasticsearch node;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(URL_PROPERTY) != null) {
            return;
        }
        // the build passes the unpacked distribution; an IDE run from the api module finds it under target/
        Path home = Path.of(System.getProperty("register.test-elasticsearch.home", "target/elasticsearch/elasticsearch-8.19.21"));
        // fixed per checkout, so a node left behind by an aborted run is found by its pid file and stopped
        Path work = Path.of(System.getProperty("java.io.tmpdir"),
                "iaiar-test-elasticsearch-" + Integer.toHexString(Path.of("").toAbsolutePath().toString().hashCode()));
        // the previous run's data is of no use (each context makes its own index), so start empty
        node = EmbeddedElasticsearch.start(new EmbeddedElasticsearch.Settings(home, work, "256m",
                Duration.ofSeconds(120), Duration.ZERO, true));
        System.setProperty(URL_PROPERTY, node.url());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (node != null) {
            node.close();
            System.clearProperty(URL_PROPERTY);
            node = null;
        }
    }
}
