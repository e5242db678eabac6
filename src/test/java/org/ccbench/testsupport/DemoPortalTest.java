package org.ccbench.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal with its demo data on an in-memory H2 database. Every class with this annotation shares one Spring
 * context, so the demo data is seeded once; tests add their own records with names of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestClock.class)
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url="
        + "jdbc:h2:mem:views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
public @interface DemoPortalTest {
}
