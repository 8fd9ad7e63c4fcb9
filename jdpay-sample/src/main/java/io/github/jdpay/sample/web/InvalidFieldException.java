package io.github.jdpay.sample.web;

/** A request field is missing or wrong; answered with 400 and a problem that names the field. */
class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    String getField() {
        return this.field;
    }
}
