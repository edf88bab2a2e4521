package dev.ollass.api.asset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearCacheTest {

    static final long LATER = System.nanoTime() + 60_000_000_000L;

    @Test
    void keepsAnAnswerUntilItExpires() {
        NearCache cache = new NearCache(100);
        cache.put("fresh", new byte[10], LATER);
        cache.put("expired", new byte[10], System.nanoTime() - 1);

        assertThat(cache.get("fresh")).hasSize(10);
        assertThat(cache.get("expired")).as("past its Redis TTL").isNull();
        assertThat(cache.bytes()).as("the expired one dropped when asked for").isEqualTo(10);
        assertThat(cache.get("never stored")).isNull();
    }

    @Test
    void makesRoomByDroppingTheLeastRecentlyReadAnswers() {
        NearCache cache = new NearCache(100);
        cache.put("a", new byte[40], LATER);
        cache.put("b", new byte[40], LATER);
        cache.get("a");

        cache.put("c", new byte[40], LATER);

        assertThat(cache.get("b")).as("read least recently").isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("c")).isNotNull();
        assertThat(cache.bytes()).isEqualTo(80);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void anAnswerLargerThanTheWholeCacheIsNotKeptAndAReplacedOneCountsOnce() {
        NearCache cache = new NearCache(100);
        cache.put("huge", new byte[101], LATER);
        cache.put("a", new byte[30], LATER);
        cache.put("a", new byte[50], LATER);

        assertThat(cache.get("huge")).isNull();
        assertThat(cache.get("a")).hasSize(50);
        assertThat(cache.bytes()).isEqualTo(50);
    }

    @Test
    void aCacheOfZeroBytesKeepsNothing() {
        NearCache cache = new NearCache(0);
        cache.put("a", new byte[1], LATER);

        assertThat(cache.get("a")).isNull();
        assertThat(cache.size()).isZero();
    }
}
