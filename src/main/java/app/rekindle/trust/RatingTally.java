package app.rekindle.trust;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** How many activities were rated, and their mean to one decimal (null with none). */
public record RatingTally(int count, BigDecimal mean) {

	public static RatingTally of(Collection<Integer> ratings) {
		if (ratings.isEmpty()) {
			return new RatingTally(0, null);
		}
		double mean = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
		return new RatingTally(ratings.size(), BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP));
	}

}
