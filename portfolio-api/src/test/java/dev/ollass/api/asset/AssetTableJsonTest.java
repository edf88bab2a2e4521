package dev.ollass.api.asset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.asset.AssetTable.Group;
import dev.ollass.api.asset.AssetTable.Parent;
import dev.ollass.api.asset.AssetTable.Row;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The asset table's hand-written JSON is byte for byte what the application's mapper writes of it. */
class AssetTableJsonTest extends AssetStackTest {

    @Autowired
    JsonMapper json;

    @Autowired
    PortfolioView view;

    @Autowired
    SamplePortfolio sample;

    @Test
    void writesDecimalsAsToPlainStringDoes() {
        List<String> values = new java.util.ArrayList<>(List.of(
                "0",
                "0.0000",
                "-0.0050",
                "1",
                "-1",
                "10",
                "0.5",
                "-0.5",
                "123.4500",
                "999999999999999999",
                "-999999999999999999",
                "0.000000000000000001",
                "1E+3",
                "12345678901234567890.1",
                "-1234.5000"));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            values.add(BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(20) - 1)
                    .toString());
        }
        for (String text : values) {
            BigDecimal value = new BigDecimal(text);
            char[] into = new char[AssetTableJson.PLAIN_ROOM];
            int start = AssetTableJson.plain(value, into);
            String written = start < 0 ? value.toPlainString() : new String(into, start, into.length - start);
            assertThat(written).as(text).isEqualTo(value.toPlainString());
        }
        assertThat(AssetTableJson.plain(new BigDecimal("1E+3"), new char[AssetTableJson.PLAIN_ROOM]))
                .isNegative();
        assertThat(AssetTableJson.plain(new BigDecimal("-0.0050"), new char[AssetTableJson.PLAIN_ROOM]))
                .isEqualTo(AssetTableJson.PLAIN_ROOM - 7);
    }

    @Test
    void writesTheSamplePortfolioAsTheMapperDoes() {
        AssetTable table = view.table(sample.lines(), AssetFields.ALLOWED);

        assertThat(table.stockAssets()).isNotEmpty();
        assertThat(written(table)).isEqualTo(json.writeValueAsString(table));
    }

    @Test
    void writesNullsDraftsEscapesAndEveryKindOfNumberAsTheMapperDoes() {
        BigDecimal n = new BigDecimal("-1234.5000");
        Parent parent = new Parent(
                "삼성 \"우\"\n",
                n,
                new BigDecimal("1E+3"),
                BigDecimal.ZERO,
                new BigDecimal("0.00000001"),
                "005930",
                "KRW",
                new BigDecimal("12345678901234567890.123456789"),
                n,
                n,
                n);
        Row full = new Row(
                7L,
                n,
                n,
                1_000_000_000_000L,
                "일반계좌",
                n,
                LocalDate.parse("2021-04-16"),
                n,
                BigDecimal.ONE,
                n,
                n,
                n,
                n,
                n,
                "삼성전자",
                "005930",
                "KRW",
                "토스증권",
                n,
                "매수",
                "메모 \\ \t 🙂",
                new BigDecimal("0.5"),
                "TRADE");
        Row draft = new Row(
                8L, null, null, null, null, null, null, null, null, null, null, null, null, null, "이름", "CODE", null,
                null, null, null, null, null, "DEPOSIT");
        AssetTable table = new AssetTable(
                List.of(new Group(parent, List.of(full, draft)), new Group(parent, List.of())),
                List.of("종목명", "매매"),
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n,
                n);

        assertThat(written(table)).isEqualTo(json.writeValueAsString(table));
    }

    private String written(AssetTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssetTableJson.write(json, table, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
