package lv.pmlp.iaiar.query.casefile;

/** A person's case file as the read model holds it now. */
public record FindCaseFileQuery(String personId) {
}
