package lv.pmlp.iaiar.projections.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.axonframework.eventhandling.EventMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import lv.pmlp.iaiar.projections.batch.BatchReads;
import lv.pmlp.iaiar.projections.batch.BatchedWrites;
import lv.pmlp.iaiar.projections.batch.EventBatch;

/**
 * The person search index: its name, mapping and writes. Everything that searches is a keyword or date field
 * holding keys computed in Java ({@link PersonSearchDocument}); only {@code nameText} is analysed, for fuzzy
 * matching, with the standard analyzer, the one text analyzer every Elasticsearch has. The index is created on
 * first use, not at start-up, so the application starts while Elasticsearch is still unreachable. Within an event
 * batch ({@link EventBatch}) documents are written with one bulk request at the batch's end, and reads see the
 * batch's own writes first.
 */
public class PersonSearchIndex {

    public static final String PERSON_ID = "personId";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String CITIZENSHIPS = "citizenships";
    public static final String NAME_FORMS = "nameForms";
    public static final String NAME_STEMS = "nameStems";
    public static final String NAME_PHONETIC = "namePhonetic";
    public static final String NAME_TEXT = "nameText";
    public static final String DOCUMENT_KEYS = "documentKeys";
    public static final String CASE_KEYS = "caseKeys";

    /**
     * Fields a document derives from the others in its constructor: not read back (less to send and parse), since
     * they are computed again anyway.
     */
    private static final List<String> DERIVED = List.of(NAME_FORMS, NAME_STEMS, NAME_PHONETIC, NAME_TEXT, DOCUMENT_KEYS, CASE_KEYS);
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    /** Ids per multi-get request. */
    private static final int IDS_PER_MGET = 1_000;

    private final ElasticsearchClient client;
    private final String name;
    private volatile boolean exists;

    public PersonSearchIndex(ElasticsearchClient client, String name) {
        this.client = client;
        this.name = name;
    }

    /** The JSON mapping of the stored documents: part of the index format, not tunable with the web's JSON. */
    public static JacksonJsonpMapper jsonpMapper() {
        return new JacksonJsonpMapper(new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    }

    /** Document, case and decision numbers compare without case, spaces or punctuation: "75 123-4567" is 751234567. */
    public static String numberKey(String number) {
        return number == null ? "" : NOT_LETTER_OR_DIGIT.matcher(number.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    public String name() {
        return name;
    }

    Optional<PersonSearchDocument> find(String personId) {
        Pending pending = pending();
        if (pending != null && pending.documents.containsKey(personId)) {
            return Optional.of(pending.documents.get(personId));
        }
        if (pending != null && pending.loaded.containsKey(personId)) {
            return Optional.ofNullable(pending.loaded.get(personId));
        }
        ensureExists();
        GetResponse<PersonSearchDocument> found = call(() -> client.get(g -> g.index(name).id(personId)
                .sourceExcludes(DERIVED), PersonSearchDocument.class));
        PersonSearchDocument document = found.found() ? found.source() : null;
        if (pending != null && pending.prefetched) {
            pending.loaded.put(personId, document);
        }
        return Optional.ofNullable(document);
    }

    /**
     * At the first call in an event batch, loads with one multi-get every person document the batch's remaining
     * events will read ({@code reads}; the collection it names is ignored), the missing ones remembered as missing,
     * so the batch's {@link #find}s are served from memory. Later calls in the batch, and calls outside one, do
     * nothing.
     */
    void prefetch(BatchReads reads) {
        Pending pending = pending();
        if (pending == null || pending.prefetched) {
            return;
        }
        pending.prefetched = true;
        Set<String> ids = new LinkedHashSet<>();
        for (EventMessage<?> message : EventBatch.remainingMessages()) {
            reads.of(message, (collection, id, type) -> ids.add(id.toString()));
        }
        ids.removeAll(pending.documents.keySet());
        if (ids.isEmpty()) {
            return;
        }
        ensureExists();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_MGET) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_MGET));
            MgetResponse<PersonSearchDocument> found = call(() -> client.mget(m -> m.index(name).ids(chunk)
                    .sourceExcludes(DERIVED), PersonSearchDocument.class));
            for (MultiGetResponseItem<PersonSearchDocument> item : found.docs()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("Elasticsearch could not read search document " + item.failure().id()
                            + ": " + item.failure().error().reason());
                }
                pending.loaded.put(item.result().id(), item.result().found() ? item.result().source() : null);
            }
        }
    }

    void save(PersonSearchDocument document) {
        Pending pending = pending();
        if (pending != null) {
            pending.documents.put(document.personId(), document);
            return;
        }
        ensureExists();
        call(() -> client.index(i -> i.index(name).id(document.personId()).document(document)));
    }

    private Pending pending() {
        return EventBatch.current(this, Pending.class, Pending::new);
    }

    /**
     * The documents one event batch wrote, last version per person, sent as one bulk request; and the ones it read
     * (null: not in the index).
     */
    private final class Pending implements BatchedWrites {

        final Map<String, PersonSearchDocument> documents = new LinkedHashMap<>();
        final Map<String, PersonSearchDocument> loaded = new HashMap<>();
        boolean prefetched;

        @Override
        public void flush() {
            if (documents.isEmpty()) {
                return;
            }
            ensureExists();
            List<BulkOperation> operations = new ArrayList<>(documents.size());
            documents.values().forEach(d -> operations.add(BulkOperation.of(o -> o.index(i -> i.index(name).id(d.personId()).document(d)))));
            BulkResponse response = call(() -> client.bulk(b -> b.operations(operations)));
            if (response.errors()) {
                BulkResponseItem failed = response.items().stream().filter(item -> item.error() != null).findFirst().orElseThrow();
                throw new IllegalStateException("Elasticsearch refused a search document (" + failed.id() + "): " + failed.error().reason());
            }
            documents.clear();
        }
    }

    /** Deletes the index with every document and creates it empty: the start of a rebuild from the log. */
    public void recreate() {
        call(() -> client.indices().delete(d -> d.index(name).ignoreUnavailable(true)));
        exists = false;
        ensureExists();
    }

    boolean exists() {
        return call(() -> client.indices().exists(e -> e.index(name))).value();
    }

    void ensureExists() {
        if (exists) {
            return;
        }
        if (!exists()) {
            try {
                call(() -> client.indices().create(c -> c.index(name)
                        // a replica where there is a second node, none on a single node (which would stay yellow)
                        .settings(s -> s.autoExpandReplicas("0-1"))
                        .mappings(m -> m.dynamic(DynamicMapping.Strict)
                                .properties(PERSON_ID, p -> p.keyword(k -> k))
                                .properties(DATE_OF_BIRTH, p -> p.date(d -> d.format("yyyy-MM-dd")))
                                .properties(CITIZENSHIPS, p -> p.keyword(k -> k))
                                .properties(NAME_FORMS, p -> p.keyword(k -> k))
                                .properties(NAME_STEMS, p -> p.keyword(k -> k))
                                .properties(NAME_PHONETIC, p -> p.keyword(k -> k))
                                .properties(NAME_TEXT, p -> p.text(t -> t.analyzer("standard")))
                                .properties(DOCUMENT_KEYS, p -> p.keyword(k -> k))
                                .properties(CASE_KEYS, p -> p.keyword(k -> k))
                                .properties("erased", p -> p.boolean_(b -> b))
                                // kept for the answer and the next write, never searched
                                .properties("names", p -> p.object(o -> o.enabled(false)))
                                .properties("documents", p -> p.object(o -> o.enabled(false)))
                                .properties("caseNumbers", p -> p.object(o -> o.enabled(false)))
                                .properties("decisionNumbers", p -> p.object(o -> o.enabled(false)))
                                .properties("appliedSequences", p -> p.object(o -> o.enabled(false))))));
            } catch (ElasticsearchException e) {
                // another node (or application context) created it first
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        exists = true;
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
