package org.ccbench.security.login;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code ccbench.login.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProtectionProperties.class)
class LoginProtectionConfig {
}
