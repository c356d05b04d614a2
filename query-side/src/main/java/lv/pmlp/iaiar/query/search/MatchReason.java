package lv.pmlp.iaiar.query.search;

/**
 * Why a hit matched: each is the name of a query clause, which Elasticsearch reports back per hit. Declared from
 * the strongest name match to the weakest, then the other criteria, which is the order hits list them in.
 */
enum MatchReason {
    NAME_EXACT("name:exact-transliteration", 8),
    NAME_STEM("name:latvian-stem", 5),
    NAME_PHONETIC("name:phonetic", 3),
    NAME_FUZZY("name:fuzzy", 2),
    DATE_OF_BIRTH("dateOfBirth", 1),
    BIRTH_YEAR("birthYear", 1),
    CITIZENSHIP("citizenship", 1),
    DOCUMENT("document", 1),
    CASE("caseNumber", 1);

    final String label;
    final float boost;

    MatchReason(String label, float boost) {
        this.label = label;
        this.boost = boost;
    }
}
