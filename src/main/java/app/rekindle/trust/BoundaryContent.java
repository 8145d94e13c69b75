package app.rekindle.trust;

/** A boundary as the person wrote it: the words, whose it is, and whether both have agreed to it. */
public record BoundaryContent(String description, Whose whose, boolean agreedByBoth) {

	@Override
	public String toString() {
		return "BoundaryContent[whose=" + this.whose + ", agreedByBoth=" + this.agreedByBoth + "]";
	}

}
