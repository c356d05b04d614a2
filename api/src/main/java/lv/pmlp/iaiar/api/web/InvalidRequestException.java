package lv.pmlp.iaiar.api.web;

/** A header or query parameter the register cannot use; reported as a 400 naming it. */
class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
