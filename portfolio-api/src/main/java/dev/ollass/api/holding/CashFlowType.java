package dev.ollass.api.holding;

/** Kinds of cash movement beside buys and sells, which returns need. */
public enum CashFlowType {
    /** Money put into the account. */
    DEPOSIT,
    /** Money taken out of the account. */
    WITHDRAWAL,
    /** A dividend as the broker paid it (cash, after any withholding the broker did). */
    DIVIDEND,
    /** A tax paid (on dividends or gains). */
    TAX
}
