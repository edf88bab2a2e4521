package dev.ollass.api.database;

import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Every full-context test of the API runs against the shared local stack: the API migrates its own
 * schema, connects its login limiter to Redis and creates its topic at start, so a context cannot
 * start without them. Tests still pick their own market schema ({@code spring.datasource.url}); the
 * values here are the stack's own, the same as any test's {@code @DynamicPropertySource} gives.
 * Registered in {@code META-INF/spring.factories}; web slices are left alone.
 */
public class OwnSchemaOnTheLocalStack implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        // Nested test classes inherit their enclosing class's configuration.
        boolean fullContext = TestContextAnnotationUtils.hasAnnotation(testClass, SpringBootTest.class);
        return fullContext ? new StackProperties() : null;
    }

    record StackProperties() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            LocalStack stack = LocalStackExtension.stack();
            Map<String, Object> properties = new HashMap<>(stack.serviceProperties());
            properties.put("ollass.portfolio.datasource.url", stack.jdbcUrl(Databases.OWN_SCHEMA));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("ollass-local-stack", properties));
        }
    }
}
