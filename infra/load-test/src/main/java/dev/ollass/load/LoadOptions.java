package dev.ollass.load;

import java.net.URI;
import java.util.Map;

/**
 * The options of {@code ./ollass bench load}: {@code --rate=<requests/s>} offered (default 2500, the issue's
 * target), {@code --seconds=<n>} per measured phase (default 30), {@code --users=<n>} signed-in load users (default
 * 15, the original's), {@code --warmup=<s>} of unmeasured load first (default 5), {@code --base-url=<url>} of the
 * running API (default {@code http://localhost:$OLLASS_API_PORT}, port 8000 when unset, as {@code ./ollass run}).
 */
record LoadOptions(URI baseUrl, double rate, int seconds, int users, int warmupSeconds) {

    LoadOptions {
        if (!(rate > 0) || seconds < 1 || users < 1 || warmupSeconds < 0) {
            throw new IllegalArgumentException(
                    "--rate must be above 0, --seconds and --users at least 1, --warmup at least 0 (got rate=%s,"
                                    .formatted(rate)
                            + " seconds=%d, users=%d, warmup=%d)".formatted(seconds, users, warmupSeconds));
        }
    }

    static LoadOptions parse(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("OLLASS_API_PORT", "8000");
        String baseUrl = option(args, "base-url", "http://localhost:" + port);
        try {
            return new LoadOptions(
                    URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl),
                    Double.parseDouble(option(args, "rate", "2500")),
                    Integer.parseInt(option(args, "seconds", "30")),
                    Integer.parseInt(option(args, "users", "15")),
                    Integer.parseInt(option(args, "warmup", "5")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number: " + e.getMessage(), e);
        }
    }

    /** The virtual users that start per second so that, 12 GETs each, the mix is offered at {@link #rate()}. */
    double mixUsersPerSecond() {
        return rate / SpecMix.ENDPOINTS.size();
    }

    private static String option(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }
}
