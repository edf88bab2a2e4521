package dev.ollass.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTest {

    @Test
    void describesTheCoresAndTheJvm() {
        assertThat(Machine.describe())
                .startsWith(Runtime.getRuntime().availableProcessors() + " cores, ")
                .contains(System.getProperty("java.vm.version"))
                .contains("max heap");
    }

    @Test
    void readsTheLoadAverages() {
        assertThat(Machine.loadAverage()).matches("\\d+\\.\\d+ \\d+\\.\\d+ \\d+\\.\\d+ \\(1, 5, 15 min\\)");
    }

    @Test
    void namesABusyProcessBesideIt() throws Exception {
        // The shell's own name (sh is dash on Debian), its pid, its share of a core.
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            List<String> busiest = Machine.busiestOtherProcesses(Duration.ofMillis(500), 20);

            assertThat(busiest).anyMatch(line -> line.matches("\\S+ \\(pid " + busy.pid() + "\\) \\d+%"));
        } finally {
            // Gone before the next test: a child that ends during another's measurement takes its CPU out of the sum.
            busy.destroyForcibly().waitFor();
        }
    }

    @Test
    void countsTheCpuThisJvmSpendsWorking() {
        Duration before = Machine.cpuOfThisJvmAndItsChildren();
        // 100 ms of this thread's own CPU, however long a busy machine takes to give it.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 100_000_000;
        long sum = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            sum += Long.numberOfTrailingZeros(System.nanoTime());
        }

        assertThat(sum).isPositive();
        assertThat(Machine.cpuOfThisJvmAndItsChildren().minus(before)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
    }

    @Test
    void countsTheCpuOfTheProcessesItStarted() throws Exception {
        // Busy for a while, then alive (and listed) long enough to be asked.
        Process child =
                new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done; sleep 30").start();
        try {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (Machine.cpuOfItsChildren().isZero() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Machine.cpuOfItsChildren()).isPositive();
        } finally {
            child.destroy();
            child.waitFor();
        }
    }
}
