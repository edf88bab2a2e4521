package dev.ollass.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Localhost ports: checked before anything starts, so a taken port fails fast with its name instead of deep in a
 * server; and free ones for tests.
 */
public final class Ports {

    private Ports() {}

    /** @throws IllegalStateException naming every port of {@code ports} that something already listens on */
    public static void requireFree(List<NamedPort> ports) {
        var taken = ports.stream()
                .filter(port -> !isFree(port.port()))
                .map(port -> port.name() + " " + port.port())
                .toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Ports already in use on localhost: " + String.join(", ", taken)
                    + ". Stop what listens there or choose other ports (OLLASS_*_PORT).");
        }
    }

    public static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            // Like the servers themselves: connections of a previous run lingering in TIME_WAIT do not block.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The port an environment variable names, or {@code defaultPort} when it is unset or blank.
     *
     * @throws IllegalArgumentException naming the variable when its value is not a number
     */
    public static int fromEnvironment(
            Function<String, @Nullable String> environment, String variable, int defaultPort) {
        var value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, not '" + value + "'", e);
        }
    }

    /** {@code count} distinct ports that are free right now. */
    public static List<Integer> freePorts(int count) {
        // All sockets stay open until every port is known, so the operating system cannot hand out one port twice.
        var sockets = new ArrayList<ServerSocket>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The port was only probed; nothing listens on it.
        }
    }
}
