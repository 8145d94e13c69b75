package app.rekindle;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; this keeps them free of cycles and of each other's internals. */
class ModularityTests {

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
		ApplicationModules.of(RekindleApplication.class).verify();
	}

}
