package app.rekindle.progression;

import java.util.List;

/** A message code with its arguments: words live in messages.properties, not in the rules. */
public record Text(String code, List<Object> args) {

	public Text {
		args = List.copyOf(args);
	}

	public static Text of(String code, Object... args) {
		return new Text(code, List.of(args));
	}

	public Object[] argsArray() {
		return this.args.toArray();
	}

}
