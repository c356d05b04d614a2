package lv.pmlp.iaiar.projections.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.events.person.IdentityDocument;
import lv.pmlp.iaiar.events.person.PersonDataAmendedEvent;
import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.projections.search.names.NameKeys;

/**
 * A person as the search index holds them. The first group of fields is the state the events build; the keys
 * after it are derived from that state in the constructor, every time, so a document read back and written
 * again (or rebuilt by a replay) is always the same document. {@code appliedSequences} remembers the last event
 * of each stream (the person's and each return case's) already in the document, so a redelivered event is
 * recognised and skipped.
 */
public record PersonSearchDocument(
        String personId,
        PersonNames names,
        LocalDate dateOfBirth,
        List<String> citizenships,
        List<Document> documents,
        Map<String, String> caseNumbers,
        Map<String, String> decisionNumbers,
        Map<String, Long> appliedSequences,
        boolean erased,
        List<String> nameForms,
        List<String> nameStems,
        List<String> namePhonetic,
        String nameText,
        List<String> documentKeys,
        List<String> caseKeys) {

    /** An identity document, as much of it as search needs. */
    public record Document(String type, String number, String issuingCountry) {

        static Document of(IdentityDocument document) {
            return new Document(document.type().name(), document.number(), document.issuingCountry());
        }
    }

    public PersonSearchDocument {
        citizenships = citizenships == null ? List.of() : List.copyOf(new TreeSet<>(citizenships));
        documents = documents == null ? List.of() : List.copyOf(documents);
        caseNumbers = caseNumbers == null ? Map.of() : new TreeMap<>(caseNumbers);
        decisionNumbers = decisionNumbers == null ? Map.of() : new TreeMap<>(decisionNumbers);
        appliedSequences = appliedSequences == null ? Map.of() : new TreeMap<>(appliedSequences);
        NameKeys keys = RecentNameKeys.of(nameTexts(names));
        nameForms = keys.forms();
        nameStems = keys.stems();
        namePhonetic = keys.phonetic();
        nameText = keys.text();
        documentKeys = sortedKeys(documents.stream().map(Document::number));
        caseKeys = sortedKeys(Stream.concat(caseNumbers.values().stream(), decisionNumbers.values().stream()));
    }

    static PersonSearchDocument empty(String personId) {
        return new PersonSearchDocument(personId, null, null, null, null, null, null, null, false,
                null, null, null, null, null, null);
    }

    /** Whether the event with this sequence number of that stream is already reflected here. */
    boolean hasApplied(String streamId, long sequenceNumber) {
        Long last = appliedSequences.get(streamId);
        return last != null && last >= sequenceNumber;
    }

    PersonSearchDocument applied(String streamId, long sequenceNumber) {
        Map<String, Long> sequences = new TreeMap<>(appliedSequences);
        sequences.put(streamId, sequenceNumber);
        return with(names, dateOfBirth, citizenships, documents, caseNumbers, decisionNumbers, sequences);
    }

    PersonSearchDocument registered(ForeignerRegisteredEvent event) {
        PersonSearchDocument registered = with(event.names(), event.dateOfBirth(), List.copyOf(event.citizenships()),
                documents, caseNumbers, decisionNumbers, appliedSequences);
        // after erasure the personal fields of old events read as null
        for (IdentityDocument document : event.documents() == null ? List.<IdentityDocument>of() : event.documents()) {
            registered = registered.documentRecorded(document);
        }
        return registered;
    }

    /** Only the fields the amendment sets change; {@code null} means unchanged. */
    PersonSearchDocument amended(PersonDataAmendedEvent event) {
        return with(event.names() != null ? event.names() : names,
                event.dateOfBirth() != null ? event.dateOfBirth() : dateOfBirth,
                event.citizenships() != null ? List.copyOf(event.citizenships()) : citizenships,
                documents, caseNumbers, decisionNumbers, appliedSequences);
    }

    PersonSearchDocument documentRecorded(IdentityDocument document) {
        if (document == null) {
            return this;
        }
        Document recorded = Document.of(document);
        if (documents.contains(recorded)) {
            return this;
        }
        List<Document> more = new ArrayList<>(documents);
        more.add(recorded);
        return with(names, dateOfBirth, citizenships, more, caseNumbers, decisionNumbers, appliedSequences);
    }

    PersonSearchDocument caseOpened(String caseId, String caseNumber) {
        Map<String, String> cases = new TreeMap<>(caseNumbers);
        cases.put(caseId, caseNumber);
        return with(names, dateOfBirth, citizenships, documents, cases, decisionNumbers, appliedSequences);
    }

    PersonSearchDocument decisionIssued(String decisionId, String decisionNumber) {
        Map<String, String> decisions = new TreeMap<>(decisionNumbers);
        decisions.put(decisionId, decisionNumber);
        return with(names, dateOfBirth, citizenships, documents, caseNumbers, decisions, appliedSequences);
    }

    private PersonSearchDocument with(PersonNames names, LocalDate dateOfBirth, List<String> citizenships,
                                      List<Document> documents, Map<String, String> caseNumbers,
                                      Map<String, String> decisionNumbers, Map<String, Long> appliedSequences) {
        return new PersonSearchDocument(personId, names, dateOfBirth, citizenships, documents, caseNumbers,
                decisionNumbers, appliedSequences, erased, null, null, null, null, null, null);
    }

    /**
     * What is left once the person is erased: nothing that identifies them or that a search could match, only the
     * id and the applied sequences, so later events of their cases cannot bring them back into the index.
     */
    PersonSearchDocument erasedTombstone() {
        return new PersonSearchDocument(personId, null, null, null, null, null, null, appliedSequences, true,
                null, null, null, null, null, null);
    }

    private static List<String> nameTexts(PersonNames names) {
        List<String> texts = new ArrayList<>();
        if (names != null) {
            for (PersonName name : new PersonName[] {names.original(), names.latin(), names.latvian()}) {
                if (name != null) {
                    texts.add(name.surname());
                    texts.add(name.givenNames());
                }
            }
        }
        return texts;
    }

    private static List<String> sortedKeys(Stream<String> numbers) {
        Set<String> keys = new TreeSet<>();
        numbers.map(PersonSearchIndex::numberKey).filter(k -> !k.isEmpty()).forEach(keys::add);
        return List.copyOf(keys);
    }
}
