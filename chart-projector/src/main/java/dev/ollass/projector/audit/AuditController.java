package dev.ollass.projector.audit;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.web.OperatorEndpoint;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an operator (with the operator credential) run the completeness audit now instead of waiting
 * for its schedule: every market, or one ({@code ?market=KR}). Answers the findings it published
 * (none when nothing changed since the last run).
 */
@RestController
@OperatorEndpoint
class AuditController {

    private final AuditRunner runner;

    AuditController(AuditRunner runner) {
        this.runner = runner;
    }

    @PostMapping("/audit")
    List<MarketDataGap> runNow(@RequestParam(required = false) @Nullable String market) {
        return market == null ? runner.run() : runner.run(market);
    }
}
