package dev.ollass.projector.replay;

import dev.ollass.web.OperatorEndpoint;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's replay: {@code POST /replay} starts one ({@code from} an ISO instant, {@code symbols}
 * to drop first, {@code wipe} to drop everything first), {@code GET /replay} shows where it stands, as
 * JSON or, for {@code Accept: text/plain}, one line ({@code ./ollass replay} prints these).
 */
@RestController
@OperatorEndpoint
class ReplayController {

    private final ProjectionReplay replay;

    ReplayController(ProjectionReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReplayProgress start(
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(defaultValue = "") List<String> symbols,
            @RequestParam(defaultValue = "false") boolean wipe) {
        return replay.start(
                from,
                symbols.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                wipe);
    }

    @GetMapping(value = "/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    ReplayProgress progress() {
        return replay.progress();
    }

    @GetMapping(value = "/replay", produces = MediaType.TEXT_PLAIN_VALUE)
    String progressLine() {
        return replay.progress().line() + "\n";
    }
}
