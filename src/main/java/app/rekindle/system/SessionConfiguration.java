package app.rekindle.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.Cookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sessions live in the database (Spring Session JDBC, tables from {@code V10__sessions.sql}), so any
 * instance can serve any signed-in person and a restart signs no one out. Boot configures the
 * repository and the filter; the timeout is {@code spring.session.timeout}, set to
 * {@code server.servlet.session.timeout}.
 * <p>
 * Every instance sweeps expired sessions on Spring Session's schedule (once a minute). That is safe
 * with several instances: the sweep is one statement, {@code delete ... where expiry_time < ?}, in its
 * own transaction, and it deletes only sessions already past their expiry, which no instance would
 * accept any more. When two instances sweep at once the second finds the rows gone and deletes
 * nothing; should the database ever refuse one of them (a lock timeout or deadlock), that sweep fails
 * alone, is logged, and the next minute's sweep takes the rows.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	private static final String H2_ATTRIBUTE_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	/**
	 * The session cookie as {@code server.servlet.session.cookie.*} describes it (JOURNAL_SESSION,
	 * HttpOnly, SameSite=Lax, Secure by REKINDLE_SECURE_COOKIES). Boot would take these only when it
	 * starts its own server; without one (a test's mock servlet context, a war) it would fall back to a
	 * cookie named SESSION without those attributes, so the one cookie is defined here for every case.
	 */
	@Bean
	DefaultCookieSerializer cookieSerializer(Environment environment) {
		Cookie cookie = Binder.get(environment).bind("server.servlet.session.cookie", Cookie.class).orElseGet(Cookie::new);
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		PropertyMapper map = PropertyMapper.get();
		map.from(cookie::getName).to(serializer::setCookieName);
		map.from(cookie::getDomain).to(serializer::setDomainName);
		map.from(cookie::getPath).to(serializer::setCookiePath);
		map.from(cookie::getHttpOnly).to(serializer::setUseHttpOnlyCookie);
		map.from(cookie::getSecure).to(serializer::setUseSecureCookie);
		map.from(cookie::getMaxAge).asInt(Duration::getSeconds).to(serializer::setCookieMaxAge);
		map.from(cookie::getSameSite).as(Cookie.SameSite::attributeValue).to(serializer::setSameSite);
		map.from(cookie::getPartitioned).to(serializer::setPartitioned);
		return serializer;
	}

	/**
	 * A session attribute is written as an upsert, so two requests of the same session setting the
	 * same attribute at once (two tabs, a double click) cannot fail on the attribute table's primary
	 * key: {@code on conflict do update} on PostgreSQL, H2's {@code merge ... key} on the embedded
	 * database (Spring Session's plain insert gave a 500 there).
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource) {
		String database = databaseProductName(dataSource);
		SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresqlUpsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		return (repository) -> {
			if ("PostgreSQL".equalsIgnoreCase(database)) {
				postgresqlUpsert.customize(repository);
			}
			else if ("H2".equalsIgnoreCase(database)) {
				repository.setCreateSessionAttributeQuery(H2_ATTRIBUTE_UPSERT);
			}
		};
	}

	/**
	 * Spring Session's store runs its statements without a transaction of its own (the name is the one
	 * it looks for): a session is read in one query, and on PostgreSQL a transaction around it costs a
	 * round trip to the server on every request. {@link CoarseLastAccessSessionRepository} gives each
	 * save and delete its own transaction.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

	/**
	 * The application's {@link TransactionTemplate}. Boot makes one only when the context has no other
	 * {@link TransactionOperations}, and the sessions' above is one.
	 */
	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

	/**
	 * The store Boot configures, behind {@link CoarseLastAccessSessionRepository}: reading a page no
	 * longer writes the session back each time, nor reads it twice. Static, so that it applies before
	 * the session beans are made.
	 */
	@Bean
	static BeanPostProcessor coarseLastAccess(ObjectProvider<LostConnectionRetry> retry,
			ObjectProvider<PlatformTransactionManager> transactionManager) {
		Supplier<LostConnectionRetry> lostConnections = SingletonSupplier.of(retry::getObject);
		Supplier<TransactionOperations> writes = SingletonSupplier.of(() -> {
			TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager.getObject());
			ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			return ownTransaction;
		});
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository store)
						? new CoarseLastAccessSessionRepository(store, lostConnections, writes) : bean;
			}
		};
	}

	private static String databaseProductName(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not tell which database holds the sessions", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
