package lv.pmlp.iaiar.projections.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;

class PersonSearchDocumentTest {

    private static final Actor OFFICER = new Actor("vrs.officer", Institution.VRS, "VRS-DAUGAVPILS", Role.OFFICER);
    private static final IdentityDocument PASSPORT = new IdentityDocument(DocumentType.PASSPORT, "75 1234567", "RUS", null, null);
    private static final ForeignerRegisteredEvent REGISTERED = new ForeignerRegisteredEvent("p-1",
            new PersonNames(new PersonName("Иванов", "Иван", "Cyrl"), new PersonName("IVANOV", "IVAN", "Latn"),
                    new PersonName("Ivanovs", "Ivans", "Latn")),
            LocalDate.of(1990, 4, 12), Sex.MALE, Set.of("RU"), false, SubjectCategory.THIRD_COUNTRY_NATIONAL,
            List.of(PASSPORT), OFFICER, Instant.parse("2025-01-01T10:00:00Z"));

    @Test
    void derivesTheSearchKeysFromTheRecordedState() {
        PersonSearchDocument person = PersonSearchDocument.empty("p-1").registered(REGISTERED)
                .caseOpened("case-1", "VRS-2025-000001")
                .decisionIssued("decision-1", "VRS-2025-000001-D1");

        assertThat(person.nameForms()).contains("IVANOV", "IVANOVS", "IVAN", "IVANS");
        assertThat(person.nameStems()).contains("IVANOV", "IVAN");
        assertThat(person.documentKeys()).containsExactly("751234567");
        assertThat(person.caseKeys()).containsExactly("VRS2025000001", "VRS2025000001D1");
    }

    @Test
    void anEventAlreadyAppliedIsRecognisedByItsStreamAndSequence() {
        PersonSearchDocument person = PersonSearchDocument.empty("p-1").registered(REGISTERED).applied("p-1", 0);

        assertThat(person.hasApplied("p-1", 0)).isTrue();
        assertThat(person.hasApplied("p-1", 1)).isFalse();
        assertThat(person.hasApplied("case-1", 0)).isFalse();
    }

    @Test
    void aDocumentSeenTwiceIsKeptOnce() {
        PersonSearchDocument person = PersonSearchDocument.empty("p-1").registered(REGISTERED);

        assertThat(person.documentRecorded(PASSPORT)).isEqualTo(person);
    }

    @Test
    void anAmendmentChangesOnlyTheFieldsItSets() {
        PersonSearchDocument person = PersonSearchDocument.empty("p-1").registered(REGISTERED);
        PersonNames petrov = new PersonNames(null, new PersonName("PETROV", "IVAN", "Latn"), null);

        PersonSearchDocument amended = person.amended(new PersonDataAmendedEvent("p-1", petrov, null, null, null, null,
                "typing error", OFFICER, Instant.parse("2025-01-02T10:00:00Z")));

        assertThat(amended.nameForms()).contains("PETROV").doesNotContain("IVANOV");
        assertThat(amended.dateOfBirth()).isEqualTo(person.dateOfBirth());
        assertThat(amended.citizenships()).containsExactly("RU");
    }

    @Test
    void aDocumentReadBackFromTheIndexIsTheSameDocument() throws Exception {
        PersonSearchDocument person = PersonSearchDocument.empty("p-1").registered(REGISTERED)
                .caseOpened("case-1", "VRS-2025-000001").applied("p-1", 0).applied("case-1", 0);
        ObjectMapper json = PersonSearchIndex.jsonpMapper().objectMapper();

        String stored = json.writeValueAsString(person);

        assertThat(json.readValue(stored, PersonSearchDocument.class)).isEqualTo(person);
        assertThat(stored).contains("\"dateOfBirth\":\"1990-04-12\"");
    }
}
