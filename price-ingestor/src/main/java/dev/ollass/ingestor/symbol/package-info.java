/**
 * The symbol universe the ingestor owns: the stock lists shipped with it, read at start and
 * published to the compacted symbols topic keyed by code (only entries that changed), their
 * unusable rows to the rejects topic.
 */
@NullMarked
package dev.ollass.ingestor.symbol;

import org.jspecify.annotations.NullMarked;
