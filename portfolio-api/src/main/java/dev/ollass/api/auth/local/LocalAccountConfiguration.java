package dev.ollass.api.auth.local;

import dev.ollass.api.auth.rules.PasswordRule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class LocalAccountConfiguration {

    /** Cost 12 (the library default is 10): about a quarter second per hash here, slow for guessing, fine for a login. */
    static final int BCRYPT_STRENGTH = 12;

    /**
     * BCrypt through Spring Security Crypto, behind a {@link DelegatingPasswordEncoder} that stores the
     * scheme ({@code {bcrypt}...}), so a later move to Argon2id can rehash at login without a migration.
     * BCrypt rather than Argon2id: Spring's Argon2 encoder needs BouncyCastle, a large extra dependency,
     * and BCrypt at cost 12 is still within OWASP's recommendations.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "bcrypt", java.util.Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_STRENGTH)));
    }

    @Bean
    PasswordRule passwordRule() {
        return new PasswordRule(commonPasswords());
    }

    static Set<String> commonPasswords() {
        var list = new ClassPathResource("auth/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + list.getPath(), e);
        }
    }
}
