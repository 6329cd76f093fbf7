package org.budgetwatch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Ports and data directory of a local stack. Port 0 means "any free port".
 */
public record StackSettings(Path dataDir, int kafkaPort, int controllerPort, int registryPort, int ingestPort,
                            int extractorPort, int validatorPort, int projectionPort) {

    /** The defaults of the run command: fixed, documented ports. */
    public static StackSettings defaults(Path dataDir) {
        return new StackSettings(dataDir, 9092, 9093, 8081, 8080, 8092, 8093, 8094);
    }

    /** Every port free, for tests that run beside other things. */
    public static StackSettings onFreePorts(Path dataDir) {
        return new StackSettings(dataDir, freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
