package lv.pmlp.iaiar.api.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;

/** One read of identifiable personal data. Written once, never changed. */
public record AccessLogEntry(
        @Id String id,
        Instant at,
        String userId,
        Institution institution,
        String unit,
        Role role,
        String method,
        String path,
        String query,
        String purpose,
        String caseReference,
        List<String> personIds) {
}
