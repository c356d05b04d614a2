package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** How the log sits in PostgreSQL: JSON in BYTEA columns, personal data encrypted, a schema version per event, append-only. */
@RegisterApiTest
class EventStoreFormatTest {

    @Autowired
    RegisterClient api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void payloadsAreJsonInByteaColumnsNotLargeObjects() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();

        Map<String, Object> columns = jdbc.queryForMap("""
                select max(case when column_name = 'payload' then data_type end) as payload,
                       max(case when column_name = 'meta_data' then data_type end) as meta_data
                from information_schema.columns where table_name = 'domain_event_entry'""");
        Map<String, Object> row = jdbc.queryForMap("""
                select payload_type, payload_revision, payload ->> 'personId' as person,
                       payload #>> '{names,$personal}' as sealed_names, payload::text as payload_text,
                       payload #>> '{actor,userId}' as actor,
                       meta_data ->> 'correlationId' as correlation
                from event_log where aggregate_identifier = ?""", personId);

        assertThat(columns).containsEntry("payload", "bytea").containsEntry("meta_data", "bytea");
        assertThat(row).containsEntry("payload_type", "lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent")
                .containsEntry("payload_revision", "1")
                .containsEntry("person", personId)
                .containsEntry("actor", "vrs.officer");
        assertThat((String) row.get("sealed_names")).as("names are stored encrypted").isNotBlank();
        assertThat((String) row.get("payload_text")).doesNotContain("Иванов", "IVANOV", "1990-04-12", "751234567");
        assertThat(row.get("correlation")).isNotNull();
    }

    @Test
    void storedEventsCannotBeEditedOrDeleted() {
        String personId = api.post("vrs.officer", "/api/v1/persons", Requests.russianMan()).id();

        assertThatThrownBy(() -> jdbc.update("update domain_event_entry set payload_type = 'x' where aggregate_identifier = ?", personId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", personId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, personId)).isEqualTo(1);
    }
}
