package dev.ollass.stack;

/** A server the stack started and must stop; closing it twice does no harm. */
interface RunningServer extends AutoCloseable {

    @Override
    void close();
}
