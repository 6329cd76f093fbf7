package org.budgetwatch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Ports, address and data directory of a local stack. Port 0 means "any free port".
 *
 * @param bindAddress where the HTTP services and the registry listen: 127.0.0.1 (this machine only) unless told
 *                    otherwise; the Kafka broker always listens on 127.0.0.1
 */
public record StackSettings(Path dataDir, int kafkaPort, int controllerPort, int registryPort, int ingestPort,
                            int extractorPort, int validatorPort, int projectionPort, String bindAddress) {

    public static final String LOOPBACK = "127.0.0.1";

    public StackSettings {
        bindAddress = bindAddress == null || bindAddress.isBlank() ? LOOPBACK : bindAddress.strip();
    }

    /** On 127.0.0.1. */
    public StackSettings(Path dataDir, int kafkaPort, int controllerPort, int registryPort, int ingestPort, int extractorPort,
                         int validatorPort, int projectionPort) {
        this(dataDir, kafkaPort, controllerPort, registryPort, ingestPort, extractorPort, validatorPort, projectionPort, LOOPBACK);
    }

    /** The defaults of the run command: fixed, documented ports, on 127.0.0.1. */
    public static StackSettings defaults(Path dataDir) {
        return new StackSettings(dataDir, 9092, 9093, 8081, 8080, 8092, 8093, 8094);
    }

    /** The host clients on this machine reach the services at: the bind address, or 127.0.0.1 when it is every address. */
    public String host() {
        return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]") ? LOOPBACK
                : bindAddress.contains(":") && !bindAddress.startsWith("[") ? "[" + bindAddress + "]" : bindAddress;
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
