package io.github.jdpay.autoconfigure;

import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Creates the starter's tables at start-up when asked to, as several instances starting together do. */
final class JdbcSchemas {

    private JdbcSchemas() {}

    /**
     * Runs the table's script. Instances starting together run it at once, and PostgreSQL fails all but one of
     * concurrent {@code CREATE TABLE IF NOT EXISTS} (a unique violation on its catalogue): a failed script whose table
     * exists afterwards lost that race to another instance, which is fine.
     *
     * @param what what the table is, for the log line: "notification", "merchant"
     */
    static void initialize(DataSource database, String script, String table, String what, Log logger) {
        try {
            new ResourceDatabasePopulator(new ClassPathResource(script)).execute(database);
        } catch (DataAccessException ex) {
            try {
                new JdbcTemplate(database).queryForList("SELECT 1 FROM " + table + " WHERE 1 = 0");
            } catch (DataAccessException missing) {
                ex.addSuppressed(missing);
                throw ex;
            }
            logger.info("JD Pay " + what + " table " + table + " was created meanwhile by another instance ("
                    + String.valueOf(ex.getMostSpecificCause().getMessage())
                            .lines()
                            .findFirst()
                            .orElse("")
                    + ")");
            return;
        }
        logger.info("JD Pay " + what + " table " + table + " is ready");
    }
}
