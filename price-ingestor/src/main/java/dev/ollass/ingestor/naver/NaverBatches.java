package dev.ollass.ingestor.naver;

import dev.ollass.ingestor.naver.price.NaverParseResult;
import dev.ollass.ingestor.source.SourceBatch;
import java.util.List;

/** A Naver answer's result as the batch every source yields: Naver has no corporate actions. */
final class NaverBatches {

    private NaverBatches() {}

    static SourceBatch of(NaverParseResult result) {
        return new SourceBatch(
                result.ticks(),
                List.of(),
                result.currentPrices(),
                result.rejections().stream()
                        .map(r -> new SourceBatch.Rejection(r.reasonCode(), r.reason(), r.rawPayload()))
                        .toList());
    }
}
