package dev.ollass.api.asset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/** The kept asset table's encoding: gzip, sent as is to a client that accepts it. */
final class Gzip {

    /**
     * Deflate's level 2 of 9: a 10,000-line table (4.8 MB of JSON) compresses in about a third of the CPU time of
     * the default level 6 (some 22 ms instead of 62), to 642 kB instead of 525 kB. Compressing is on the path of
     * every cold {@code GET /assetstock}; the bytes are kept and sent as they are.
     */
    static final int LEVEL = 2;

    /** A coding's parameter refusing it; compiled once, as it is matched on every GET. */
    private static final Pattern REFUSED = Pattern.compile("q=0(\\.0*)?");

    private Gzip() {}

    static byte[] compress(byte[] plain) {
        return compress(out -> {
            try {
                out.write(plain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What {@code write} writes, gzip-compressed as it is written (no uncompressed copy is made). */
    static byte[] compress(Consumer<OutputStream> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (GZIPOutputStream gzip = new FastGzip(out)) {
            write.accept(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] decompress(byte[] gzipped) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped), 64 * 1024)) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an {@code Accept-Encoding} header accepts gzip (not refused with {@code q=0}). */
    static boolean accepted(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] coding = part.strip().split(";");
            String name = coding[0].strip();
            if (name.equals("gzip") || name.equals("*")) {
                for (int i = 1; i < coding.length; i++) {
                    String parameter = coding[i].replace(" ", "");
                    if (REFUSED.matcher(parameter).matches()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** A gzip stream deflating at {@link #LEVEL}. */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(LEVEL);
        }
    }
}
