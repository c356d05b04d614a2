package lv.pmlp.iaiar.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SerializedMessage;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.person.IdentityDocumentRecordedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;

class PersonSequencingPolicyTest {

    PersonSequencingPolicy policy = new PersonSequencingPolicy();

    @Test
    void eventsOfOnePersonShareASequenceWhateverTheirStream() {
        var personEvent = new GenericDomainEventMessage<>("Person", "p-1", 3,
                new IdentityDocumentRecordedEvent("p-1", null, Actor.SYSTEM, Instant.EPOCH));
        var caseEvent = new GenericDomainEventMessage<>("ReturnCase", "case-9", 0,
                new ReturnCaseOpenedEvent("case-9", "VRS-2025-000009", "p-1", Institution.VRS, Set.of(), LocalDate.EPOCH,
                        "basis", Actor.SYSTEM, Instant.EPOCH));

        assertThat(policy.getSequenceIdentifierFor(personEvent)).isEqualTo("p-1");
        assertThat(policy.getSequenceIdentifierFor(caseEvent)).isEqualTo("p-1");
    }

    /** Reading the payload of a Person event would decrypt its personal data, a key-store round trip per person. */
    @Test
    void anEventOfAPersonStreamIsKeyedWithoutReadingItsPayload() {
        Serializer refusing = new JacksonSerializer(JacksonSerializer.builder()) {
            @Override
            public <S, T> T deserialize(SerializedObject<S> serializedObject) {
                throw new AssertionError("the payload was read");
            }
        };
        SerializedObject<byte[]> payload = new SimpleSerializedObject<>(new byte[0], byte[].class,
                new SimpleSerializedType(IdentityDocumentRecordedEvent.class.getName(), null));
        var message = new GenericDomainEventMessage<>("Person", "p-1", 3,
                new SerializedMessage<>("event-1", new LazyDeserializingObject<>(payload, refusing),
                        new LazyDeserializingObject<>(MetaData.emptyInstance())), () -> Instant.EPOCH);

        assertThat(policy.getSequenceIdentifierFor(message)).isEqualTo("p-1");
    }
}
