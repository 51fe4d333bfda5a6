package jp.tsumugi.solver.domain;

/**
 * Road distance and driving time estimated from straight-line distance: rural roads wind, so the haversine distance is
 * multiplied by a road factor, and driving time follows from an average speed. Both are cooperative settings.
 */
public record TravelModel(double roadFactor, double speedKmh) {
    public static final TravelModel DEFAULT = new TravelModel(1.3, 40.0);

    public TravelModel {
        if (roadFactor < 1.0 || speedKmh <= 0) {
            throw new IllegalArgumentException("roadFactor must be >= 1 and speedKmh > 0");
        }
    }

    public double roadKm(GeoPoint from, GeoPoint to) {
        if (from == null || to == null) {
            return 0.0;
        }
        return from.distanceKm(to) * roadFactor;
    }

    /** Whole minutes of driving, rounded up; zero for the same place. */
    public int minutes(GeoPoint from, GeoPoint to) {
        double km = roadKm(from, to);
        return km <= 0.0 ? 0 : (int) Math.ceil(km / speedKmh * 60.0);
    }
}
