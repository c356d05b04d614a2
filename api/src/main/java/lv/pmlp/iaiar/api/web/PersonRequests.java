package lv.pmlp.iaiar.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lv.pmlp.iaiar.events.person.DocumentType;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.ReleaseReason;
import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;

/** Request bodies of the person and detention endpoints. Shape checks live here; business rules in the aggregate. */
final class PersonRequests {

    static final String COUNTRY = "[A-Z]{2}";
    static final String ID = "[A-Za-z0-9-]{1,64}";

    private PersonRequests() {
    }

    record Name(
            @NotBlank @Size(max = 100) String surname,
            @Size(max = 200) String givenNames,
            @Pattern(regexp = "[A-Z][a-z]{3}", message = "must be an ISO 15924 script code such as Latn or Cyrl") String script) {

        PersonName toName(String defaultScript) {
            return new PersonName(surname.strip(), givenNames == null ? null : givenNames.strip(),
                    script == null ? defaultScript : script);
        }
    }

    record Names(@Valid Name original, @NotNull @Valid Name latin, @Valid Name latvian) {

        PersonNames toNames() {
            return new PersonNames(original == null ? null : original.toName(null), latin.toName("Latn"),
                    latvian == null ? null : latvian.toName("Latn"));
        }
    }

    record Document(
            @NotNull DocumentType type,
            @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9< -]+", message = "may hold only letters, digits, spaces, < and -") String number,
            @NotNull @Pattern(regexp = "[A-Z]{2,3}", message = "must be an ISO 3166 alpha-2 or alpha-3 code") String issuingCountry,
            @PastOrPresent LocalDate issuedOn,
            LocalDate validUntil) {

        IdentityDocument toDocument() {
            // Series and number are printed with spaces ("75 1234567"); the register keeps them without.
            return new IdentityDocument(type, number.replace(" ", "").toUpperCase(), issuingCountry, issuedOn, validUntil);
        }
    }

    record RegisterForeigner(
            @NotNull @Valid Names names,
            @NotNull @Past LocalDate dateOfBirth,
            @NotNull Sex sex,
            @Size(max = 5) Set<@NotNull @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code") String> citizenships,
            boolean stateless,
            SubjectCategory subjectCategory,
            @Size(max = 10) List<@NotNull @Valid Document> documents,
            @PastOrPresent Instant registeredAt) {
    }

    record AmendPersonData(
            @Valid Names names,
            @Past LocalDate dateOfBirth,
            Sex sex,
            @Size(max = 5) Set<@NotNull @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 alpha-2 code") String> citizenships,
            Boolean stateless,
            @NotBlank @Size(max = 500) String reason) {
    }

    record DetainForeigner(
            @NotNull @PastOrPresent Instant detainedAt,
            @NotNull LocalDate authorisedUntil,
            @Pattern(regexp = ID) String returnCaseId,
            @NotBlank @Size(max = 200) String legalBasis,
            @NotBlank @Size(max = 100) String place) {
    }

    record ExtendDetention(
            @NotNull LocalDate authorisedUntil,
            @NotBlank @Size(max = 100) String courtReference,
            @Size(max = 200) String legalBasis,
            @PastOrPresent Instant extendedAt) {
    }

    record ReleaseFromDetention(
            @NotNull @PastOrPresent Instant releasedAt,
            @NotNull ReleaseReason reason,
            @Size(max = 500) String note) {
    }
}
