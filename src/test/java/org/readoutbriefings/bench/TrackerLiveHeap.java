package org.readoutbriefings.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

/**
 * The most heap in use right after any garbage collection in this JVM (young ones included, so an upper
 * bound of what is really held), for the XLSX benchmarks and TrackerBenchmark to print beside their rows per second.
 */
public final class TrackerLiveHeap {

    private static final AtomicLong LIVE = new AtomicLong();

    static {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    long used = info.getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    LIVE.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private TrackerLiveHeap() {
    }

    /** Starts watching (the first call registers the listeners). */
    public static void reset() {
        LIVE.set(0);
    }

    /** Bytes: the most heap in use right after any collection since the last reset. */
    public static long mostAfterGc() {
        return LIVE.get();
    }

    static String report() {
        return String.format("live heap after GC at most %d MB (-Xmx %d MB)", LIVE.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
