package dev.ollass.projector.audit.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The weekdays each market is closed, by exchange time zone: the zone is what the projections know
 * of a symbol's exchange, and exchanges that share a zone (KOSPI and KOSDAQ, NYSE and Nasdaq) share
 * their holidays. Past days need no list (the benchmark index's bars say which were trading days);
 * for days after the benchmark's last bar, this list is how the audit learns that a closed day owes
 * no bar.
 */
public record MarketHolidays(Map<ZoneId, Set<LocalDate>> byZone) {

    public static final MarketHolidays NONE = new MarketHolidays(Map.of());

    public MarketHolidays {
        Map<ZoneId, Set<LocalDate>> copy = new HashMap<>();
        byZone.forEach((zone, days) -> copy.put(zone, Set.copyOf(days)));
        byZone = Map.copyOf(copy);
    }

    /**
     * Reads {@code Asia/Seoul=2021-02-11,2021-02-12;America/New_York=2021-04-02}: entries separated
     * by {@code ;}, each a zone id, {@code =} and ISO dates separated by {@code ,}. Blank means none.
     * Spring binds the {@code ollass.projector.market-holidays} setting through this method.
     *
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    public static MarketHolidays of(String spec) {
        Map<ZoneId, Set<LocalDate>> byZone = new HashMap<>();
        for (String entry : spec.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] zoneAndDays = entry.split("=", 2);
            if (zoneAndDays.length != 2) {
                throw new IllegalArgumentException(
                        "market holidays: \"" + entry.strip() + "\" is not <zone>=<date>,<date>...");
            }
            try {
                ZoneId zone = ZoneId.of(zoneAndDays[0].strip());
                Set<LocalDate> days = byZone.computeIfAbsent(zone, z -> new HashSet<>());
                for (String day : zoneAndDays[1].split(",")) {
                    if (!day.isBlank()) {
                        days.add(LocalDate.parse(day.strip()));
                    }
                }
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("market holidays: \"" + entry.strip() + "\": " + e.getMessage(), e);
            }
        }
        return new MarketHolidays(byZone);
    }

    /** The holidays of the exchanges in {@code zone}; none when the zone has no list. */
    public Set<LocalDate> in(ZoneId zone) {
        return byZone.getOrDefault(zone, Set.of());
    }
}
