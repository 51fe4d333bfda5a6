package jp.tsumugi.web.roster;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes as the hours a secretariat reads: "8", "7.5", "162.3" (one decimal at most, no locale grouping). */
final class Hours {

    private Hours() {
    }

    static String of(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
