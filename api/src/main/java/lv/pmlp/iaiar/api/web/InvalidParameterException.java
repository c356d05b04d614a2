package lv.pmlp.iaiar.api.web;

/** A query parameter combination the register cannot answer; reported as a 400 naming the parameter. */
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
