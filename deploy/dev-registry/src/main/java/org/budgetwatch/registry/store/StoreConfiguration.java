package org.budgetwatch.registry.store;

import org.budgetwatch.registry.RegistrySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    SchemaLog schemaLog(RegistrySettings settings) {
        return new SchemaLog(settings);
    }

    @Bean
    SchemaStore schemaStore(SchemaLog log, RegistrySettings settings) {
        SchemaStore store = new SchemaStore(log, settings.defaultCompatibility());
        store.load();
        return store;
    }
}
