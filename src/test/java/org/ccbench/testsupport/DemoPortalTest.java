package org.ccbench.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ccbench.kpi.KpiTestFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal with its demo data on a database of its own: in-memory H2, or PostgreSQL when
 * {@link TestDatabases#onPostgres()} ({@link TestDatabaseCustomizerFactory}). Every class with this annotation shares
 * one Spring context, so the demo data is seeded once; tests add their own records with names of their own.
 * {@link KpiTestFixture} empties or reseeds the demo's KPI months and runs code as a demo user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({TestClock.class, KpiTestFixture.class})
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "ccbench.test.database-name=views")
public @interface DemoPortalTest {
}
