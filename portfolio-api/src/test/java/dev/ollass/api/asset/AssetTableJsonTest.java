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
