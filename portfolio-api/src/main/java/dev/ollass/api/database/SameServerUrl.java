package dev.ollass.api.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's own schema lives on the server of the market schema unless configured otherwise (one
 * server, one schema per owner): the market URL with its schema name replaced, parameters kept.
 */
final class SameServerUrl {

    private static final Pattern SCHEMA = Pattern.compile("^(jdbc:[a-z]+://[^/?]+/)([^?]*)(.*)$");

    private SameServerUrl() {}

    static String withSchema(String jdbcUrl, String schema) {
        Matcher matcher = SCHEMA.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalStateException(
                    "Cannot derive the API's database URL from '" + jdbcUrl + "': set OLLASS_PORTFOLIO_JDBC_URL");
        }
        return matcher.group(1) + schema + matcher.group(3);
    }
}
