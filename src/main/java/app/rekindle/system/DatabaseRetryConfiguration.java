package app.rekindle.system;

import java.lang.reflect.Method;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.util.function.SingletonSupplier;

/**
 * A transaction that fails because the database connection broke is run once more, on a new
 * connection, before anyone hears of it ({@link LostConnectionRetry}): a PostgreSQL restart, or the
 * server ending the pool's sessions, then costs the person nothing. It applies to every method of
 * the application that opens a transaction of its own ({@code @Transactional}), the whole transaction
 * at once, and to the session store ({@link CoarseLastAccessSessionRepository}). Should the second
 * attempt fail too, the form comes back with everything in it ({@link UnsavedFormHandler}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRetryConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor retryTransactionOnLostConnection(ObjectProvider<LostConnectionRetry> retry) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new OwnTransactions(),
				new RetryOnLostConnection(SingletonSupplier.of(retry::getObject)));
		// Outside the transaction advisor (lowest precedence), so each attempt is a transaction of its own.
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return advisor;
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static TransactionExecutionListener writeCommits() {
		return new LostConnectionRetry.WriteCommits();
	}

	/** The application's own {@code @Transactional} methods. */
	static final class OwnTransactions extends StaticMethodMatcherPointcut {

		private final TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource(false);

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			return targetClass.getName().startsWith("app.rekindle.")
					&& this.transactions.getTransactionAttribute(method, targetClass) != null;
		}

	}

	static final class RetryOnLostConnection implements MethodInterceptor {

		/** Asked for at the first call: advisors are made before the beans they would need. */
		private final Supplier<LostConnectionRetry> retry;

		RetryOnLostConnection(Supplier<LostConnectionRetry> retry) {
			this.retry = retry;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			if (!(invocation instanceof ProxyMethodInvocation proxied)) {
				return invocation.proceed();
			}
			return this.retry.get().run(() -> proxied.invocableClone().proceed());
		}

	}

}
