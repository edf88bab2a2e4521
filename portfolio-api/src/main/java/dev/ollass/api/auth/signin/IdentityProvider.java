package dev.ollass.api.auth.signin;

/** Who vouches for a user. The wire and database names are the original's lower-case ones. */
public enum IdentityProvider {
    GOOGLE("google"),
    KAKAO("kakao"),
    NAVER("naver"),
    LOCAL("local");

    private final String wireName;

    IdentityProvider(String wireName) {
        this.wireName = wireName;
    }

    /** {@code google}, {@code kakao}, {@code naver}, {@code local}: as stored in {@code user.provider}. */
    public String wireName() {
        return wireName;
    }
}
