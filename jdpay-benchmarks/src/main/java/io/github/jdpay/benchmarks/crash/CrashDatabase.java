package io.github.jdpay.benchmarks.crash;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The crash test's view of the shared PostgreSQL database: emptied before the run, read after it. It reads the shop's
 * {@code shop_order} table, and of the idempotency store's {@code jdpay_notification} only what its columns tell, so
 * that it reads a redesigned store's table as well.
 */
final class CrashDatabase {

    private static final String STORE_TABLE = "jdpay_notification";

    private final String url;

    CrashDatabase(String url) {
        this.url = url;
    }

    /** Drops the shop's and the store's tables: each instance creates them again at start-up. */
    void reset() throws SQLException {
        try (Connection connection = DriverManager.getConnection(this.url);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS shop_refund");
            statement.execute("DROP TABLE IF EXISTS shop_order");
            statement.execute("DROP TABLE IF EXISTS " + STORE_TABLE);
        }
    }

    /** Per trade number, how many notifications the shop's handler applied to the order. */
    Map<String, Integer> effects(List<String> tradeNums) throws SQLException {
        Map<String, Integer> effects = new HashMap<>();
        tradeNums.forEach(tradeNum -> effects.put(tradeNum, 0));
        try (Connection connection = DriverManager.getConnection(this.url);
                PreparedStatement query =
                        connection.prepareStatement("SELECT trade_num, notifications_handled FROM shop_order")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String tradeNum = rows.getString(1);
                    if (effects.containsKey(tradeNum)) {
                        effects.put(tradeNum, rows.getInt(2));
                    }
                }
            }
        }
        return effects;
    }

    /**
     * Claims whose handling never finished: rows whose {@code state} is not {@code DONE}, or without a
     * {@code completed_at}; empty if the store's table has neither column.
     */
    Optional<Long> claimsInProgress() throws SQLException {
        try (Connection connection = DriverManager.getConnection(this.url)) {
            Set<String> columns = columns(connection.getMetaData());
            String where;
            if (columns.contains("state")) {
                where = "state <> 'DONE'";
            } else if (columns.contains("completed_at")) {
                where = "completed_at IS NULL";
            } else {
                System.out.println("The store's table " + STORE_TABLE + " has columns " + columns
                        + ": claims in progress not counted");
                return Optional.empty();
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery("SELECT count(*) FROM " + STORE_TABLE + " WHERE " + where)) {
                rows.next();
                return Optional.of(rows.getLong(1));
            }
        }
    }

    private static Set<String> columns(DatabaseMetaData metaData) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rows = metaData.getColumns(null, null, STORE_TABLE, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
