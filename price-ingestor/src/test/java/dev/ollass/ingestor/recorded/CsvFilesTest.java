package dev.ollass.ingestor.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.ingestor.recorded.history.CsvTable;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    @Test
    void readsADownloadSavedWithAByteOrderMarkAndNumbersRowsByTheirLineAfterAnEmptyOne() {
        CsvTable table = CsvFiles.read("\uFEFFDate,Close\n2021-01-04, 10\n\n2021-01-05,11\n");

        assertThat(table.header()).containsExactly("Date", "Close");
        assertThat(table.records())
                .containsExactly(
                        new CsvTable.Record(2, java.util.List.of("2021-01-04", "10")),
                        new CsvTable.Record(4, java.util.List.of("2021-01-05", "11")));
    }

    @Test
    void readsTextThatIsNotCsvWithAHeaderAsATableWithoutColumns() {
        CsvTable table = CsvFiles.read("Date,Close\n\"2021-01-04,10\n");

        assertThat(table.header()).isEmpty();
        assertThat(table.records()).isEmpty();
    }
}
