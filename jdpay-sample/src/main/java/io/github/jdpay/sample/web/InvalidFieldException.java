package io.github.jdpay.sample.web;

/**
 * A request field is missing or wrong; answered with 400 and a problem whose detail says so in words, for a person,
 * and whose {@code field} names the JSON field, for a program.
 */
class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the JSON field
     * @param detail what is wrong, as a sentence a payer can read: no field names, amounts in yuan
     */
    InvalidFieldException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    String getField() {
        return this.field;
    }

    /** What a field is called in words, to start a sentence with. */
    static String label(String field) {
        return switch (field) {
            case "title" -> "The title";
            case AmountFields.FEN -> "The amount in fen";
            case AmountFields.YUAN -> "The amount";
            case "channel" -> "The way to pay";
            default -> "The field " + field;
        };
    }
}
