package org.ccbench.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which database the Spring tests run on. Without the system property {@value #POSTGRES_PROPERTY} every test context
 * gets its own in-memory H2 database (PostgreSQL mode); with it, the property holds the JDBC URL of a maintenance
 * database on a real PostgreSQL server whose user may create databases (for example
 * {@code jdbc:postgresql://localhost:5433/postgres?user=ccbench}), and each test database is a fresh database on that
 * server. {@code DROP DATABASE ... WITH (FORCE)} needs PostgreSQL 13 or newer.
 */
public final class TestDatabases {

    /** The system property holding the maintenance URL of the PostgreSQL server the tests run on. */
    public static final String POSTGRES_PROPERTY = "ccbench.test.postgres";

    /**
     * A folder for H2 file databases instead of in-memory ones, as the portal's own H2 database is (for benchmarks at
     * a size whose in-memory database would fill the test JVM's heap).
     */
    public static final String H2_DIRECTORY_PROPERTY = "ccbench.test.h2-directory";

    /** Keeps an existing PostgreSQL test database, see {@link #reuse()}. */
    public static final String REUSE_PROPERTY = "ccbench.test.reuse-database";

    /** Every database the tests create on PostgreSQL starts with this, so they are easy to find and drop. */
    public static final String PREFIX = "ccbench_test_";

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,40}");
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

    private TestDatabases() {
    }

    /** Whether the tests run on PostgreSQL ({@value #POSTGRES_PROPERTY} is set) rather than on H2. */
    public static boolean onPostgres() {
        String url = System.getProperty(POSTGRES_PROPERTY);
        return url != null && !url.isBlank();
    }

    /**
     * The JDBC URL of the in-memory H2 database with this name, in the mode the portal's H2 databases use; a file
     * database in {@value #H2_DIRECTORY_PROPERTY} when that is set.
     */
    public static String h2Url(String name) {
        String directory = System.getProperty(H2_DIRECTORY_PROPERTY, "");
        String database = directory.isBlank() ? "mem:" + checkedName(name)
                : "file:" + Path.of(directory, checkedName(name)).toAbsolutePath();
        return "jdbc:h2:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /**
     * Drops the PostgreSQL database {@code ccbench_test_<name>} if it exists (ending its connections), creates it
     * empty, and returns its JDBC URL: the maintenance URL with the database name replaced, so with the same host,
     * credentials and parameters.
     *
     * @throws IllegalStateException when the tests do not run on PostgreSQL or the server refuses
     */
    public static String postgresUrl(String name) {
        String database = PREFIX + checkedName(name);
        String maintenance = maintenanceUrl();
        try (Connection connection = DriverManager.getConnection(maintenance);
             Statement statement = connection.createStatement()) {
            if (!reuse() || !exists(statement, database)) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + database + " on "
                    + withoutQuery(maintenance) + ": " + e.getMessage(), e);
        }
        return withDatabase(maintenance, database);
    }

    /**
     * Whether {@value #REUSE_PROPERTY} asks to keep a PostgreSQL test database that exists, with its data, instead of
     * creating it empty (for benchmarks that measure again on what their last run generated).
     */
    public static boolean reuse() {
        return Boolean.getBoolean(REUSE_PROPERTY);
    }

    private static boolean exists(Statement statement, String database) throws SQLException {
        try (var found = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            return found.next();
        }
    }

    /** The maintenance URL with its database name replaced; package-private for its test. */
    static String withDatabase(String maintenanceUrl, String database) {
        Matcher url = POSTGRES_URL.matcher(maintenanceUrl);
        if (!url.matches()) {
            throw new IllegalStateException(POSTGRES_PROPERTY + " must look like "
                    + "jdbc:postgresql://host:port/postgres?user=..., not " + withoutQuery(maintenanceUrl));
        }
        return url.group(1) + database + (url.group(3) == null ? "" : url.group(3));
    }

    private static String maintenanceUrl() {
        if (!onPostgres()) {
            throw new IllegalStateException("The tests run on H2: set the system property " + POSTGRES_PROPERTY
                    + " to a PostgreSQL maintenance URL to run them on PostgreSQL");
        }
        String url = System.getProperty(POSTGRES_PROPERTY).strip();
        withDatabase(url, "check");
        return url;
    }

    private static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A test database name is 1 to 40 of a-z, 0-9 and _, not " + name);
        }
        return name;
    }

    /** The URL without its parameters, which may hold a password. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
