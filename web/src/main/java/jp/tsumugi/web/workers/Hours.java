package jp.tsumugi.web.workers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The pages speak hours (7.5); the database keeps whole minutes (450). */
final class Hours {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Hours() {
    }

    static BigDecimal fromMinutes(Integer minutes) {
        if (minutes == null) {
            return null;
        }
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        // stripTrailingZeros turns 120 into 1.2E+2, which a form field would show as is
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    static Integer toMinutes(BigDecimal hours) {
        return hours == null ? null : hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
