package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.events.returncase.ReturnCaseOpenedEvent;
import lv.pmlp.iaiar.events.returncase.ReturnGround;

/** Events stored in an older shape are read in the current one; the stored row itself stays as it was written. */
@RegisterApiTest
class EventUpcastingTest {

    @Autowired
    RegisterClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore events;

    @Test
    void aCaseOpenedBeforeTheUnaccompaniedMinorFlagIsReadWithTheFlagUnknown() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        String caseId = "upcast-" + UUID.randomUUID();
        // version 1 as the register wrote it before version 2: no unaccompaniedMinor at all
        String v1 = """
                {"caseId":"%s","caseNumber":"VRS-2011-900001","personId":"%s","institution":"VRS",
                 "grounds":["VISA_OVERSTAY"],"detectedOn":"2011-05-02","legalBasis":"Imigrācijas likums, 41. pants",
                 "actor":{"userId":"vrs.officer","institution":"VRS","unit":"VRS","role":"OFFICER"},
                 "occurredAt":"2011-05-02T06:00:00Z"}""".formatted(caseId, personId);
        jdbc.update("""
                insert into domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                    time_stamp, aggregate_identifier, sequence_number, type)
                values (?, ?, ?, '1', ?, '2011-05-02T06:00:00Z', ?, 0, 'ReturnCase')""",
                UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8), v1.getBytes(StandardCharsets.UTF_8),
                ReturnCaseOpenedEvent.class.getName(), caseId);

        DomainEventMessage<?> read = events.readEvents(caseId).next();

        assertThat(read.getPayload()).isEqualTo(new ReturnCaseOpenedEvent(caseId, "VRS-2011-900001", personId, Institution.VRS,
                Set.of(ReturnGround.VISA_OVERSTAY), LocalDate.of(2011, 5, 2), "Imigrācijas likums, 41. pants",
                new Actor("vrs.officer", Institution.VRS, "VRS", Role.OFFICER), Instant.parse("2011-05-02T06:00:00Z"), null));
        assertThat(jdbc.queryForObject("select payload_revision from domain_event_entry where aggregate_identifier = ?",
                String.class, caseId)).isEqualTo("1");
    }

    @Test
    void aCaseOpenedNowIsStoredAsVersionTwoWithTheFlag() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();
        var body = new java.util.HashMap<>(Requests.openCase(personId, LocalDate.of(2011, 6, 1)));
        body.put("unaccompaniedMinor", false);
        String caseId = api.post("vrs.officer", "/api/v1/return-cases", body).id();

        var row = jdbc.queryForMap("select payload_revision, convert_from(payload, 'UTF8') as payload from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 0", caseId);

        assertThat(row.get("payload_revision")).isEqualTo("2");
        assertThat((String) row.get("payload")).contains("\"unaccompaniedMinor\":false");
    }
}
