package lv.pmlp.iaiar.query.search;

import java.time.LocalDate;

/**
 * Find persons by any combination of criteria; every given criterion must hold. {@code name} is free text in
 * any script and spelling; {@code caseNumber} also matches decision numbers. {@code page} counts from 0.
 */
public record SearchPersonsQuery(
        String name,
        LocalDate dateOfBirth,
        Integer birthYear,
        String citizenship,
        String documentNumber,
        String caseNumber,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    public SearchPersonsQuery {
        name = blankToNull(name);
        citizenship = blankToNull(citizenship);
        documentNumber = blankToNull(documentNumber);
        caseNumber = blankToNull(caseNumber);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
        }
    }

    public boolean hasCriteria() {
        return name != null || dateOfBirth != null || birthYear != null || citizenship != null
                || documentNumber != null || caseNumber != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
