package dev.ollass.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The {@code detail} of a problem that is no more than its status. Fixed sentences, never the
 * container's message: that may echo the request or name the server.
 */
final class StatusDetails {

    private StatusDetails() {}

    static String of(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 ->
                "The request was rejected before it reached the application: its request line, URL or"
                        + " headers are malformed or too large.";
            case 404 -> "Nothing is served at this path.";
            case 405 -> "This path does not accept this method.";
            case 413 -> "The request body is larger than this endpoint accepts.";
            case 414 -> "The URL is longer than this server accepts.";
            case 415 -> "This endpoint does not accept this content type.";
            case 431 -> "The request's headers are larger than this server accepts.";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield (known != null ? known.getReasonPhrase() : "Error " + status.value()) + ".";
            }
        };
    }
}
