package dev.ollass.api.auth;

import static dev.ollass.api.auth.AuthHttp.STRONG_PASSWORD;
import static dev.ollass.api.auth.AuthHttp.credentials;
import static dev.ollass.api.auth.AuthHttp.freshEmail;
import static dev.ollass.api.auth.AuthHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.auth.AuthHttp.Answer;
import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.SessionIssuer;
import dev.ollass.api.auth.signin.TokenPair;
import dev.ollass.api.auth.signin.VerifiedIdentity;
import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.contracts.identity.UserDeleted;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import io.jsonwebtoken.Jwts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-up, login, sessions, the guard, the user endpoints and deletion, over HTTP on the real local
 * stack (MariaDB, Redis, Kafka). The tests named after spec §12.1 fail on the original's behaviour.
 */
@UsesLocalStack
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "ollass.auth.local.failures-per-account=3",
            "ollass.auth.local.failures-per-address=6",
            "ollass.auth.allowed-origins=https://app.example",
            "ollass.auth.outbox-interval=1h"
        })
class SignInAndSessionsOnTheLocalStackTest {

    static final String TEST_SECRET = "test-only-signing-key-0123456789abcdefghijklmnop";
    private static final String ADDRESS_BUCKET = "auth:login-failures:address:127.0.0.1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market"));
    }

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    @PortfolioDatabase
    JdbcClient portfolio;

    @Autowired
    SessionIssuer issuer;

    AuthHttp api;

    @BeforeEach
    void client() {
        api = new AuthHttp(port);
        // Every test logs in from 127.0.0.1: each starts with a full per-address allowance.
        redis.delete(ADDRESS_BUCKET);
    }

    private static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(answer.text("type")).isEqualTo("https://ollass.dev/problems/" + type);
        assertThat(answer.body().path("status_code").asInt()).isEqualTo(status);
    }

    @Nested
    class LocalAccounts {

        @Test
        void signUpAnswers201WithAnAccessAndARefreshToken() {
            Answer signedUp = api.signUp(freshEmail());

            assertThat(signedUp.status()).isEqualTo(201);
            assertThat(signedUp.text("access_token")).isNotBlank();
            assertThat(signedUp.text("refresh_token")).isNotBlank();
        }

        @Test
        void refusesASecondAccountForTheSameEmailIn409WhateverItsCase() {
            String email = freshEmail();
            api.signUp(email);

            Answer again = api.signUp(email.toUpperCase(java.util.Locale.ROOT));

            assertProblem(again, 409, "email-already-registered");
            assertThat(again.text("field")).isEqualTo("email");
        }

        @Test
        void refusesShortAndCommonPasswordsNamingThePasswordField() {
            Answer tooShort = api.post("/api/auth/v1/local/signup", null, credentials(freshEmail(), "abc12345"));
            Answer common = api.post("/api/auth/v1/local/signup", null, credentials(freshEmail(), "Password123"));

            assertProblem(tooShort, 400, "weak-password");
            assertThat(tooShort.text("field")).isEqualTo("password");
            assertProblem(common, 400, "weak-password");
            assertThat(common.text("detail")).contains("commonly used");
        }

        @Test
        void refusesAnInvalidEmail() {
            Answer answer = api.post("/api/auth/v1/local/signup", null, credentials("not-an-email", STRONG_PASSWORD));

            assertProblem(answer, 400, "invalid-email");
            assertThat(answer.text("field")).isEqualTo("email");
        }

        @Test
        void logsInWithTheRightPassword() {
            String email = freshEmail();
            api.signUp(email);

            Answer login = api.post("/api/auth/v1/local/login", null, credentials(email, STRONG_PASSWORD));

            assertThat(login.status()).isEqualTo(200);
            assertThat(api.get("/api/auth/v1/user", login.text("access_token")).text("email"))
                    .isEqualTo(email);
        }

        @Test
        void answersAWrongPasswordAndAnUnknownEmailAlike() {
            String email = freshEmail();
            api.signUp(email);

            Answer wrongPassword = api.post("/api/auth/v1/local/login", null, credentials(email, "wrong password!"));
            Answer unknownEmail =
                    api.post("/api/auth/v1/local/login", null, credentials(freshEmail(), "wrong password!"));

            assertProblem(wrongPassword, 401, "invalid-credentials");
            assertProblem(unknownEmail, 401, "invalid-credentials");
            assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
        }

        @Test
        void slowsDownRepeatedFailuresOnOneAccountWith429AndRetryAfter() {
            String email = freshEmail();
            api.signUp(email);
            for (int failure = 0; failure < 3; failure++) {
                assertThat(api.post("/api/auth/v1/local/login", null, credentials(email, "wrong password!"))
                                .status())
                        .isEqualTo(401);
            }

            Answer evenTheRightPassword =
                    api.post("/api/auth/v1/local/login", null, credentials(email, STRONG_PASSWORD));

            assertProblem(evenTheRightPassword, 429, "too-many-failed-logins");
            long retryAfter = Long.parseLong(evenTheRightPassword
                    .raw()
                    .headers()
                    .firstValue("Retry-After")
                    .orElseThrow());
            assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds());
            // Another account from the same address still gets in.
            String other = freshEmail();
            api.signUp(other);
            assertThat(api.post("/api/auth/v1/local/login", null, credentials(other, STRONG_PASSWORD))
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void slowsDownOneAddressTryingManyAccounts() {
            for (int failure = 0; failure < 6; failure++) {
                api.post("/api/auth/v1/local/login", null, credentials(freshEmail(), "wrong password!"));
            }
            String email = freshEmail();
            api.signUp(email);

            Answer answer = api.post("/api/auth/v1/local/login", null, credentials(email, STRONG_PASSWORD));

            assertProblem(answer, 429, "too-many-failed-logins");
            assertThat(answer.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(redis.hasKey(ADDRESS_BUCKET)).isTrue();
        }
    }

    @Nested
    class Sessions {

        @Test
        void accessTokensLastFifteenMinutesNotThirtyDays_S3() {
            TokenPair pair = signedUp();
            JsonNode access = claims(pair.accessToken());

            assertThat(access.path("exp").asLong() - access.path("iat").asLong())
                    .isEqualTo(Duration.ofMinutes(15).toSeconds());
            // The original's claims stay: the user id as a string, and sub.
            assertThat(access.path("user").isString()).isTrue();
            assertThat(access.path("sub").asString()).isNotBlank();
        }

        @Test
        void aRefreshTokenIsNoAccessTokenAndAnAccessTokenCannotRefresh_S2() {
            TokenPair pair = signedUp();

            Answer refreshAsAccess = api.get("/api/auth/v1/user", pair.refreshToken());
            Answer accessAsRefresh = api.post("/api/auth/v1/refresh", null, json("refresh_token", pair.accessToken()));

            assertProblem(refreshAsAccess, 401, "invalid-token");
            assertProblem(accessAsRefresh, 401, "invalid-token");
        }

        @Test
        void everyRefreshRotatesAndAReusedRefreshTokenEndsTheWholeSession() {
            TokenPair first = signedUp();

            Answer refreshed = api.post("/api/auth/v1/refresh", null, json("refresh_token", first.refreshToken()));
            assertThat(refreshed.status()).isEqualTo(200);
            String secondRefresh = refreshed.text("refresh_token");
            String secondAccess = refreshed.text("access_token");
            assertThat(secondRefresh).isNotEqualTo(first.refreshToken());
            assertThat(api.get("/api/auth/v1/user", secondAccess).status()).isEqualTo(200);

            Answer reused = api.post("/api/auth/v1/refresh", null, json("refresh_token", first.refreshToken()));

            assertProblem(reused, 401, "refresh-token-reused");
            assertProblem(
                    api.post("/api/auth/v1/refresh", null, json("refresh_token", secondRefresh)), 401, "invalid-token");
            assertProblem(api.get("/api/auth/v1/user", secondAccess), 401, "invalid-token");
        }

        @Test
        void logoutEndsTheSessionAtOnce_S3() {
            TokenPair pair = signedUp();

            Answer logout = api.post("/api/auth/v1/logout", pair.accessToken(), "");

            assertThat(logout.status()).isEqualTo(204);
            assertProblem(api.get("/api/auth/v1/user", pair.accessToken()), 401, "invalid-token");
            assertProblem(
                    api.post("/api/auth/v1/refresh", null, json("refresh_token", pair.refreshToken())),
                    401,
                    "invalid-token");
        }

        @Test
        void logoutEndsOnlyItsOwnSession() {
            String email = freshEmail();
            TokenPair phone = pairOf(api.signUp(email));
            TokenPair laptop = pairOf(api.post("/api/auth/v1/local/login", null, credentials(email, STRONG_PASSWORD)));

            api.post("/api/auth/v1/logout", phone.accessToken(), "");

            assertThat(api.get("/api/auth/v1/user", laptop.accessToken()).status())
                    .isEqualTo(200);
        }

        @Test
        void twoProvidersWithTheSameSubjectAreTwoUsersWithTheirOwnSessions_S4() {
            String subject = "same-sub-" + UUID.randomUUID();
            TokenPair google = issuer.signIn(new VerifiedIdentity(IdentityProvider.GOOGLE, subject, "g@example.com"));
            TokenPair kakao = issuer.signIn(new VerifiedIdentity(IdentityProvider.KAKAO, subject, "k@example.com"));

            assertThat(claims(google.accessToken()).path("user").asString())
                    .isNotEqualTo(claims(kakao.accessToken()).path("user").asString());
            api.post("/api/auth/v1/refresh", null, json("refresh_token", google.refreshToken()));
            assertThat(api.post("/api/auth/v1/refresh", null, json("refresh_token", kakao.refreshToken()))
                            .status())
                    .isEqualTo(200);
            assertThat(api.get("/api/auth/v1/user", kakao.accessToken()).text("email"))
                    .isEqualTo("k@example.com");
        }

        @Test
        void aSecondSignInOfTheSameIdentityFindsTheSameUser() {
            String subject = "sub-" + UUID.randomUUID();
            TokenPair first = issuer.signIn(new VerifiedIdentity(IdentityProvider.NAVER, subject, "n@example.com"));
            TokenPair second =
                    issuer.signIn(new VerifiedIdentity(IdentityProvider.NAVER, subject, "other@example.com"));

            assertThat(claims(second.accessToken()).path("user"))
                    .isEqualTo(claims(first.accessToken()).path("user"));
            assertThat(api.get("/api/auth/v1/user", second.accessToken()).text("email"))
                    .isEqualTo("n@example.com");
        }
    }

    @Nested
    class Guard {

        @Test
        void refusesAMissingHeader() {
            Answer answer = api.get("/api/auth/v1/user", null);

            assertProblem(answer, 401, "authentication-required");
            assertThat(answer.raw().headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        }

        @Test
        void refusesAMalformedToken() {
            assertProblem(api.get("/api/auth/v1/user", "not.a.jwt"), 401, "invalid-token");
            assertProblem(
                    api.withAuthorization("/api/auth/v1/user", "Basic dXNlcjpwYXNz"), 401, "authentication-required");
        }

        @Test
        void refusesATokenSignedWithAnotherKey() {
            JsonNode live = claims(signedUp().accessToken());

            String forged = forge(live, "another-key-of-enough-length-0123456789abcdef", "ollass", "ollass-api", 900);

            assertProblem(api.get("/api/auth/v1/user", forged), 401, "invalid-token");
        }

        @Test
        void refusesAnUnsignedTokenWithAlgNone() {
            JsonNode live = claims(signedUp().accessToken());
            String header = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(live.toString().getBytes(StandardCharsets.UTF_8));

            assertProblem(api.get("/api/auth/v1/user", header + "." + payload + "."), 401, "invalid-token");
        }

        @Test
        void refusesAWrongIssuerAndAWrongAudience() {
            JsonNode live = claims(signedUp().accessToken());
            // The same key and a live session: only the issuer or the audience is wrong.
            assertThat(api.get("/api/auth/v1/user", forge(live, TEST_SECRET, "ollass", "ollass-api", 900))
                            .status())
                    .isEqualTo(200);

            assertProblem(
                    api.get("/api/auth/v1/user", forge(live, TEST_SECRET, "someone-else", "ollass-api", 900)),
                    401,
                    "invalid-token");
            assertProblem(
                    api.get("/api/auth/v1/user", forge(live, TEST_SECRET, "ollass", "another-api", 900)),
                    401,
                    "invalid-token");
        }

        @Test
        void refusesAnExpiredToken() {
            JsonNode live = claims(signedUp().accessToken());

            Answer answer = api.get("/api/auth/v1/user", forge(live, TEST_SECRET, "ollass", "ollass-api", -60));

            assertProblem(answer, 401, "token-expired");
        }

        @Test
        void refusesTheTokenOfAUserWhoNoLongerExistsWith401_S7() throws InterruptedException {
            TokenPair pair = signedUp();
            long userId = Long.parseLong(claims(pair.accessToken()).path("user").asString());
            assertThat(api.get("/api/auth/v1/user", pair.accessToken()).status())
                    .isEqualTo(200);
            // Removed behind the API's back: the session in Redis still lives. An instance takes a user it saw
            // for existing for a second (Sessions), so the refusal comes within one.
            portfolio.sql("DELETE FROM `user` WHERE id = ?").param(userId).update();
            Thread.sleep(1_100);

            assertProblem(api.get("/api/auth/v1/user", pair.accessToken()), 401, "invalid-token");
            assertProblem(
                    api.put("/api/auth/v1/nickname", pair.accessToken(), json("nickname", "ghost")),
                    401,
                    "invalid-token");
        }

        @Test
        void leavesPublicEndpointsPublic() {
            assertThat(api.get("/health", null).status()).isEqualTo(200);
            assertThat(api.get("/api/auth/v1/nickname?nickname=nobody", null).status())
                    .isEqualTo(200);
            assertThat(api.get("/api/asset/v1/stocks", null).status()).isNotEqualTo(401);
            assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
        }

        @Test
        void allowsOnlyTheConfiguredOriginsAndNoCredentials_S6() throws Exception {
            HttpResponse<String> allowed = preflight("https://app.example");
            HttpResponse<String> foreign = preflight("https://evil.example");

            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("https://app.example");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials"))
                    .isEmpty();
            assertThat(foreign.statusCode()).isEqualTo(403);
            assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }

        private HttpResponse<String> preflight(String origin) throws Exception {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/v1/user"))
                                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                    .header("Origin", origin)
                                    .header("Access-Control-Request-Method", "GET")
                                    .header("Access-Control-Request-Headers", "authorization")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        }
    }

    @Nested
    class Users {

        @Test
        void aNewUserHasNoNicknameYet() {
            String email = freshEmail();
            TokenPair pair = pairOf(api.signUp(email));

            Answer user = api.get("/api/auth/v1/user", pair.accessToken());

            assertThat(user.status()).isEqualTo(200);
            assertThat(user.body())
                    .isEqualTo(JSON.readTree("{\"nickname\":\"\",\"email\":\"" + email + "\",\"isJoined\":false}"));
        }

        @Test
        void setsANicknameAndSettingItAgainIsNoConflict() {
            TokenPair pair = signedUp();
            String nickname = uniqueNickname();

            Answer set = api.put("/api/auth/v1/nickname", pair.accessToken(), json("nickname", nickname));
            Answer again = api.put("/api/auth/v1/nickname", pair.accessToken(), json("nickname", nickname));

            assertThat(set.status()).isEqualTo(200);
            assertThat(set.body()).isEqualTo(JSON.readTree("{\"status_code\":200,\"detail\":\"성공적으로 닉네임을 저장하였습니다.\"}"));
            assertThat(again.status()).isEqualTo(200);
            Answer user = api.get("/api/auth/v1/user", pair.accessToken());
            assertThat(user.text("nickname")).isEqualTo(nickname);
            assertThat(user.body().path("isJoined").asBoolean()).isTrue();
            assertThat(api.get("/api/auth/v1/nickname?nickname=" + nickname, null)
                            .body()
                            .path("isUsed")
                            .asBoolean())
                    .isTrue();
        }

        @Test
        void refusesAnotherUsersNicknameWithTheOriginalsMessage() {
            String nickname = uniqueNickname();
            api.put("/api/auth/v1/nickname", signedUp().accessToken(), json("nickname", nickname));

            Answer taken = api.put("/api/auth/v1/nickname", signedUp().accessToken(), json("nickname", nickname));

            assertProblem(taken, 400, "nickname-taken");
            assertThat(taken.text("detail")).isEqualTo("이미 존재하는 닉네임입니다.");
            assertThat(taken.text("field")).isEqualTo("nickname");
        }

        @Test
        void refusesNicknamesOfTheWrongLengthOrCharacters() {
            String token = signedUp().accessToken();

            Answer tooShort = api.put("/api/auth/v1/nickname", token, json("nickname", "a"));
            Answer symbols = api.put("/api/auth/v1/nickname", token, json("nickname", "no spaces!"));

            assertProblem(tooShort, 400, "invalid-nickname");
            assertThat(tooShort.text("detail")).isEqualTo("닉네임은 2자 이상 12자 이하여야 합니다.");
            assertProblem(symbols, 400, "invalid-nickname");
            assertThat(symbols.text("detail")).isEqualTo("문자와 숫자만 가능합니다.");
        }

        @Test
        void deletionRemovesTheUserKeepsTheReasonEndsEverySessionAndTellsOtherServices_S3() {
            String email = freshEmail();
            TokenPair first = pairOf(api.signUp(email));
            TokenPair second = pairOf(api.post("/api/auth/v1/local/login", null, credentials(email, STRONG_PASSWORD)));
            long userId =
                    Long.parseLong(claims(first.accessToken()).path("user").asString());
            String reason = "leaving " + UUID.randomUUID();

            Answer deleted = api.post("/api/auth/v1/user/delete", first.accessToken(), json("reason", reason));

            assertThat(deleted.status()).isEqualTo(200);
            assertThat(deleted.body()).isEqualTo(JSON.readTree("{\"status_code\":200,\"detail\":\"성공적으로 삭제하였습니다.\"}"));
            assertProblem(api.get("/api/auth/v1/user", first.accessToken()), 401, "invalid-token");
            assertProblem(api.get("/api/auth/v1/user", second.accessToken()), 401, "invalid-token");
            assertProblem(
                    api.post("/api/auth/v1/refresh", null, json("refresh_token", second.refreshToken())),
                    401,
                    "invalid-token");
            assertProblem(
                    api.post("/api/auth/v1/local/login", null, credentials(email, STRONG_PASSWORD)),
                    401,
                    "invalid-credentials");
            assertThat(redis.hasKey("auth:user-sessions:" + userId)).isFalse();
            assertThat(portfolio
                            .sql("SELECT COUNT(*) FROM user_quit_reason WHERE reason = ?")
                            .param(reason)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(portfolio
                            .sql("SELECT COUNT(*) FROM local_account WHERE user_id = ?")
                            .param(userId)
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(userDeletedEvent(userId).userId()).isEqualTo(userId);
            assertThat(portfolio
                            .sql("SELECT COUNT(*) FROM outbox_event")
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    private TokenPair signedUp() {
        return pairOf(api.signUp(freshEmail()));
    }

    private static TokenPair pairOf(Answer answer) {
        assertThat(answer.status()).as(answer.raw().body()).isIn(200, 201);
        return new TokenPair(answer.text("access_token"), answer.text("refresh_token"));
    }

    private static String uniqueNickname() {
        return "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A token with the claims of a live one, signed with {@code secret}, and its own issuer, audience and lifetime. */
    private static String forge(JsonNode live, String secret, String issuer, String audience, long lifetimeSeconds) {
        Instant now = Instant.now();
        return Jwts.builder()
                .issuer(issuer)
                .audience()
                .add(audience)
                .and()
                .subject(live.path("sub").asString())
                .claim("user", live.path("user").asString())
                .claim("typ", "access")
                .claim("sid", live.path("sid").asString())
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now.minusSeconds(3600)))
                .expiration(Date.from(now.plusSeconds(lifetimeSeconds)))
                .signWith(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), Jwts.SIG.HS256)
                .compact();
    }

    private static UserDeleted userDeletedEvent(long userId) {
        var topic = Topics.USER_DELETED;
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "user-deleted-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(
                config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, UserDeleted> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key().equals(Long.toString(userId))) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("No user-deleted event for user " + userId);
    }
}
