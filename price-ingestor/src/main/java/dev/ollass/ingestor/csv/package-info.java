/**
 * The one reader of CSV text (Apache Commons CSV) that the stock lists and the recorded history
 * share. Not pure: Commons CSV can also print JDBC result sets, so it reaches {@code java.sql}; the
 * pure packages read the plain records it yields.
 */
@NullMarked
package dev.ollass.ingestor.csv;

import org.jspecify.annotations.NullMarked;
