package dev.ollass.api.auth.provider;

import dev.ollass.api.auth.signin.SessionIssuer;
import dev.ollass.api.auth.signin.TokenPair;
import dev.ollass.api.auth.signin.VerifiedIdentity;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for our own seam, not for a server: records who was signed in and answers a numbered
 * token pair, so that a test sees what the endpoints handed over and what they passed back.
 */
class RecordingSessionIssuer implements SessionIssuer {

    private final List<VerifiedIdentity> signedIn = new CopyOnWriteArrayList<>();

    @Override
    public TokenPair signIn(VerifiedIdentity identity) {
        signedIn.add(identity);
        int session = signedIn.size();
        return new TokenPair("access-" + session, "refresh-" + session);
    }

    List<VerifiedIdentity> signedIn() {
        return signedIn;
    }

    void forget() {
        signedIn.clear();
    }
}
