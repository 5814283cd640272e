package org.readoutbriefings.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.readoutbriefings.memo.MemoRenderer;
import org.readoutbriefings.memo.MemoView;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * The memo of {@link MemoRenderBenchmark} rendered on one or more threads sharing one renderer, measured in
 * CPU time as well as wall time: on a machine shared with other builds, wall-clock figures (JMH's) say
 * how much CPU the machine gave us, CPU time says what a memo costs.
 * <pre>
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) org.readoutbriefings.bench.MemoRenderCpuTime [threads] [warm-up memos] [memos]
 * </pre>
 * Reports pages per wall-clock second, pages per CPU-second of the rendering threads, and process CPU per
 * memo (which adds garbage collection and the JIT compiler).
 */
public final class MemoRenderCpuTime {

    private MemoRenderCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int memos = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        MemoRenderer renderer = new MemoRenderer(Path.of("templates"));
        MemoView memo = MemoBenchSample.countryMemo();
        int pages;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(renderer.pdf(memo))) {
            pages = pdf.getNumberOfPages();
        }
        ThreadMXBean threadBean = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, threads, warmUp, renderer, memo);
            long process = os.getProcessCpuTime();
            long wall = System.nanoTime();
            long[] rendering = run(pool, threads, memos, renderer, memo);
            wall = System.nanoTime() - wall;
            process = os.getProcessCpuTime() - process;
            long cpu = 0;
            long allocated = 0;
            for (int i = 0; i < threads; i++) {
                cpu += rendering[2 * i];
                allocated += rendering[2 * i + 1];
            }
            System.out.printf("%d thread(s), %d memos of %d pages: %.1f pages/s wall-clock (%.1f per thread)%n",
                    threads, memos, pages, memos * pages / (wall / 1e9), memos * pages / (wall / 1e9) / threads);
            System.out.printf("rendering threads: %.1f ms CPU per memo = %.1f pages per CPU-second; %.1f MB allocated per memo%n",
                    cpu / 1e6 / memos, memos * pages / (cpu / 1e9), allocated / 1e6 / memos);
            System.out.printf("whole process: %.1f ms CPU per memo = %.1f pages per CPU-second (with GC and JIT)%n",
                    process / 1e6 / memos, memos * pages / (process / 1e9));
            System.out.printf("system load average %.2f on %d processors%n", os.getSystemLoadAverage(), os.getAvailableProcessors());
        } finally {
            pool.shutdown();
        }
    }

    /** Renders {@code memos} memos split over the threads; per thread: CPU nanoseconds, bytes allocated. */
    private static long[] run(ExecutorService pool, int threads, int memos, MemoRenderer renderer, MemoView memo) throws Exception {
        ThreadMXBean bean = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Future<long[]>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = memos / threads + (t < memos % threads ? 1 : 0);
            done.add(pool.submit(() -> {
                long cpu = bean.getCurrentThreadCpuTime();
                long allocated = bean.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < share; i++) {
                    renderer.pdf(memo);
                }
                return new long[]{bean.getCurrentThreadCpuTime() - cpu, bean.getCurrentThreadAllocatedBytes() - allocated};
            }));
        }
        long[] result = new long[2 * threads];
        for (int t = 0; t < threads; t++) {
            long[] r = done.get(t).get();
            result[2 * t] = r[0];
            result[2 * t + 1] = r[1];
        }
        return result;
    }
}
