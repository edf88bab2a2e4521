package dev.ollass.ingestor.live;

/**
 * The source is not to be asked now: its circuit is open (a 429 block, or too many failures), or its
 * rate limit or bulkhead had no room in time. Nothing was fetched and nothing is lost: the request is
 * done again later.
 */
public final class SourceUnavailable extends Exception {

    public SourceUnavailable(String source, Throwable cause) {
        super(source + " is not to be asked now: " + cause.getMessage(), cause);
    }
}
