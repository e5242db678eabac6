package org.ccbench.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context that names its database ({@value #NAME_PROPERTY}{@code =views} in its
 * {@code @TestPropertySource}) at that database: an in-memory H2 database as the portal's embedded default, or, when
 * the tests run on PostgreSQL ({@link TestDatabases#onPostgres()}), a database of its own on that server, created
 * empty when the first context with that name starts in this JVM. Contexts that name the same database share it, as
 * they share one in-memory H2 database. The settings outrank {@code @TestPropertySource}, so no test can fix an H2
 * URL by mistake; a context without a database name keeps the application's own settings.
 */
public class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    /** The property by which a test context names its database. */
    public static final String NAME_PROPERTY = "ccbench.test.database-name";

    private static final Map<String, String> POSTGRES_URLS = new ConcurrentHashMap<>();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new DatabaseCustomizer();
    }

    /** One for all contexts: the context's own name, read from its environment, is part of its cache key already. */
    private static final class DatabaseCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            ConfigurableEnvironment environment = context.getEnvironment();
            String name = environment.getProperty(NAME_PROPERTY);
            if (name == null || name.isBlank()) {
                return;
            }
            environment.getPropertySources().addFirst(new MapPropertySource("ccbench test database", settings(name)));
        }

        private static Map<String, Object> settings(String name) {
            if (!TestDatabases.onPostgres()) {
                return Map.of("spring.datasource.url", TestDatabases.h2Url(name),
                        "spring.datasource.driver-class-name", "org.h2.Driver",
                        "spring.datasource.username", "sa",
                        "spring.datasource.password", "",
                        "spring.jooq.sql-dialect", "H2");
            }
            // user and password travel in the URL, as in the maintenance URL
            return Map.of("spring.datasource.url", POSTGRES_URLS.computeIfAbsent(name, TestDatabases::postgresUrl),
                    "spring.datasource.driver-class-name", "org.postgresql.Driver",
                    "spring.datasource.username", "",
                    "spring.datasource.password", "",
                    "spring.jooq.sql-dialect", "POSTGRES");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DatabaseCustomizer;
        }

        @Override
        public int hashCode() {
            return DatabaseCustomizer.class.hashCode();
        }
    }
}
