package lv.pmlp.iaiar.projections.bans;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;

import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.IdentityDocument;

/** Which person holds a document; lets a border guard ask by the number in front of them. */
public record IdentityDocumentEntry(@Id String id, String personId, String number, DocumentType type, String issuingCountry) {

    public static final String COLLECTION = "identity_documents";
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^A-Za-z0-9]");

    static IdentityDocumentEntry of(String personId, IdentityDocument document) {
        String number = normalise(document.number());
        return new IdentityDocumentEntry(personId + "|" + document.type() + "|" + number + "|" + document.issuingCountry(),
                personId, number, document.type(), document.issuingCountry());
    }

    /** Document numbers are compared without spaces, dashes and case, as officers type them differently. */
    public static String normalise(String number) {
        return NOT_LETTER_OR_DIGIT.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
