package fr.infotools.identity.web;

import jakarta.servlet.http.HttpSession;

import fr.infotools.identity.login.LoginThrottledException;
import fr.infotools.identity.login.NotInCrmGroupException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form of the web pages, which says plainly why a login failed: wrong password,
 * an account without access to the CRM, or too many attempts.
 */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			HttpSession session, Model model) {
		if (error != null) {
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("error", messageKey(failure));
			if (failure instanceof LoginThrottledException throttled) {
				model.addAttribute("retryAfter", Math.max(1, throttled.getRetryAfter().toSeconds()));
			}
		}
		model.addAttribute("loggedOut", logout != null);
		return "login";
	}

	private static String messageKey(Object failure) {
		if (failure instanceof NotInCrmGroupException) {
			return "problem.no-crm-access.detail";
		}
		if (failure instanceof LoginThrottledException) {
			return "problem.login-throttled.detail";
		}
		if (failure instanceof AuthenticationException
				&& !(failure instanceof org.springframework.security.authentication.BadCredentialsException)) {
			return "problem.directory-unavailable.detail";
		}
		return "problem.bad-credentials.detail";
	}

}
