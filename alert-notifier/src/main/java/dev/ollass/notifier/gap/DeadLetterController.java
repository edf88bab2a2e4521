package dev.ollass.notifier.gap;

import dev.ollass.web.OperatorEndpoint;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an operator (with the operator credential) send the dead-lettered alerts again once the mail server is back. */
@RestController
@OperatorEndpoint
class DeadLetterController {

    private final DeadLetterRedrive redrive;

    DeadLetterController(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    @PostMapping("/dead-letters/redrive")
    DeadLetterRedrive.Summary redrive() {
        return redrive.redrive();
    }
}
