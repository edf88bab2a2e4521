package dev.ollass.api.auth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NicknameRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"ab", "김철수", "Kim2021", "abcdefghijkl", "가나다라마바사아자차카타"})
    void acceptsTwoToTwelveLettersAndDigits(String nickname) {
        assertThat(NicknameRule.refusal(nickname)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "abcdefghijklm", "가나다라마바사아자차카타파"})
    void refusesFewerThanTwoOrMoreThanTwelveCharacters(String nickname) {
        assertThat(NicknameRule.refusal(nickname)).hasValue("닉네임은 2자 이상 12자 이하여야 합니다.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no space", "dash-ed", "ㄱㄴㄷ", "emoji😀", "ü-ber", "under_score"})
    void refusesAnythingButLettersDigitsAndHangulSyllables(String nickname) {
        assertThat(NicknameRule.refusal(nickname)).hasValue("문자와 숫자만 가능합니다.");
    }

    @Test
    void checksTheLengthBeforeTheCharactersAsTheOriginal() {
        assertThat(NicknameRule.refusal("!")).hasValue(NicknameRule.WRONG_LENGTH);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Two characters outside the BMP are two characters, not four.
        assertThat(NicknameRule.refusal("😀😀")).hasValue(NicknameRule.WRONG_CHARACTERS);
    }
}
