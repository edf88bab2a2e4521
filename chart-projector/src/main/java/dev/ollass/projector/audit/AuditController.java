package dev.ollass.projector.audit;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.web.OperatorEndpoint;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an operator (with the operator credential) run the completeness audit now instead of waiting for its schedule. */
@RestController
@OperatorEndpoint
class AuditController {

    private final AuditRunner runner;

    AuditController(AuditRunner runner) {
        this.runner = runner;
    }

    @PostMapping("/audit")
    List<PriceDataMissing> runNow() {
        return runner.run();
    }
}
