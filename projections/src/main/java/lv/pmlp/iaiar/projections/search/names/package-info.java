/**
 * Name keys for person search, computed in Java because the search server has no ICU or phonetic plugins: ICAO
 * Doc 9303 transliteration, diacritic folding, Latvian-ending stems (Cabinet Regulation No. 114) and phonetic
 * codes. The same code derives the keys at index time and at query time, so both sides always agree.
 */
package lv.pmlp.iaiar.projections.search.names;
