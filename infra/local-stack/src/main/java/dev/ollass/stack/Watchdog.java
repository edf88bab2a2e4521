package dev.ollass.stack;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One small {@code sh} process per JVM that stops this JVM's child processes when the JVM ends without stopping them
 * itself: killed with SIGKILL, crashed, or out of memory, when no shutdown hook runs.
 *
 * <p>Its standard input is a pipe that only this JVM holds (child processes do not inherit it): the kernel closes it
 * however the JVM ends, and the script then sends SIGTERM to the processes still watched, and SIGKILL to those alive
 * after the grace period. It ignores SIGINT, SIGTERM and SIGHUP, which a terminal's Ctrl-C or a closed terminal send
 * to the whole process group: it outlives the JVM's own shutdown to stop whatever that left behind.
 */
final class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

    private static final String SCRIPT = """
            trap '' INT TERM HUP
            grace=$1
            watched=' '
            while read -r command pid; do
              case $command in
                watch) watched="$watched$pid " ;;
                release) watched=$(echo "$watched" | sed "s/ $pid / /") ;;
              esac
            done
            set -- $watched
            [ $# -gt 0 ] || exit 0
            kill -TERM "$@" 2>/dev/null
            waited=0
            while [ "$waited" -lt "$grace" ]; do
              alive=''
              for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
              [ -n "$alive" ] || exit 0
              sleep 1
              waited=$((waited + 1))
            done
            kill -KILL $alive 2>/dev/null
            """;

    private static @Nullable Writer commands;
    private static boolean unavailable;

    private Watchdog() {}

    static synchronized void watch(long pid) {
        send("watch " + pid);
    }

    static synchronized void release(long pid) {
        send("release " + pid);
    }

    private static void send(String command) {
        var writer = commands();
        if (writer == null) {
            return;
        }
        try {
            writer.write(command + "\n");
            writer.flush();
        } catch (IOException e) {
            log.warn("The watchdog is gone; child processes may outlive a killed JVM", e);
            commands = null;
            unavailable = true;
        }
    }

    private static @Nullable Writer commands() {
        if (commands == null && !unavailable) {
            try {
                var process = new ProcessBuilder(
                                "/bin/sh",
                                "-c",
                                SCRIPT,
                                "ollass-watchdog",
                                Long.toString(ChildProcess.GRACE_PERIOD.toSeconds()))
                        // Inherited output would keep a test runner's or a pipe's reader waiting for it.
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                log.warn("No watchdog (/bin/sh did not start); child processes may outlive a killed JVM", e);
                unavailable = true;
            }
        }
        return commands;
    }
}
