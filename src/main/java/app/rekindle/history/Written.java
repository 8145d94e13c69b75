package app.rekindle.history;

import java.time.LocalDate;

/**
 * One piece of text the person wrote, decrypted: what kind it is, the day it belongs to in their
 * own time zone (the day it is about where it has one, such as a check-in's day or a goal step's
 * day, otherwise the day it was written), and the address of the page where it lives.
 */
public record Written(LocalDate date, SearchHit.Source source, String link, String text) {
}
