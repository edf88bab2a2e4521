package dev.ollass.notifier.gap.rules;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What to do with the notifications waiting to be sent, taken together in the order they arrived.
 *
 * <ul>
 *   <li>A {@code MISSING} finding is alerted, unless a {@code RESOLVED} finding for the same content waits beside
 *       it: the gap was filled before anyone was told, and neither is sent.
 *   <li>A {@code RESOLVED} finding sends a "recovered" note only when the alert for the content it resolves was
 *       sent; otherwise nobody needs to hear that it is over.
 * </ul>
 *
 * With digests on, everything to send goes out as one e-mail when there is more than one; otherwise each as its
 * own, in the order they arrived.
 *
 * @param deliveries the e-mails to send, in order
 * @param settled notifications that need no e-mail, with the reason, by notification key
 */
public record DeliveryPlan(List<Delivery> deliveries, Map<String, String> settled) {

    public DeliveryPlan {
        deliveries = List.copyOf(deliveries);
        settled = Map.copyOf(settled);
    }

    /**
     * @param waiting the waiting findings, oldest first
     * @param alertWasSent whether the alert with this notification key was sent earlier
     * @param digests whether several notifications may share one e-mail
     */
    public static DeliveryPlan of(List<MarketDataGap> waiting, Predicate<String> alertWasSent, boolean digests) {
        Set<String> resolvedHere = waiting.stream()
                .filter(gap -> gap.status() == Status.RESOLVED)
                .map(DeliveryPlan::alertKeyResolvedBy)
                .collect(Collectors.toSet());
        Set<String> alertedHere = waiting.stream()
                .filter(gap -> gap.status() == Status.MISSING)
                .map(MarketDataGap::notificationKey)
                .collect(Collectors.toSet());
        List<MarketDataGap> toSend = new ArrayList<>();
        Map<String, String> settled = new LinkedHashMap<>();
        for (MarketDataGap gap : waiting) {
            if (gap.status() == Status.MISSING) {
                if (resolvedHere.contains(gap.notificationKey())) {
                    settled.put(gap.notificationKey(), "resolved before its alert was sent");
                } else {
                    toSend.add(gap);
                }
            } else {
                String alertKey = alertKeyResolvedBy(gap);
                if (alertedHere.contains(alertKey)) {
                    settled.put(gap.notificationKey(), "its alert was not sent: resolved while waiting");
                } else if (alertWasSent.test(alertKey)) {
                    toSend.add(gap);
                } else {
                    settled.put(gap.notificationKey(), "no alert was sent for " + alertKey);
                }
            }
        }
        return new DeliveryPlan(deliveries(toSend, digests), settled);
    }

    /** The notification key of the {@code MISSING} finding a {@code RESOLVED} one ends. */
    public static String alertKeyResolvedBy(MarketDataGap resolved) {
        return resolved.key() + "|" + Status.MISSING + "|" + resolved.contentDigest();
    }

    private static List<Delivery> deliveries(List<MarketDataGap> toSend, boolean digests) {
        if (digests && toSend.size() > 1) {
            return List.of(new Delivery(
                    GapWording.digest(
                            toSend.stream()
                                    .filter(gap -> gap.status() == Status.MISSING)
                                    .toList(),
                            toSend.stream()
                                    .filter(gap -> gap.status() == Status.RESOLVED)
                                    .toList()),
                    toSend.stream().map(MarketDataGap::notificationKey).toList()));
        }
        return toSend.stream()
                .map(gap -> new Delivery(
                        gap.status() == Status.MISSING ? GapWording.alert(gap) : GapWording.recovered(gap),
                        List.of(gap.notificationKey())))
                .toList();
    }
}
