package dev.ollass.web;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Ollass service's HTTP edge, switched on by depending on this module. Runs before Boot's MVC
 * and error configurations so that they back off: its advice replaces Boot's problem-details
 * handler, its {@code /error} controller Boot's error JSON.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({OperatorSettings.class, WebSettings.class})
public class WebSupportAutoConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** First of all filters, so that no other one reads a body over the limit. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WebSettings settings) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(settings.maxRequestBody()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer operatorCredential(OperatorSettings settings) {
        OperatorCredentialInterceptor interceptor = new OperatorCredentialInterceptor(settings);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatErrorReports {

        /**
         * Replaces the Host's error report valve (Boot adds Tomcat's HTML one) just before the Host
         * starts, after every customizer has run, so no later customizer can put the HTML back.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(
                ObjectProvider<JsonMapper> mappers) {
            // The application's mapper where it has one; the body holds nothing it could configure.
            JsonMapper mapper = mappers.getIfUnique(JsonMapper::shared);
            return factory -> factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        useProblemErrorReports(host, mapper);
                    }
                });
            });
        }

        private static void useProblemErrorReports(Container host, JsonMapper mapper) {
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemErrorReportValve(mapper));
            if (host instanceof StandardHost standardHost) {
                // Else the Host adds Tomcat's own valve at start, not finding one of that class.
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        }
    }
}
