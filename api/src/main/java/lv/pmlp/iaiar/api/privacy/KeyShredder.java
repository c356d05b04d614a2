package lv.pmlp.iaiar.api.privacy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.events.person.PersonalDataErasedEvent;

/**
 * Destroys a person's key once their erasure is in the log. A tracking processor delivers the event at least
 * once, so a crash between the two steps only delays the destruction; destroying twice is harmless.
 */
@Component
@ProcessingGroup(KeyShredder.PROCESSING_GROUP)
class KeyShredder {

    static final String PROCESSING_GROUP = "personal-data-erasure";

    private final PersonKeys keys;

    KeyShredder(PersonKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        keys.destroy(event.personId());
    }
}
