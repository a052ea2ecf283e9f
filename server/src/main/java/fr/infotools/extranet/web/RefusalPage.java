package fr.infotools.extranet.web;

import fr.infotools.identity.AccessPolicy;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a logged-in user who is not a sales rep sees of the extranet: a manager is sent to
 * the desktop application, with a button to log out. Spring Security shows it (403) for
 * any extranet address such a user asks for.
 */
@Controller
class RefusalPage {

	private final AccessPolicy access;

	RefusalPage(AccessPolicy access) {
		this.access = access;
	}

	@RequestMapping("/app/acces-refuse")
	String refused(HttpServletResponse response) {
		if (this.access.currentCrmUser().filter((user) -> !user.isManager()).isPresent()) {
			return "redirect:/app";
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return "app/refused";
	}

}
