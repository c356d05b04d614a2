package lv.pmlp.iaiar.api.web;

/** A request parameter, or a combination of them, the register cannot use. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;

    InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
