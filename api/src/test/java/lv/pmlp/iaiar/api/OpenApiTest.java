package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application describes its own API. */
@RegisterApiTest
class OpenApiTest {

    @Autowired
    RegisterClient api;

    @Test
    void everyCommandEndpointIsDescribedWithoutSigningIn() {
        var description = api.get(null, "/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        description.body().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains(
                "/api/v1/persons",
                "/api/v1/persons/{personId}/amendments",
                "/api/v1/persons/{personId}/identity-documents",
                "/api/v1/persons/{personId}/detentions",
                "/api/v1/persons/{personId}/detentions/{detentionId}/extensions",
                "/api/v1/persons/{personId}/detentions/{detentionId}/release",
                "/api/v1/return-cases",
                "/api/v1/return-cases/{caseId}/departure-orders",
                "/api/v1/return-cases/{caseId}/forced-expulsion-decisions",
                "/api/v1/return-cases/{caseId}/decisions/{decisionId}/entry-ban",
                "/api/v1/return-cases/{caseId}/decisions/{decisionId}/service",
                "/api/v1/return-cases/{caseId}/decisions/{decisionId}/appeals",
                "/api/v1/return-cases/{caseId}/appeals/{appealId}/outcome",
                "/api/v1/return-cases/{caseId}/decisions/{decisionId}/enforcement-suspensions",
                "/api/v1/return-cases/{caseId}/decisions/{decisionId}/enforcement-resumptions",
                "/api/v1/return-cases/{caseId}/decisions/{decisionId}/withdrawal",
                "/api/v1/return-cases/{caseId}/decisions/{decisionId}/departure",
                "/api/v1/return-cases/{caseId}/decisions/{decisionId}/removal",
                "/api/v1/return-cases/{caseId}/entry-bans/{banId}/shortenings",
                "/api/v1/return-cases/{caseId}/entry-bans/{banId}/lifting");
    }
}
