package dev.ollass.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** Checks the ports before anything starts, so a taken port fails fast with its name instead of deep in a server. */
final class Ports {

    private Ports() {}

    static void requireFree(List<NamedPort> ports) {
        var taken = ports.stream()
                .filter(port -> !isFree(port.port()))
                .map(port -> port.name() + " " + port.port())
                .toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Ports already in use on localhost: " + String.join(", ", taken)
                    + ". Stop what listens there or choose other ports (OLLASS_*_PORT).");
        }
    }

    static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            // Like the servers themselves: connections of a previous run lingering in TIME_WAIT do not block.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
