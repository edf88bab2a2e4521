package dev.ollass.api.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The original's checks of a column list (spec §2.3), in its order, with its messages. */
class AssetFieldsTest {

    @Test
    void refusesAnEmptyListFirst() {
        assertThat(AssetFields.refusal(List.of())).contains("빈 배열을 받았습니다. 필수 필드가 포함되어 있어야 합니다.");
    }

    @Test
    void refusesAListWithoutEveryRequiredColumnBeforeLookingAtDuplicatesOrUnknownColumns() {
        assertThat(AssetFields.refusal(List.of("종목명", "매매", "수량", "없는필드", "없는필드")))
                .contains("['종목명', '매매', '수량', '매매일자']가 모두 포함되어 있어야 합니다.");
    }

    @Test
    void refusesDuplicatesNamingThem() {
        assertThat(AssetFields.refusal(List.of("종목명", "매매", "수량", "매매일자", "현재가", "현재가", "없는필드")))
                .contains("중복된 필드가 있습니다: ['현재가']");
    }

    @Test
    void refusesAColumnThatIsNotAllowedListingTheAllowedOnes() {
        assertThat(AssetFields.refusal(List.of("종목명", "매매", "수량", "매매일자", "없는필드")))
                .hasValueSatisfying(detail -> assertThat(detail)
                        .startsWith("필드: ['종목명', '매매', '수량', '매매일자', '종가'")
                        .endsWith("'메모', '수수료'] 만 허용합니다."));
    }

    @Test
    void refusesTheRequiredColumnsOutOfOrder() {
        assertThat(AssetFields.refusal(List.of("매매", "종목명", "수량", "매매일자")))
                .contains("필수 필드의 순서는 ['종목명', '매매', '수량', '매매일자']와 같아야 합니다.");
    }

    @Test
    void acceptsTheDefaultsEveryOriginalColumnAndTheAddedMemoAndFee() {
        assertThat(AssetFields.refusal(AssetFields.DEFAULT)).isEmpty();
        assertThat(AssetFields.refusal(AssetFields.ALLOWED)).isEmpty();
        assertThat(AssetFields.ALLOWED).hasSize(19).endsWith("메모", "수수료");
    }
}
