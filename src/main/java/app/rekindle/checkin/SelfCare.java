package app.rekindle.checkin;

/** Small things that help, to tick in a daily check-in. */
public enum SelfCare {

	SLEPT_WELL, MOVED_MY_BODY, ATE_PROPERLY, TIME_OUTSIDE, SAW_FRIENDS_OR_FAMILY, TALKED_IT_THROUGH, CREATIVE_OR_HOBBY,
	REST, OTHER

}
