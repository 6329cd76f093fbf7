package org.budgetwatch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Ports and data directory of a local stack. Port 0 means "any free port".
 */
public record StackSettings(Path dataDir, int kafkaPort, int controllerPort, int registryPort, int ingestPort,
                            int extractorPort, int validatorPort, int projectionPort) {

    /** The defaults of the run command: fixed, documented ports. */
    public static StackSettings defaults(Path dataDir) {
        return new StackSettings(dataDir, 9092, 9093, 8081, 8080, 8092, 8093, 8094);
    }

    /**
     * Every port free, for tests that run beside other things. Ports come from below the kernel's ephemeral range
     * (32768 and up on Linux), so that no outgoing connection made while the stack starts can take one first.
     */
    public static StackSettings onFreePorts(Path dataDir) {
        Set<Integer> taken = new HashSet<>();
        return new StackSettings(dataDir, freePort(taken), freePort(taken), freePort(taken), freePort(taken), freePort(taken),
                freePort(taken), freePort(taken));
    }

    private static int freePort(Set<Integer> taken) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = LOWEST_PORT + RANDOM.nextInt(PORT_RANGE);
            if (taken.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                taken.add(port);
                return port;
            } catch (IOException inUse) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("No free port found between " + LOWEST_PORT + " and " + (LOWEST_PORT + PORT_RANGE)));
    }

    private static final int LOWEST_PORT = 20_000;
    private static final int PORT_RANGE = 12_000;
    private static final Random RANDOM = new Random();
}
