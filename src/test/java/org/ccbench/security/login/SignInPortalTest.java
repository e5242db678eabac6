package org.ccbench.security.login;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ccbench.testsupport.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal behind a real servlet container on a random port, on a database of its own without demo data, with a
 * clock the test can move ({@link MovableClock}). Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "ccbench.test.database-name=sign_in",
        "ccbench.demo.enabled=false",
        "ccbench.first-admin.email=",
        "ccbench.first-admin.password="})
@Import({TestData.class, MovableClock.Config.class})
public @interface SignInPortalTest {
}
