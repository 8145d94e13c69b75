package app.rekindle.summary;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a summary covers, the day it was made, and the time zone its dates and times are shown in
 * (the person's own).
 */
public record SummaryPeriod(SummaryRange range, LocalDate madeOn, ZoneId zone) {
}
