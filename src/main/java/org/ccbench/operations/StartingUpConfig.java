package org.ccbench.operations;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link StartingUpFilter} in front of everything else, the security filters and Vaadin included. */
@Configuration(proxyBeanMethods = false)
class StartingUpConfig {

    @Bean
    FilterRegistrationBean<StartingUpFilter> startingUpFilter(ApplicationAvailability availability) {
        FilterRegistrationBean<StartingUpFilter> registration =
                new FilterRegistrationBean<>(new StartingUpFilter(availability));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
