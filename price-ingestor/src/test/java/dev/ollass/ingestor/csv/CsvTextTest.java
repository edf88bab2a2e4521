package dev.ollass.ingestor.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.ingestor.csv.CsvText.Fields;
import dev.ollass.ingestor.csv.CsvText.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void readsTheHeaderWithoutItsByteOrderMarkAndNumbersEachRecordByTheLineItStartsOn() {
        String text = "\uFEFFCode,Name\nA,\"two\nlines\"\n\nB,b\r\n\r\nC,c";

        CsvText.Table table = CsvText.read(text, Fields.AS_WRITTEN);

        assertThat(table.header()).containsExactly("Code", "Name");
        assertThat(table.rows())
                .extracting(Row::line, Row::fields)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, List.of("A", "two\nlines")),
                        org.assertj.core.groups.Tuple.tuple(5L, List.of("B", "b")),
                        org.assertj.core.groups.Tuple.tuple(7L, List.of("C", "c")));
        assertThat(table.broken()).isNull();
    }

    @Test
    void trimsFieldsOnlyWhenAsked() {
        String text = "Code,Market\n005930 ,  KOSPI\n";

        assertThat(CsvText.read(text, Fields.AS_WRITTEN).rows().getFirst().fields())
                .containsExactly("005930 ", "  KOSPI");
        assertThat(CsvText.read(text, Fields.TRIMMED).rows().getFirst().fields())
                .containsExactly("005930", "KOSPI");
    }

    @Test
    void writesARecordAgainAsCsvForItsRejection() {
        assertThat(CsvText.read("A,B\n,\"x,y\"\n", Fields.AS_WRITTEN)
                        .rows()
                        .getFirst()
                        .csv())
                .isEqualTo("\"\",\"x,y\"");
    }

    @Test
    void keepsTheRecordsBeforeABrokenQuoteAndSaysWhereItBroke() {
        CsvText.Table table = CsvText.read("A,B\n1,2\n\"3,4\n5,6\n", Fields.AS_WRITTEN);

        assertThat(table.rows()).extracting(Row::fields).containsExactly(List.of("1", "2"));
        assertThat(table.broken())
                .isNotNull()
                .satisfies(broken -> assertThat(broken.line()).isEqualTo(3));
    }

    @Test
    void saysATableWhoseHeaderBreaksOffIsBrokenFromTheFirstRecord() {
        CsvText.Table table = CsvText.read("\"A,B\n1,2\n", Fields.TRIMMED);

        assertThat(table.header()).isEmpty();
        assertThat(table.rows()).isEmpty();
        assertThat(table.broken())
                .isNotNull()
                .satisfies(broken -> assertThat(broken.line()).isEqualTo(2));
    }
}
