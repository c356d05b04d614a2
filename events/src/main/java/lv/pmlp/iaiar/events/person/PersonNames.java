package lv.pmlp.iaiar.events.person;

/**
 * The forms a foreigner's name is kept in (Cabinet Regulation No. 114 and ICAO 9303): as written in the
 * original script, as transliterated into Latin letters in the travel document, and in its Latvian form
 * (e.g. "Ivanovs"). Only the Latin form is mandatory; the others are recorded when known.
 */
public record PersonNames(PersonName original, PersonName latin, PersonName latvian) {
}
