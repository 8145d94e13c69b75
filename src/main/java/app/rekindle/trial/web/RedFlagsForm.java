package app.rekindle.trial.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import app.rekindle.trial.RedFlag;

/** The red flags a person marks when something in the trial feels wrong; none is a fine answer. */
public class RedFlagsForm {

	private Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);

	public Set<RedFlag> getFlags() {
		return this.flags;
	}

	public void setFlags(Set<RedFlag> flags) {
		this.flags = EnumSet.noneOf(RedFlag.class);
		if (flags != null) {
			flags.stream().filter(Objects::nonNull).forEach(this.flags::add);
		}
	}

	boolean marksSafetyConcern() {
		return this.flags.stream().anyMatch(RedFlag::isAboutSafety);
	}

}
