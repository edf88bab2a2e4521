package dev.ollass.api.asset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/** The kept asset table's encoding: gzip, sent as is to a client that accepts it. */
final class Gzip {

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
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
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
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
