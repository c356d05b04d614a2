package lv.pmlp.iaiar.events.person;

/**
 * One written form of a person's name. {@code script} is the ISO 15924 code of the writing system
 * ({@code Latn}, {@code Cyrl}, {@code Arab} ...), so search and transliteration know what they are reading.
 */
public record PersonName(String surname, String givenNames, String script) {
}
