package dev.ollass.web.example;

import dev.ollass.web.OperatorEndpoint;
import dev.ollass.web.ProblemException;
import jakarta.servlet.Filter;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service as small as the tests need: one public resource, one operator endpoint, one failing
 * filter. In a package of its own, so that it gets the web support the way a service does: from
 * the auto-configuration, not from scanning the support's own package.
 */
@SpringBootApplication
public class ExampleService {

    @RestController
    static class Things {

        @GetMapping("/things/{id}")
        Map<String, String> thing(@PathVariable String id, @RequestParam(defaultValue = "1") int count) {
            if (id.equals("missing")) {
                throw new ProblemException(
                        HttpStatus.NOT_FOUND, "thing-not-found", "Thing not found", "No thing missing.", "id");
            }
            if (id.equals("broken")) {
                throw new IllegalStateException("secret internals");
            }
            return Map.of("id", id, "count", Integer.toString(count));
        }

        @PostMapping("/things/{id}/notes")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> note(@PathVariable String id, @RequestParam String note) {
            return Map.of("id", id, "note", note);
        }

        @PostMapping(path = "/uploads", consumes = MediaType.ALL_VALUE)
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Integer> upload(@RequestBody String body) {
            return Map.of("length", body.length());
        }

        @PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> create(@RequestBody Map<String, Object> thing) {
            return thing;
        }
    }

    @RestController
    @OperatorEndpoint
    static class Maintenance {

        @PostMapping("/maintenance/run")
        @ResponseStatus(HttpStatus.ACCEPTED)
        Map<String, String> run() {
            return Map.of("ran", "yes");
        }
    }

    /** A filter that fails before Spring MVC runs: its error reaches only the container's error page. */
    @Bean
    FilterRegistrationBean<Filter> failingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            throw new IllegalStateException("filter internals");
        });
        registration.addUrlPatterns("/filtered/*");
        return registration;
    }
}
