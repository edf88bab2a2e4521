package dev.ollass.ingestor.live;

import java.io.IOException;

/**
 * An answer that is no answer: a 429 or a 5xx. An {@link IOException}, as a timeout and a broken
 * connection are: each is retried, counts against the source's circuit, and, when every try failed,
 * becomes a reject with its reason.
 */
final class FailedAnswer extends IOException {

    private final LiveHttp.Answer answer;

    FailedAnswer(LiveHttp.Answer answer) {
        super("HTTP " + answer.status() + " from " + answer.uri(), null);
        this.answer = answer;
    }

    LiveHttp.Answer answer() {
        return answer;
    }
}
