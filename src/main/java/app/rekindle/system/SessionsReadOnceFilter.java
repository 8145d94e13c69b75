package app.rekindle.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Just outside Spring Session's filter, so that everything it does for a request, its last save
 * included, happens while {@link SessionsReadInRequest} keeps the sessions read: the request reads
 * its session from the database once.
 */
@Component
class SessionsReadOnceFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		return SessionRepositoryFilter.DEFAULT_ORDER - 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean began = SessionsReadInRequest.begin();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (began) {
				SessionsReadInRequest.end();
			}
		}
	}

}
