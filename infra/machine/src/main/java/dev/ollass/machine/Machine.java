package dev.ollass.machine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a benchmark's figures were measured on, and what else was running meanwhile. */
public final class Machine {

    private Machine() {}

    public static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return "%d cores, %s %s (%s), max heap %d MiB, %s %s %s"
                .formatted(
                        runtime.availableProcessors(),
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.vm.version"),
                        System.getProperty("java.vm.vendor"),
                        runtime.maxMemory() / (1024 * 1024),
                        System.getProperty("os.name"),
                        System.getProperty("os.version"),
                        System.getProperty("os.arch"));
    }

    /** The 1, 5 and 15 minute load averages of the whole machine (Linux), else the one the JVM knows. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return "%s %s %s (1, 5, 15 min)".formatted(fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "%.2f (1 min)"
                    .formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * The other processes that used the most CPU over {@code window}, e.g. {@code "java (pid 4711) 93%"}: a
     * load average says how busy the machine was, this says with what.
     */
    public static List<String> busiestOtherProcesses(Duration window, int limit) throws InterruptedException {
        long self = ProcessHandle.current().pid();
        Map<Long, Duration> before = cpuTimes();
        Thread.sleep(window);
        Map<Long, Duration> after = cpuTimes();
        return after.entrySet().stream()
                .filter(entry -> entry.getKey() != self && before.containsKey(entry.getKey()))
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().minus(before.get(entry.getKey()))))
                .filter(entry -> entry.getValue().toMillis() * 100 >= window.toMillis() * 5)
                .sorted(Map.Entry.<Long, Duration>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(entry -> "%s (pid %d) %d%%"
                        .formatted(
                                command(entry.getKey()),
                                entry.getKey(),
                                entry.getValue().toMillis() * 100 / window.toMillis()))
                .toList();
    }

    /**
     * The CPU time used so far by this JVM and every process it started (the local stack's MariaDB and Redis): what a
     * benchmark in this JVM costs, whatever share of a busy machine it got. Only the living children count (see {@link
     * #cpuOfItsChildren()}), so a difference of two readings is right only for children that live through both.
     */
    public static Duration cpuOfThisJvmAndItsChildren() {
        return cpuOfThisJvm().plus(cpuOfItsChildren());
    }

    public static Duration cpuOfThisJvm() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * The CPU time used so far by the living processes this JVM started (the local stack's MariaDB and Redis). A child
     * that has ended is no longer listed, and its CPU time leaves the sum with it.
     */
    public static Duration cpuOfItsChildren() {
        return ProcessHandle.current()
                .descendants()
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static Map<Long, Duration> cpuTimes() {
        Map<Long, Duration> times = new HashMap<>();
        ProcessHandle.allProcesses()
                .forEach(process -> process.info().totalCpuDuration().ifPresent(cpu -> times.put(process.pid(), cpu)));
        return times;
    }

    private static String command(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(process -> process.info().command())
                .map(command -> Path.of(command).getFileName().toString())
                .or(() -> Optional.of("?"))
                .get();
    }
}
