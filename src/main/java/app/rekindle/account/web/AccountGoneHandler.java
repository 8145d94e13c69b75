package app.rekindle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import app.rekindle.account.AccountGoneException;

/**
 * A session whose account was deleted elsewhere is signed out and sent to the home page, which
 * says the account is gone, rather than meeting an error page.
 */
@ControllerAdvice
class AccountGoneHandler {

	@ExceptionHandler(AccountGoneException.class)
	String signOut(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/?account-deleted";
	}

}
