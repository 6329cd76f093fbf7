package org.budgetwatch.local;

/** Where the end-to-end suite runs: the services plus a Kafka cluster and a schema registry of some kind. */
interface PipelineCluster extends AutoCloseable {

    LocalStack stack();

    @Override
    void close() throws Exception;
}
