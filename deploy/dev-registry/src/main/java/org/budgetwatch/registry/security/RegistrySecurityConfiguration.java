package org.budgetwatch.registry.security;

import org.budgetwatch.registry.RegistrySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Basic authentication on every path, when users are configured ({@code budgetwatch.registry.users}). */
@Configuration(proxyBeanMethods = false)
class RegistrySecurityConfiguration {

    @Bean
    @ConditionalOnExpression("!'${budgetwatch.registry.users[0].name:}'.isEmpty()")
    FilterRegistrationBean<BasicAuthFilter> basicAuthFilter(RegistrySettings settings) {
        FilterRegistrationBean<BasicAuthFilter> registration = new FilterRegistrationBean<>(new BasicAuthFilter(settings.users(), settings.realm()));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
