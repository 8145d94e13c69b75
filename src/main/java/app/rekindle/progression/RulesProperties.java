package app.rekindle.progression;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every threshold of the gates, as {@code rekindle.rules.*} (docs/RULES.md lists them with their
 * defaults); an invalid value stops the application at start-up with the property named.
 */
@Validated
@ConfigurationProperties("rekindle.rules")
public record RulesProperties(@Valid @DefaultValue Reflection reflection, @Valid @DefaultValue NoContact noContact,
		@Valid @DefaultValue Outreach outreach, @Valid @DefaultValue Trust trust, @Valid @DefaultValue Trial trial) {

	/** Gate 1→2. */
	public record Reflection(@DefaultValue("1") @Min(0) int minCauses, @DefaultValue("2") @Min(0) int minMistakes,
			@DefaultValue("1") @Min(0) int minTriggers) {
	}

	/** Gate 2→3, and the no-contact length a person may choose. */
	public record NoContact(@DefaultValue("30") int defaultDays, @DefaultValue("21") @Min(1) int minDays,
			@DefaultValue("90") @Max(3650) int maxDays, @DefaultValue("7") @Min(0) int minCheckIns,
			@DefaultValue("60") @Min(0) @Max(100) int minCheckInPercent, @DefaultValue("7") @Min(1) int urgeWindow,
			@DefaultValue("6") @DecimalMin("0") @DecimalMax("10") double maxMeanUrge,
			@DefaultValue("1") @Min(0) int minGoalsWithProgress, @DefaultValue("7") @Min(1) int minDaysForShare) {

		@AssertTrue(message = "must satisfy min-days <= default-days <= max-days")
		public boolean isDefaultDaysWithinRange() {
			return this.minDays <= this.defaultDays && this.defaultDays <= this.maxDays;
		}

	}

	/**
	 * Gate 3→4 and the pacing of messages. {@code daysAfterUnansweredMessage} is the least wait
	 * after a message with no answer or a cold one; {@code unansweredInARowBeforePause} counts
	 * messages in a row with no answer or a cold one; a "not ready yet" pauses reaching out for
	 * {@code notReadyPauseDays} from the day it was logged.
	 */
	public record Outreach(@DefaultValue("2") @Min(0) int minWarmReplies,
			@DefaultValue("1") @Min(0) int minPositiveConversations,
			@DefaultValue("4") @Min(1) @Max(5) int positiveConversationRating,
			@DefaultValue("7") @Min(0) int daysAfterUnansweredMessage,
			@DefaultValue("2") @Min(1) int unansweredInARowBeforePause, @DefaultValue("24") @Min(0) int coolingHours,
			@DefaultValue("30") @Min(1) @Max(365) int notReadyPauseDays) {
	}

	/** Gate 4→5. */
	public record Trust(@DefaultValue("5") @Min(0) int minCommitments,
			@DefaultValue("80") @Min(0) @Max(100) int minKeptPercent,
			@DefaultValue("3") @Min(0) int minBoundariesAgreed, @DefaultValue("4") @Min(0) int minActivities,
			@DefaultValue("4") @DecimalMin("1") @DecimalMax("5") double minMeanActivityRating,
			@DefaultValue("21") @Min(0) int minDaysInStage) {
	}

	/** Stage 5: the days of the trial on which a review is due. */
	public record Trial(@DefaultValue({ "30", "60", "90" }) @NotEmpty List<@Min(1) Integer> checkpointDays) {

		@AssertTrue(message = "must be in increasing order")
		public boolean isCheckpointDaysIncreasing() {
			for (int i = 1; i < this.checkpointDays.size(); i++) {
				if (this.checkpointDays.get(i) <= this.checkpointDays.get(i - 1)) {
					return false;
				}
			}
			return true;
		}

	}

}
