package lv.pmlp.iaiar.projections.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;

/**
 * Everything the register knows about one person, as one document. {@code versions} holds, per stream
 * (the person and each case), the last event sequence number applied: it makes replays idempotent and lets a
 * reader wait for the version a command returned.
 */
public record CaseFile(
        @Id String personId,
        PersonNames names,
        LocalDate dateOfBirth,
        Sex sex,
        List<String> citizenships,
        boolean stateless,
        SubjectCategory subjectCategory,
        List<IdentityDocument> documents,
        List<DetentionView> detentions,
        List<CaseView> cases,
        Map<String, Long> versions,
        Instant registeredAt,
        Instant lastRecordedAt,
        Lifecycle lifecycle) {

    /**
     * Where the person stands for retention: {@code lastActivityOn} is the latest business day of any of their
     * events; {@code settledOn} equals it while nothing is open (no decision in force, no pending or running ban,
     * no pending appeal, no open detention) and is null otherwise; the retention clock runs from it.
     */
    public record Lifecycle(boolean registered, Instant erasedAt, LocalDate lastActivityOn, LocalDate settledOn) {

        static final Lifecycle NEW = new Lifecycle(false, null, null, null);
    }

    public static CaseFile empty(String personId) {
        return new CaseFile(personId, null, null, null, List.of(), false, null, List.of(), List.of(), List.of(),
                Map.of(), null, null, Lifecycle.NEW);
    }

    public long versionOf(String aggregateId) {
        Long version = versions.get(aggregateId);
        return version == null ? -1 : version;
    }

    public boolean isRegistered() {
        return lifecycle.registered();
    }
}
