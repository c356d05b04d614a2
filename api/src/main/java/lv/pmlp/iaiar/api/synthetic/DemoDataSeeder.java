package lv.pmlp.iaiar.api.synthetic;

import java.util.Optional;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty register with {@code register.demo-data.persons} synthetic persons when the application is
 * ready, so a demo starts with years of history. A register that has any event is left alone.
 */
@Component
class DemoDataSeeder {

    /** A fixed seed: every fresh demo shows the same persons. */
    static final long DEMO_SEED = 2020L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final SyntheticDataLoader loader;
    private final EventStore eventStore;
    private final int persons;

    DemoDataSeeder(SyntheticDataLoader loader, EventStore eventStore, @Value("${register.demo-data.persons:0}") int persons) {
        this.loader = loader;
        this.eventStore = eventStore;
        this.persons = persons;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (persons > 0) {
            seedIfEmpty(persons);
        }
    }

    Optional<SyntheticDataLoader.Summary> seedIfEmpty(int count) {
        if (!storeIsEmpty()) {
            log.info("The event store already holds events; no demo data loaded");
            return Optional.empty();
        }
        log.info("Loading {} synthetic persons for the demo ...", count);
        return Optional.of(loader.load(count, DEMO_SEED));
    }

    /** The JDBC store has no head token when empty; Axon Server answers position 0. */
    private boolean storeIsEmpty() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null || head.position().orElse(0L) <= 0;
    }
}
