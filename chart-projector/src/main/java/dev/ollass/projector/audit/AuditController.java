package dev.ollass.projector.audit;

import dev.ollass.contracts.market.PriceDataMissing;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an operator run the completeness audit now instead of waiting for its schedule. */
@RestController
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
