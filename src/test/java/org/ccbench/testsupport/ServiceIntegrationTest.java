package org.ccbench.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A service-layer integration test: the real application context on its own database migrated by Flyway (in-memory
 * H2, or PostgreSQL when {@link TestDatabases#onPostgres()}), without demo data and without a first administrator.
 * Every class carrying this annotation shares one Spring context, so put nothing else that changes the context
 * (profiles, properties, mocks) on a test class.
 *
 * <p>Tests build their data with {@link TestData} (which empties the tables first) and act as a user with
 * {@link SignIn}; the security context is cleared before and after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@TestPropertySource(properties = {
        "ccbench.test.database-name=service_tests",
        "ccbench.demo.enabled=false",
        "ccbench.first-admin.email=",
        "ccbench.first-admin.password="})
@Import({TestData.class, TestClock.class})
@ExtendWith(SignIn.ClearSecurityContext.class)
public @interface ServiceIntegrationTest {
}
