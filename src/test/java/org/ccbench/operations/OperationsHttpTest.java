package org.ccbench.operations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ccbench.testsupport.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo portal on a real port, as a load balancer and a monitoring system see it: a metrics token is configured,
 * and an SMTP server that does not answer (port 1 on this machine), so mail health is DOWN. Every class with this
 * annotation shares one context, started once with {@link StartUpProbes} recording readiness while it seeds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import({TestClock.class, StartUpProbes.class})
@TestPropertySource(properties = {
        "ccbench.test.database-name=operations",
        "ccbench.metrics.token=" + OperationsHttpTest.METRICS_TOKEN,
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=1"})
@interface OperationsHttpTest {

    String METRICS_TOKEN = "test-metrics-token-4f1c2a9e7b3d5a8c0e6f";
}
