package io.github.jdpay.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;

/** Database failures become problems a client can act on, never a 500, and never show the database's own text. */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();

    @Test
    void aValueTheDatabaseRefusesIsABadRequestThatNamesNoColumn() {
        ProblemDetail problem = this.problems.notStored(new DataIntegrityViolationException(
                "PreparedStatementCallback", new SQLException("Value too long for column \"TITLE VARCHAR(32)\"")));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).doesNotContainIgnoringCase("title").doesNotContain("VARCHAR");
    }

    @Test
    void aDuplicateIsAConflict() {
        assertThat(this.problems.notStored(new DuplicateKeyException("PK")).getStatus())
                .isEqualTo(409);
    }

    @Test
    void anyOtherDatabaseFailureIsAConflictToTryAgain() {
        ProblemDetail problem = this.problems.databaseFailed(new CannotAcquireLockException("lock timeout on ORDERS"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains("try again").doesNotContain("ORDERS");
    }
}
