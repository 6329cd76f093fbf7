package org.budgetwatch.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The end-to-end suite on the in-JVM KRaft broker and the dev schema registry (what the run command starts). */
class InJvmPipelineEndToEndTest extends PipelineEndToEndContract {

    @Override
    PipelineCluster startCluster() throws Exception {
        Path dataDir = Files.createTempDirectory("budgetwatch-e2e");
        LocalStack stack = new LocalStack(StackSettings.onFreePorts(dataDir)).withIngestKey("flood-test", FLOOD_KEY, FLOOD_LIMIT);
        stack.start();
        return PipelineCluster.selfContained(stack);
    }
}
