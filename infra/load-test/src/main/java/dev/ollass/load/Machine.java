package dev.ollass.load;

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

/** What the figures were measured on, and what else was running meanwhile (as {@code infra/benchmarks} says it). */
final class Machine {

    private Machine() {}

    static String describe() {
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
    static String loadAverage() {
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
    static List<String> busiestOtherProcesses(Duration window, int limit) throws InterruptedException {
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
