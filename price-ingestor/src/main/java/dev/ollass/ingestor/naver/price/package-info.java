/**
 * Naver Finance's Korean prices turned into Ollass's: current prices of stocks and of the KOSPI and
 * KOSDAQ from the polling JSON, daily ticks from the daily price table. Every field is checked before
 * it is trusted; a missing or changed one is a rejection naming it, never a wrong price or a zero.
 * Pure: it reads plain records that the adapter in {@code dev.ollass.ingestor.naver} fills.
 */
@NullMarked
@PureDomain
package dev.ollass.ingestor.naver.price;

import dev.ollass.architecture.PureDomain;
import org.jspecify.annotations.NullMarked;
