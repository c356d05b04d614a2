package lv.pmlp.iaiar.events.person;

import java.time.LocalDate;

/** A travel or identity document seen by an officer. {@code issuingCountry} is ISO 3166 alpha-2 or alpha-3. */
public record IdentityDocument(
        DocumentType type,
        String number,
        String issuingCountry,
        LocalDate issuedOn,
        LocalDate validUntil) {

    /** Two records describe the same document when type, number and issuing country agree. */
    public boolean sameDocumentAs(IdentityDocument other) {
        return type == other.type
                && number.equalsIgnoreCase(other.number)
                && issuingCountry.equalsIgnoreCase(other.issuingCountry);
    }
}
