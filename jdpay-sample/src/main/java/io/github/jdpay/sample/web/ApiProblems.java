package io.github.jdpay.sample.web;

import io.github.jdpay.exception.JdPayApiException;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.exception.JdPayOutcomeUnknownException;
import io.github.jdpay.sample.order.OrderNotFoundException;
import io.github.jdpay.sample.order.OrderStateException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the shop's and JD's failures into RFC 9457 problems. Spring MVC's own (unreadable JSON, wrong method) are
 * problems too, through {@code spring.mvc.problemdetails.enabled}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

    private static final Log logger = LogFactory.getLog(ApiProblems.class);

    @ExceptionHandler
    ProblemDetail invalidField(InvalidFieldException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid request field");
        problem.setProperty("field", ex.getField());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(OrderNotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(OrderStateException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }

    /**
     * A value the checks let through that the database would not store: a bug of the checks, told as the client's
     * bad request rather than a 500, and logged so that someone fixes the checks. The database's text stays in the
     * log, as it names tables and columns.
     */
    @ExceptionHandler
    ProblemDetail notStored(DataIntegrityViolationException ex) {
        logger.error("The database refused a value the API had accepted: "
                + ex.getMostSpecificCause().getMessage());
        boolean duplicate = ex instanceof DuplicateKeyException;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                duplicate ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                duplicate
                        ? "This was recorded already."
                        : "The shop cannot store this request: one of its values is too long or out of range.");
        problem.setTitle("Not stored");
        return problem;
    }

    /** Any other database failure (a lock not granted in time, a lost connection): nothing changed, try again. */
    @ExceptionHandler
    ProblemDetail databaseFailed(DataAccessException ex) {
        logger.error("Database call failed", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "The shop could not record this just now; nothing changed. Please try again.");
        problem.setTitle("Not recorded");
        return problem;
    }

    /** JD refused: a business answer, with JD's code. */
    @ExceptionHandler
    ProblemDetail refused(JdPayApiException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Refused by JD Pay");
        problem.setProperty("jdCode", ex.getCode());
        problem.setProperty("jdDescription", ex.getDescription());
        return problem;
    }

    /** The call may have reached JD: the order or refund stays in progress until JD's notification settles it. */
    @ExceptionHandler
    ProblemDetail outcomeUnknown(JdPayOutcomeUnknownException ex) {
        logger.warn(ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT, ex.getMessage());
        problem.setTitle("JD Pay's answer was lost");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail failed(JdPayException ex) {
        logger.error("JD Pay call failed", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setTitle("JD Pay call failed");
        return problem;
    }
}
