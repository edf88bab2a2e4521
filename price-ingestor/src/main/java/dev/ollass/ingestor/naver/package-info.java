/**
 * Naver Finance, the reading side: the polling JSON ({@code polling.finance.naver.com/api/realtime})
 * read with Jackson, the daily price table ({@code item/sise_day.naver}) read with Jsoup in the
 * charset the response declares; each as a {@code MarketSource}, and the operator's upload endpoints
 * for them. What the read fields mean, and which are unusable, is decided in the
 * pure {@code dev.ollass.ingestor.naver.price} package.
 */
@NullMarked
package dev.ollass.ingestor.naver;

import org.jspecify.annotations.NullMarked;
