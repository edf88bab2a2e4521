package dev.ollass.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/** Redis (embedded-redis's bundled 6.2 binary) as a child process on 127.0.0.1, persisting to an append-only file. */
final class RedisServerProcess implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(RedisServerProcess.class);

    private final ChildProcess process;

    private RedisServerProcess(ChildProcess process) {
        this.process = process;
    }

    static RedisServerProcess start(Path dataDir, int port) {
        var redisDir = dataDir.resolve("redis");
        var binDir = redisDir.resolve("bin");
        try {
            Files.createDirectories(binDir);
            var executable = ExecutableProvider.newJarResourceProvider(binDir.toFile())
                    .get()
                    .toPath();
            var server = RedisServer.newRedisServer()
                    .executableProvider(executable::toFile)
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("dir \"" + redisDir.toAbsolutePath() + "\"")
                    // Every write goes to the append-only file, so a restart (or a crash) keeps the data.
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .soutListener(line -> log.debug("redis: {}", line))
                    .serrListener(line -> log.warn("redis: {}", line))
                    .build();
            try {
                server.start();
            } catch (IOException | RuntimeException e) {
                // A server that never printed its ready line is not stopped by embedded-redis.
                NativeProcesses.startedFrom(executable).ifPresent(ChildProcess::stop);
                throw e;
            }
            return new RedisServerProcess(ChildProcess.watched(
                    "Redis",
                    NativeProcesses.startedFrom(executable)
                            .orElseThrow(() -> new IllegalStateException(executable + " is not running"))));
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start: " + e.getMessage(), e);
        }
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop();
    }
}
