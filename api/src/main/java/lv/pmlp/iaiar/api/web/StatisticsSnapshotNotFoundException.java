package lv.pmlp.iaiar.api.web;

/** No frozen statistics table has this id; answered 404. */
class StatisticsSnapshotNotFoundException extends RuntimeException {

    StatisticsSnapshotNotFoundException(String id) {
        super("No statistics snapshot " + id);
    }
}
