package app.rekindle.progression;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class RulesPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
				ValidationAutoConfiguration.class))
		.withUserConfiguration(Rules.class);

	@Test
	void defaultsAreTheProducts() {
		this.context.run((context) -> {
			RulesProperties rules = context.getBean(RulesProperties.class);
			assertThat(rules).isEqualTo(Fixtures.RULES);
			assertThat(rules.noContact().defaultDays()).isEqualTo(30);
			assertThat(rules.noContact().minDays()).isEqualTo(21);
			assertThat(rules.noContact().maxDays()).isEqualTo(90);
			assertThat(rules.noContact().minCheckInPercent()).isEqualTo(60);
			assertThat(rules.trust().minKeptPercent()).isEqualTo(80);
			assertThat(rules.trial().checkpointDays()).containsExactly(30, 60, 90);
			assertThat(rules.outreach().notReadyPauseDays()).isEqualTo(30);
		});
	}

	@Test
	void readsTheNotReadyPauseAndRefusesOneOfNoDays() {
		this.context.withPropertyValues("rekindle.rules.outreach.not-ready-pause-days=45")
			.run((context) -> assertThat(context.getBean(RulesProperties.class).outreach().notReadyPauseDays()).isEqualTo(45));
		this.context.withPropertyValues("rekindle.rules.outreach.not-ready-pause-days=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("outreach.notReadyPauseDays")
				.hasMessageContaining("greater than or equal to 1");
		});
	}

	@Test
	void readsEveryThresholdFromConfiguration() {
		this.context.withPropertyValues("rekindle.rules.no-contact.default-days=45", "rekindle.rules.trust.min-commitments=3")
			.run((context) -> {
				assertThat(context.getBean(RulesProperties.class).noContact().defaultDays()).isEqualTo(45);
				assertThat(context.getBean(RulesProperties.class).trust().minCommitments()).isEqualTo(3);
			});
	}

	@Test
	void failsAtStartUpWithTheOffendingPropertyNamed() {
		this.context.withPropertyValues("rekindle.rules.no-contact.min-check-in-percent=160").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("rekindle.rules")
				.hasMessageContaining("noContact.minCheckInPercent")
				.hasMessageContaining("rejected value [160]")
				.hasMessageContaining("less than or equal to 100");
		});
	}

	@Test
	void refusesADefaultLengthOutsideTheAllowedRange() {
		this.context.withPropertyValues("rekindle.rules.no-contact.default-days=10").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("min-days <= default-days <= max-days");
		});
	}

	@Test
	void refusesAValueThatIsNotANumber() {
		this.context.withPropertyValues("rekindle.rules.reflection.min-causes=one").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure())
				.hasStackTraceContaining("Failed to bind properties under 'rekindle.rules.reflection.min-causes'");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RulesProperties.class)
	static class Rules {

	}

}
