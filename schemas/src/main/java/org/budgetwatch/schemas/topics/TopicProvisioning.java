package org.budgetwatch.schemas.topics;

import org.springframework.context.SmartLifecycle;

/**
 * Provisions the pipeline topics when a service starts, before its consumers and ingest's ledger read them; every
 * service does (it is idempotent), so that whichever starts first on a new cluster creates them as they must be.
 */
public final class TopicProvisioning implements SmartLifecycle {

    /** Before ingest's ledger (Integer.MIN_VALUE + 100) and the bindings. */
    static final int PHASE = Integer.MIN_VALUE + 50;

    private final TopicProvisioner provisioner;
    private final PipelineTopics topics;
    private volatile boolean running;

    public TopicProvisioning(TopicProvisioner provisioner, PipelineTopics topics) {
        this.provisioner = provisioner;
        this.topics = topics;
    }

    @Override
    public void start() {
        provisioner.provision(topics.plans());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
