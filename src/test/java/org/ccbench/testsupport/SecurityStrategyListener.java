package org.ccbench.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several cached Spring contexts live in one test JVM, and each Vaadin context installs its own security-context
 * strategy in the static {@link SecurityContextHolder} when it starts. Before every test this points the static
 * holder back at the strategy of the test's own context, which is the one its beans and @WithUserDetails use.
 */
public class SecurityStrategyListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
