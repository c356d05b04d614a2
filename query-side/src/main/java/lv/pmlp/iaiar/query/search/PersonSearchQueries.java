package lv.pmlp.iaiar.query.search;

import static lv.pmlp.iaiar.query.search.MatchReason.BIRTH_YEAR;
import static lv.pmlp.iaiar.query.search.MatchReason.CASE;
import static lv.pmlp.iaiar.query.search.MatchReason.CITIZENSHIP;
import static lv.pmlp.iaiar.query.search.MatchReason.DATE_OF_BIRTH;
import static lv.pmlp.iaiar.query.search.MatchReason.DOCUMENT;
import static lv.pmlp.iaiar.query.search.MatchReason.NAME_EXACT;
import static lv.pmlp.iaiar.query.search.MatchReason.NAME_FUZZY;
import static lv.pmlp.iaiar.query.search.MatchReason.NAME_PHONETIC;
import static lv.pmlp.iaiar.query.search.MatchReason.NAME_STEM;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import lv.pmlp.iaiar.projections.search.PersonSearchIndex;
import lv.pmlp.iaiar.projections.search.names.NameNormaliser;
import lv.pmlp.iaiar.projections.search.names.NameToken;

/**
 * Turns a {@link SearchPersonsQuery} into an Elasticsearch query. Every clause is named after its
 * {@link MatchReason}, so each hit reports which clauses it met. Name words are normalised exactly as the
 * projection normalised the stored names; each typed word must match a stored word in at least one way (all
 * words up to two, all but one beyond), so a name that shares nothing with the typed one is never returned.
 */
final class PersonSearchQueries {

    /** Edits allowed: none up to 3 letters, one up to 7, two from 8 (the default AUTO allows two from 6, too loose for names). */
    static final String FUZZINESS = "AUTO:4,8";

    private PersonSearchQueries() {
    }

    static Query of(SearchPersonsQuery search) {
        List<Query> required = new ArrayList<>();
        if (search.name() != null) {
            required.add(name(NameNormaliser.tokens(search.name())));
        }
        if (search.dateOfBirth() != null) {
            required.add(scored(DATE_OF_BIRTH, Query.of(q -> q.term(t -> t.field(PersonSearchIndex.DATE_OF_BIRTH)
                    .value(search.dateOfBirth().toString())))));
        }
        if (search.birthYear() != null) {
            required.add(scored(BIRTH_YEAR, Query.of(q -> q.range(r -> r.date(d -> d.field(PersonSearchIndex.DATE_OF_BIRTH)
                    .gte(search.birthYear() + "-01-01").lte(search.birthYear() + "-12-31"))))));
        }
        if (search.citizenship() != null) {
            required.add(scored(CITIZENSHIP, term(PersonSearchIndex.CITIZENSHIPS, search.citizenship().toUpperCase(Locale.ROOT))));
        }
        if (search.documentNumber() != null) {
            required.add(scored(DOCUMENT, term(PersonSearchIndex.DOCUMENT_KEYS, PersonSearchIndex.numberKey(search.documentNumber()))));
        }
        if (search.caseNumber() != null) {
            required.add(scored(CASE, term(PersonSearchIndex.CASE_KEYS, PersonSearchIndex.numberKey(search.caseNumber()))));
        }
        return Query.of(q -> q.bool(b -> b.must(required)));
    }

    /** A name with no letters matches nothing rather than everything. */
    private static Query name(List<NameToken> words) {
        if (words.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        List<Query> perWord = words.stream().map(PersonSearchQueries::word).toList();
        return Query.of(q -> q.bool(b -> b.should(perWord).minimumShouldMatch("2<-1")));
    }

    private static Query word(NameToken word) {
        Set<String> spellings = new LinkedHashSet<>(word.forms());
        spellings.addAll(word.stems());
        String text = String.join(" ", spellings);
        // fuzzy counts only where no spelling matched exactly, so "name:fuzzy" means "only with a typing error"
        Query fuzzy = Query.of(q -> q.bool(b -> b
                .must(m -> m.match(t -> t.field(PersonSearchIndex.NAME_TEXT).query(text)
                        .fuzziness(FUZZINESS).prefixLength(1).operator(Operator.Or)))
                .mustNot(n -> n.match(t -> t.field(PersonSearchIndex.NAME_TEXT).query(text)))
                .boost(NAME_FUZZY.boost)
                .queryName(NAME_FUZZY.label)));
        return Query.of(q -> q.bool(b -> b
                .should(scored(NAME_EXACT, terms(PersonSearchIndex.NAME_FORMS, word.forms())))
                .should(scored(NAME_STEM, terms(PersonSearchIndex.NAME_STEMS, word.stems())))
                .should(scored(NAME_PHONETIC, terms(PersonSearchIndex.NAME_PHONETIC, word.phonetic())))
                .should(fuzzy)
                .minimumShouldMatch("1")));
    }

    /** A fixed score per criterion met, so the ranking does not depend on how rare a key is in the index. */
    private static Query scored(MatchReason reason, Query filter) {
        return Query.of(q -> q.constantScore(c -> c.filter(filter).boost(reason.boost).queryName(reason.label)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}
