package fr.infotools.extranet.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The extranet's error page: a title and an explanation for the status, and the message
 * of the rule or conflict when there is one.
 */
final class ErrorPage {

	static final String VIEW = "app/error";

	private ErrorPage() {
	}

	static String show(HttpServletResponse response, Model model, HttpStatus status, Message message) {
		response.setStatus(status.value());
		model.addAttribute("status", known(status));
		model.addAttribute("message", message);
		return VIEW;
	}

	/** The statuses the page explains; any other is explained as a failure. */
	static int known(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT -> status.value();
			default ->
				status.is4xxClientError() ? HttpStatus.BAD_REQUEST.value() : HttpStatus.INTERNAL_SERVER_ERROR.value();
		};
	}

	/** A message key and its arguments. */
	record Message(String key, Object[] args) {

	}

}
