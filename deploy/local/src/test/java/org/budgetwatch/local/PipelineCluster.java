package org.budgetwatch.local;

/**
 * Where the end-to-end suite runs: the services (in the stack) plus a Kafka cluster and a schema registry of
 * some kind; {@code infrastructure} stops whatever the stack does not own, after the stack.
 */
record PipelineCluster(LocalStack stack, Runnable infrastructure) implements AutoCloseable {

    static PipelineCluster selfContained(LocalStack stack) {
        return new PipelineCluster(stack, () -> { });
    }

    @Override
    public void close() {
        stack.close();
        infrastructure.run();
    }
}
