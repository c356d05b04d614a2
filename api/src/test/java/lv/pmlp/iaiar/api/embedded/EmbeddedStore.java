package lv.pmlp.iaiar.api.embedded;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

/** A mongo-java-server on a backend, with a client, for the store's tests. */
final class EmbeddedStore implements AutoCloseable {

    static final MvStoreSettings SETTINGS = new MvStoreSettings(16, 1024, false, 50);

    final MongoBackend backend;
    final MongoServer server;
    final MongoClient client;

    EmbeddedStore(MongoBackend backend) {
        this.backend = backend;
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    static EmbeddedStore files(Path directory, String... durableDatabases) {
        return new EmbeddedStore(MvStoreBackend.open(directory, SETTINGS, Set.of(durableDatabases), Set.of(durableDatabases)));
    }

    static EmbeddedStore memory() {
        return new EmbeddedStore(MvStoreBackend.inMemory());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
