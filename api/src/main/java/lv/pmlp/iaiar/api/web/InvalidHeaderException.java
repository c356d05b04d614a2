package lv.pmlp.iaiar.api.web;

/** A request header with a value the register cannot use. */
class InvalidHeaderException extends RuntimeException {

    private final String header;

    InvalidHeaderException(String header, String message) {
        super(message);
        this.header = header;
    }

    String header() {
        return header;
    }
}
