package dev.ollass.api.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two DataSources, because the two schemas have different owners. The market one
 * ({@code spring.datasource.*}, read-only Hikari) stays the primary, unqualified one, as before this
 * class existed; the API's own one ({@code ollass.portfolio.datasource.*}) is {@link PortfolioDatabase},
 * is the one Flyway migrates (its own history table) and the only one with a transaction manager:
 * nothing writes the market schema, so nothing needs transactions there.
 */
@Configuration(proxyBeanMethods = false)
class Databases {

    static final String OWN_SCHEMA = "portfolio";

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource")
    DataSourceProperties marketDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource marketDataSource(DataSourceProperties marketDataSourceProperties) {
        return marketDataSourceProperties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
    }

    @Bean
    @Primary
    JdbcClient marketJdbcClient(DataSource marketDataSource) {
        return JdbcClient.create(marketDataSource);
    }

    @Bean
    @ConfigurationProperties("ollass.portfolio.datasource")
    DataSourceProperties portfolioDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean
    @PortfolioDatabase
    @FlywayDataSource
    @ConfigurationProperties("ollass.portfolio.datasource.hikari")
    HikariDataSource portfolioDataSource(
            @Qualifier("portfolioDataSourceProperties") DataSourceProperties own,
            DataSourceProperties marketDataSourceProperties) {
        if (own.getUrl() == null || own.getUrl().isBlank()) {
            own.setUrl(SameServerUrl.withSchema(marketDataSourceProperties.determineUrl(), OWN_SCHEMA));
        }
        HikariDataSource dataSource =
                own.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        dataSource.setPoolName("portfolio");
        return dataSource;
    }

    @Bean
    @PortfolioDatabase
    JdbcClient portfolioJdbcClient(@PortfolioDatabase DataSource portfolioDataSource) {
        return JdbcClient.create(portfolioDataSource);
    }

    @Bean
    JdbcTransactionManager portfolioTransactionManager(@PortfolioDatabase DataSource portfolioDataSource) {
        return new JdbcTransactionManager(portfolioDataSource);
    }

    @Bean
    @PortfolioDatabase
    TransactionTemplate portfolioTransactions(JdbcTransactionManager portfolioTransactionManager) {
        return new TransactionTemplate(portfolioTransactionManager);
    }
}
