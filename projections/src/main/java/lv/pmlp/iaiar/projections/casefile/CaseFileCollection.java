package lv.pmlp.iaiar.projections.casefile;

/** Where case files are kept. */
public final class CaseFileCollection {

    public static final String NAME = "person_case_files";

    private CaseFileCollection() {
    }
}
