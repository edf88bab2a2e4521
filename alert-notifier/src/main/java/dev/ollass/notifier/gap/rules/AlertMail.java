package dev.ollass.notifier.gap.rules;

/**
 * One e-mail to the operator, in the two forms a mail client chooses from.
 *
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part: the same content, every value escaped
 */
public record AlertMail(String subject, String text, String html) {}
