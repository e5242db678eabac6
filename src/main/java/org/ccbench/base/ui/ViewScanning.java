package org.ccbench.base.ui;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin looks for routes, layouts, error views, the app shell and its own services in the features' {@code ui}
 * packages only (about 225 classes): by default it reads every class of the application at start-up (about 1,500,
 * each with its super types), a seventh of the main thread's time in a start of the production jar.
 * {@code ArchitectureTest} keeps every class Vaadin must find in a {@code ui} package.
 */
@Configuration(proxyBeanMethods = false)
@EnableVaadin(ViewScanning.VIEW_PACKAGES)
class ViewScanning {

    /** An Ant-style package pattern: every package named {@code ui} in the portal, and the ones below it. */
    static final String VIEW_PACKAGES = "org.ccbench.**.ui";
}
