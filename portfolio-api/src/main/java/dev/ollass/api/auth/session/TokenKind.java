package dev.ollass.api.auth.session;

/** Written as the {@code typ} claim, so that neither kind of token stands in for the other (spec §12.1 S2). */
enum TokenKind {
    ACCESS("access"),
    REFRESH("refresh");

    final String claim;

    TokenKind(String claim) {
        this.claim = claim;
    }
}
