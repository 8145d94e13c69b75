package app.rekindle.system;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every error answer is the application's own page (the templates under {@code templates/error}),
 * with the security headers every page has: the ones the application answers, {@code /error} asked
 * for directly (not found), the requests Tomcat turns away before the application sees them
 * ({@link ErrorPageValve}), and the database failing in passing ({@link NotSavedPage}).
 */
@Configuration(proxyBeanMethods = false)
class ErrorPagesConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(NotSavedPage.MARK_DONE);
	}

	/** Boot's error controller, except that its address asked for directly is a page that does not exist. */
	@Bean
	BasicErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> errorViewResolvers) {
		return new ErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
	}

	/**
	 * Replaces the host's error report valve (Boot adds one without server details) with
	 * {@link ErrorPageValve}, and names its class so Tomcat does not add its default one beside it.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> errorPageValveCustomizer() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(ErrorPageValve.class.getName());
			}
			host.getPipeline().addValve(new ErrorPageValve(context));
		});
	}

	static final class ErrorController extends BasicErrorController {

		ErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
				List<ErrorViewResolver> errorViewResolvers) {
			super(errorAttributes, errorProperties, errorViewResolvers);
		}

		/** A failure of the database in passing has a page of its own, which keeps what a form sent. */
		@Override
		public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
			if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
					&& DatabaseFailures.isTransient(failure)) {
				response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return NotSavedPage.of(request);
			}
			return super.errorHtml(request, response);
		}

		/**
		 * The container forwards an error here with its status; without one, someone typed the
		 * address, and there is no page there.
		 */
		@Override
		protected HttpStatus getStatus(HttpServletRequest request) {
			if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
				return HttpStatus.NOT_FOUND;
			}
			return super.getStatus(request);
		}

	}

}
