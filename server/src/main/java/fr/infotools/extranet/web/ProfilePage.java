package fr.infotools.extranet.web;

import java.util.List;
import java.util.Locale;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.CurrentUser;
import fr.infotools.identity.UserAccount;
import fr.infotools.identity.UserSummary;
import fr.infotools.identity.Users;
import fr.infotools.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The rep's own settings: the reminder delay the mobile application uses, the link of the
 * personal calendar (and a way to renew it when it leaked), and the language of the
 * extranet.
 */
@Controller
@RequestMapping("/app/profil")
class ProfilePage {

	static final List<Integer> REMINDERS = UserAccount.REMINDER_CHOICES.stream().sorted().toList();

	static final List<String> LANGUAGES = List.of("fr", "en");

	private final AccessPolicy access;

	private final Users users;

	private final LocaleResolver locales;

	ProfilePage(AccessPolicy access, Users users, LocaleResolver locales) {
		this.access = access;
		this.users = users;
		this.locales = locales;
	}

	@GetMapping
	String profile(Model model, Locale locale) {
		CurrentUser me = this.access.currentUser();
		UserSummary user = this.users.find(me.id()).orElseThrow(() -> new NotFoundException("user", me.id()));
		Users.Preferences preferences = this.users.preferences(me.id());
		model.addAttribute("user", user);
		model.addAttribute("reminderMinutes", preferences.reminderMinutes());
		model.addAttribute("reminders", REMINDERS);
		model.addAttribute("calendarUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/api/v1/appointments/calendar.ics")
					.queryParam("token", preferences.calendarToken())
					.toUriString());
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("language", locale.getLanguage());
		return "app/profile";
	}

	@PostMapping("/rappel")
	String changeReminder(@RequestParam(required = false) String reminderMinutes, RedirectAttributes redirect) {
		Integer minutes = REMINDERS.stream()
			.filter((choice) -> String.valueOf(choice).equals(reminderMinutes))
			.findFirst()
			.orElse(null);
		if (minutes == null) {
			redirect.addFlashAttribute("reminderError", true);
			return "redirect:/app/profil#rappel";
		}
		this.users.changeReminderMinutes(this.access.currentUser().id(), minutes);
		redirect.addFlashAttribute("notice", "app.profile.reminder-saved");
		return "redirect:/app/profil";
	}

	@PostMapping("/calendrier")
	String renewCalendar(RedirectAttributes redirect) {
		this.users.renewCalendarToken(this.access.currentUser().id());
		redirect.addFlashAttribute("notice", "app.profile.calendar-renewed");
		return "redirect:/app/profil";
	}

	@PostMapping("/langue")
	String changeLanguage(@RequestParam(required = false) String language, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (language != null && LANGUAGES.contains(language)) {
			this.locales.setLocale(request, response, Locale.forLanguageTag(language));
			redirect.addFlashAttribute("notice", "app.profile.language-saved");
		}
		return "redirect:/app/profil";
	}

}
