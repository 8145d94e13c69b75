package app.rekindle.testsupport;

import java.lang.reflect.Field;
import java.util.Arrays;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test class, sets the {@link MutableClock} that test classes share with their
 * application context: to {@link MutableClockConfiguration#START} for a class that has the clock
 * injected (it moves time itself), otherwise back to the system clock. So a class that moved time
 * days ahead leaves nothing behind for the next one.
 */
public final class MutableClockReset implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		boolean movesTime = movesTime(context.getRequiredTestClass());
		SpringExtension.getApplicationContext(context)
			.getBeanProvider(MutableClock.class)
			.ifAvailable((clock) -> {
				if (movesTime) {
					clock.set(MutableClockConfiguration.START);
				}
				else {
					clock.followSystemClock();
				}
			});
	}

	private static boolean movesTime(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = (type.getEnclosingClass() != null) ? type.getEnclosingClass()
				: type.getSuperclass()) {
			if (Arrays.stream(type.getDeclaredFields()).map(Field::getType).anyMatch(MutableClock.class::equals)) {
				return true;
			}
		}
		return false;
	}

}
