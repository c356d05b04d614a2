package lv.pmlp.iaiar.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

class PersonalDataSerializerTest {

    static final Actor OFFICER = new Actor("vrs.officer", Institution.VRS, "VRS", Role.OFFICER);

    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    InMemoryPersonKeys keys = new InMemoryPersonKeys();
    Serializer serializer = new PersonalDataSerializer(JacksonSerializer.builder().objectMapper(json).build(), json, keys);

    ForeignerRegisteredEvent registered = new ForeignerRegisteredEvent("person-1",
            new PersonNames(new PersonName("Иванов", "Иван", "Cyrl"), new PersonName("IVANOV", "IVAN", "Latn"), null),
            LocalDate.of(1990, 4, 12), Sex.MALE, Set.of("RU"), false, SubjectCategory.THIRD_COUNTRY_NATIONAL,
            List.of(new IdentityDocument(DocumentType.PASSPORT, "751234567", "RUS", null, null)), OFFICER,
            Instant.parse("2026-01-01T10:00:00Z"));

    @Test
    void personalDataIsStoredOnlyAsCiphertext() {
        String stored = new String(serializer.serialize(registered, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain("Иванов", "IVANOV", "1990-04-12", "751234567");
        assertThat(stored).contains("$personal", "\"personId\":\"person-1\"", "\"citizenships\":[\"RU\"]", "MALE");
    }

    @Test
    void withTheKeyTheEventReadsBackUnchanged() {
        SerializedObject<byte[]> stored = serializer.serialize(registered, byte[].class);

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(registered);
    }

    @Test
    void afterTheKeyIsDestroyedPersonalFieldsReadAsNullAndTheRestStays() {
        SerializedObject<byte[]> stored = serializer.serialize(registered, byte[].class);

        keys.destroy("person-1");
        ForeignerRegisteredEvent erased = serializer.deserialize(stored);

        assertThat(erased.names()).isNull();
        assertThat(erased.dateOfBirth()).isNull();
        assertThat(erased.documents()).isNull();
        assertThat(erased.personId()).isEqualTo("person-1");
        assertThat(erased.citizenships()).containsExactly("RU");
        assertThat(erased.sex()).isEqualTo(Sex.MALE);
        assertThat(erased.actor()).isEqualTo(OFFICER);
    }

    @Test
    void noNewPersonalDataIsRecordedForAnErasedPerson() {
        keys.destroy("person-1");

        assertThatThrownBy(() -> serializer.serialize(registered, byte[].class))
                .isInstanceOf(MongoPersonKeys.PersonErasedException.class);
    }

    @Test
    void eachPersonHasTheirOwnKey() {
        serializer.serialize(registered, byte[].class);
        SerializedObject<byte[]> other = serializer.serialize(new ForeignerRegisteredEvent("person-2", registered.names(),
                registered.dateOfBirth(), Sex.FEMALE, Set.of("UA"), false, SubjectCategory.THIRD_COUNTRY_NATIONAL, List.of(),
                OFFICER, registered.occurredAt()), byte[].class);

        keys.destroy("person-1");

        assertThat(((ForeignerRegisteredEvent) serializer.deserialize(other)).names()).isEqualTo(registered.names());
    }

    @Test
    void eventsStoredInClearBeforeEncryptionStillRead() throws Exception {
        byte[] plain = json.writeValueAsBytes(registered);

        Object read = serializer.deserialize(new SimpleSerializedObject<>(plain, byte[].class,
                serializer.typeForClass(ForeignerRegisteredEvent.class)));

        assertThat(read).isEqualTo(registered);
    }

    @Test
    void eventsWithoutPersonalDataPassThroughUntouched() {
        ReturnCaseOpenedEvent opened = new ReturnCaseOpenedEvent("case-1", "VRS-2026-000001", "person-1", Institution.VRS,
                Set.of(ReturnGround.VISA_OVERSTAY), LocalDate.of(2026, 1, 1), "IL 41", OFFICER, Instant.parse("2026-01-01T10:00:00Z"));

        String stored = new String(serializer.serialize(opened, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain("$personal");
        assertThat((Object) serializer.deserialize(serializer.serialize(opened, byte[].class))).isEqualTo(opened);
    }
}
