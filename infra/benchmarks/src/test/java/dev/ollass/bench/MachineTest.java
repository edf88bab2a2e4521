package dev.ollass.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MachineTest {

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
        }
    }
}
