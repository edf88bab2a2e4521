package dev.ollass.api.auth.provider;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Provider settings pointed at a stand-in, with timeouts short enough for tests. */
final class TestSettings {

    static final String GOOGLE_CLIENT = "ollass-web.apps.googleusercontent.com";
    static final String KAKAO_APP_KEY = "kakao-rest-api-key";

    private TestSettings() {}

    static ProviderSettings pointedAt(StandInProvider standIn, Duration keyRefreshMinInterval) {
        return pointedAt(standIn.jwksUri(), standIn.naverUri(), keyRefreshMinInterval);
    }

    static ProviderSettings pointedAt(URI jwks, URI naver, Duration keyRefreshMinInterval) {
        return new ProviderSettings(
                new ProviderSettings.Google(
                        List.of("ollass-android.apps.googleusercontent.com", GOOGLE_CLIENT),
                        jwks,
                        List.of("https://accounts.google.com", "accounts.google.com")),
                new ProviderSettings.Kakao(List.of(KAKAO_APP_KEY), jwks, "https://kauth.kakao.com"),
                new ProviderSettings.Naver("naver-client-id", naver),
                Duration.ofSeconds(1),
                Duration.ofMillis(1500),
                Duration.ofMinutes(15),
                keyRefreshMinInterval,
                Duration.ofSeconds(60));
    }
}
