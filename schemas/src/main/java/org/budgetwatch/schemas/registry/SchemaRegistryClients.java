package org.budgetwatch.schemas.registry;

import java.util.List;

/** Picks the client for the configured URLs: {@code mock://scope} for an in-memory registry, otherwise REST. */
public final class SchemaRegistryClients {

    private static final String MOCK_SCHEME = "mock://";

    private SchemaRegistryClients() {
    }

    public static SchemaRegistryClient create(List<String> urls, String credentialsSource, String userInfo, int cacheCapacity) {
        SchemaRegistryClient client;
        if (urls.size() == 1 && urls.get(0).startsWith(MOCK_SCHEME)) {
            client = InMemorySchemaRegistry.forScope(urls.get(0).substring(MOCK_SCHEME.length()));
        } else {
            client = new RestSchemaRegistryClient(urls, credentialsSource, userInfo);
        }
        return new CachingSchemaRegistryClient(client, cacheCapacity);
    }
}
