package dev.ollass.api.asset;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kept answers in this instance's memory, up to a number of bytes, the least recently read leaving first, each
 * until its expiry ({@link System#nanoTime()}). Only for values that never change under their key (the asset
 * table's keys name everything the answer was computed from), so a copy here is as fresh as the one in Redis.
 */
final class NearCache {

    private final long maxBytes;

    private record Kept(byte[] value, long expires) {}

    private final LinkedHashMap<String, Kept> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    NearCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The value kept under {@code key}, unless it expired (then it is dropped). */
    synchronized byte @Nullable [] get(String key) {
        Kept kept = entries.get(key);
        if (kept == null) {
            return null;
        }
        if (System.nanoTime() - kept.expires() >= 0) {
            entries.remove(key);
            bytes -= kept.value().length;
            return null;
        }
        return kept.value();
    }

    /** Keeps {@code value} until {@code expires} (nano time); the least recently read leave to make room. */
    synchronized void put(String key, byte[] value, long expires) {
        if (value.length > maxBytes) {
            return;
        }
        Kept old = entries.put(key, new Kept(value, expires));
        bytes += value.length - (old == null ? 0 : old.value().length);
        Iterator<Map.Entry<String, Kept>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().value().length;
            eldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }
}
