package dev.ollass.api.auth.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** The original's nickname rules, checked in its order; each refusal carries its message. */
public final class NicknameRule {

    public static final String WRONG_LENGTH = "닉네임은 2자 이상 12자 이하여야 합니다.";
    public static final String WRONG_CHARACTERS = "문자와 숫자만 가능합니다.";
    public static final String TAKEN = "이미 존재하는 닉네임입니다.";

    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 12;
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Za-z0-9가-힣]+");

    private NicknameRule() {}

    /** Why {@code nickname} cannot be a nickname, or empty when it can (whether it is taken is not checked here). */
    public static Optional<String> refusal(String nickname) {
        int length = nickname.codePointCount(0, nickname.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of(WRONG_LENGTH);
        }
        if (!LETTERS_AND_DIGITS.matcher(nickname).matches()) {
            return Optional.of(WRONG_CHARACTERS);
        }
        return Optional.empty();
    }
}
