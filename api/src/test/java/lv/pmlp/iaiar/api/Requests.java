package lv.pmlp.iaiar.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request bodies the API tests send, as plain maps so the tests also pin the JSON field names. */
public final class Requests {

    private Requests() {
    }

    public static Map<String, Object> russianMan() {
        return Map.of(
                "names", Map.of(
                        "original", Map.of("surname", "Иванов", "givenNames", "Иван", "script", "Cyrl"),
                        "latin", Map.of("surname", "IVANOV", "givenNames", "IVAN"),
                        "latvian", Map.of("surname", "Ivanovs", "givenNames", "Ivans")),
                "dateOfBirth", "1990-04-12",
                "sex", "MALE",
                "citizenships", List.of("RU"),
                "documents", List.of(Map.of("type", "PASSPORT", "number", "751234567", "issuingCountry", "RUS")));
    }

    public static Map<String, Object> openCase(String personId, LocalDate detectedOn) {
        return Map.of("personId", personId, "grounds", List.of("VISA_OVERSTAY"), "detectedOn", detectedOn.toString(),
                "legalBasis", "Imigrācijas likums, 41. pants");
    }

    public static Map<String, Object> departureOrder(LocalDate issuedOn, int days) {
        return Map.of("issuedOn", issuedOn.toString(), "voluntaryDepartureDays", days,
                "legalBasis", "Imigrācijas likums, 41. pants");
    }

    public static Map<String, Object> forcedExpulsion(LocalDate issuedOn, String entryBan) {
        return Map.of("issuedOn", issuedOn.toString(), "entryBan", entryBan,
                "legalBasis", "Imigrācijas likums, 47. pants");
    }

    /** Where a person's identity documents are recorded. */
    public static String identityDocumentsOf(String personId) {
        return "/api/v1/persons/" + personId + "/identity-documents";
    }

    /** A passport whose number starts with {@code prefix} and is unique to this call. */
    public static Map<String, Object> passport(String prefix) {
        return Map.of("type", "PASSPORT", "number", prefix + java.util.UUID.randomUUID().toString().substring(0, 6), "issuingCountry", "RU");
    }
}
