package dev.ollass.ingestor.recorded.history;

import dev.ollass.ingestor.recorded.CsvFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded files bundled with the service, as the importer reads them. */
final class RecordedFiles {

    private RecordedFiles() {}

    static CsvTable table(String file) {
        return CsvFiles.read(read(file));
    }

    static String read(String file) {
        try (InputStream in = RecordedFiles.class.getResourceAsStream("/recorded/prices/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No recorded file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
