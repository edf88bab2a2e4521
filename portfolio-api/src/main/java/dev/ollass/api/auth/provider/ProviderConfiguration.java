package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.ProviderTokenVerifier;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** One {@link ProviderTokenVerifier} per provider; a provider without a client id refuses every token. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProviderSettings.class)
class ProviderConfiguration {

    @Bean
    ProviderTokenVerifier googleTokenVerifier(ProviderSettings settings) {
        ProviderSettings.Google google = settings.google();
        List<String> clientIds = configured(google.clientIds());
        if (clientIds.isEmpty()) {
            return new UnconfiguredProvider(IdentityProvider.GOOGLE);
        }
        return new IdTokenVerifier(IdentityProvider.GOOGLE, google.jwksUri(), google.issuers(), clientIds, settings);
    }

    @Bean
    ProviderTokenVerifier kakaoTokenVerifier(ProviderSettings settings) {
        ProviderSettings.Kakao kakao = settings.kakao();
        List<String> clientIds = configured(kakao.clientIds());
        if (clientIds.isEmpty()) {
            return new UnconfiguredProvider(IdentityProvider.KAKAO);
        }
        return new IdTokenVerifier(
                IdentityProvider.KAKAO, kakao.jwksUri(), List.of(kakao.issuer()), clientIds, settings);
    }

    @Bean
    ProviderTokenVerifier naverTokenVerifier(
            ProviderSettings settings, ObjectProvider<RestClient.Builder> restClients) {
        if (settings.naver().clientId().isBlank()) {
            return new UnconfiguredProvider(IdentityProvider.NAVER);
        }
        // Boot's builder where there is one (message converters as configured), a plain one in slices.
        return new NaverTokenVerifier(restClients.getIfAvailable(RestClient::builder), settings);
    }

    /** {@code OLLASS_GOOGLE_CLIENT_ID=} binds one empty id; such an id enables nothing. */
    private static List<String> configured(List<String> clientIds) {
        return clientIds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
    }
}
