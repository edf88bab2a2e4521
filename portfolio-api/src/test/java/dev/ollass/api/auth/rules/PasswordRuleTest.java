package dev.ollass.api.auth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    private final PasswordRule rule = new PasswordRule(Set.of("Password123", "qwertyuiop"));

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(rule.refusal("correct horse battery staple", "kim@example.com"))
                .isEmpty();
    }

    @Test
    void acceptsExactlyTheShortestAndTheLongestLength() {
        assertThat(rule.refusal("a".repeat(9) + "b", "kim@example.com")).isEmpty();
        assertThat(rule.refusal("a".repeat(63) + "b", "kim@example.com")).isEmpty();
    }

    @Test
    void refusesFewerThanTenOrMoreThanSixtyFourCharacters() {
        assertThat(rule.refusal("a".repeat(8) + "b", "kim@example.com")).isPresent();
        assertThat(rule.refusal("a".repeat(64) + "b", "kim@example.com")).isPresent();
    }

    @Test
    void refusesMoreThanSeventyTwoBytesThatBcryptWouldCutOff() {
        // 25 Hangul syllables: 25 characters, 75 bytes in UTF-8.
        assertThat(rule.refusal("가".repeat(25), "kim@example.com"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("72 bytes"));
        assertThat(rule.refusal("가".repeat(24), "kim@example.com")).isEmpty();
    }

    @Test
    void refusesACommonPasswordInAnyCase() {
        assertThat(rule.refusal("PASSWORD123", "kim@example.com"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("commonly used"));
    }

    @Test
    void refusesTheEmailOrItsNamePart() {
        assertThat(rule.refusal("kimchulsoo@example.com", "kimchulsoo@example.com"))
                .isPresent();
        assertThat(rule.refusal("KimChulSoo", "kimchulsoo@example.com")).isPresent();
        assertThat(rule.refusal("kimchulsoo1", "kimchulsoo@example.com")).isEmpty();
    }
}
