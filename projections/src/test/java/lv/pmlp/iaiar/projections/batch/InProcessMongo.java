package lv.pmlp.iaiar.projections.batch;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import lv.pmlp.iaiar.projections.ReadModelCollections;

/**
 * mongo-java-server in memory, as the embedded default runs it, with a count of the {@code find} commands sent, and
 * event batches handled the way an event processor handles them: one {@link BatchingUnitOfWork} whose last event
 * flushes the buffered writes ({@link FlushAtEndOfBatch}).
 */
public final class InProcessMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final AtomicInteger finds = new AtomicInteger();
    public final MongoTemplate template;

    public InProcessMongo() {
        InetSocketAddress address = server.bind();
        CommandListener counting = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.incrementAndGet();
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(counting)
                .build());
        template = new MongoTemplate(client, "test");
    }

    /** How many queries (finds by id and by {@code $in} alike) were sent since the last call. */
    public int findsSinceLastAsked() {
        return finds.getAndSet(0);
    }

    /** Hands every event to {@code handler} in one batch, as a processor does, and fails if any event failed. */
    public static void inOneBatch(List<? extends EventMessage<?>> events, Consumer<EventMessage<?>> handler) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
        FlushAtEndOfBatch flush = new FlushAtEndOfBatch();
        ResultMessage<?> result = batch.executeWithResult(() -> flush.handle(batch, () -> {
            handler.accept(batch.getMessage());
            return null;
        }));
        if (result.isExceptional()) {
            throw new AssertionError("the batch failed", result.exceptionResult());
        }
    }

    /** Hands the events to a projection's annotated handlers in one batch. */
    public static void inOneBatch(Object projection, List<? extends EventMessage<?>> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        inOneBatch(events, event -> {
            try {
                if (handlers.canHandle(event)) {
                    handlers.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Hands the events to a projection outside any batch, each write and read going straight to the store. */
    public static void withoutBatch(Object projection, List<? extends EventMessage<?>> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (EventMessage<?> event : events) {
            try {
                if (handlers.canHandle(event)) {
                    handlers.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every document of these collections, by id. */
    public Map<String, List<Document>> documents(List<String> collections) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (String collection : collections) {
            all.put(collection, template.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return all;
    }

    /** Every document of a read model's collections, by id, without their bookkeeping fields ({@link ReadModelCollections}). */
    public Map<String, List<Document>> readModel(String processingGroup) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (ReadModelCollections.Stored collection : ReadModelCollections.of(processingGroup)) {
            List<Document> documents = documents(List.of(collection.name())).get(collection.name());
            documents.forEach(d -> d.keySet().removeAll(collection.bookkeeping()));
            all.put(collection.name(), documents);
        }
        return all;
    }

    public void dropAll() {
        template.getDb().drop();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
