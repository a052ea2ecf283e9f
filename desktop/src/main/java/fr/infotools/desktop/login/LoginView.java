package fr.infotools.desktop.login;

import java.util.Locale;
import java.util.function.Consumer;

import fr.infotools.desktop.api.model.Tokens;
import fr.infotools.desktop.ui.FormGrid;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The login card, centered; also shown over the screens when the session was lost. */
public class LoginView extends StackPane {

	private final PasswordField password = new PasswordField();

	public LoginView(LoginViewModel model, I18n i18n, Consumer<Tokens.TokenUser> onManager, Runnable onLanguageChange) {
		getStyleClass().add("login-background");
		Label title = new Label(i18n.get("app.name"));
		title.getStyleClass().add("login-title");
		Label subtitle = new Label(model.againProperty().get() ? i18n.get("login.again") : i18n.get("login.subtitle"));
		subtitle.setWrapText(true);
		subtitle.getStyleClass().add("login-subtitle");

		TextField server = new TextField();
		server.setId("server");
		server.setPromptText(i18n.get("login.server.prompt"));
		server.textProperty().bindBidirectional(model.serverProperty());
		server.disableProperty().bind(model.againProperty());
		TextField username = new TextField();
		username.setId("username");
		username.setPromptText(i18n.get("login.username.prompt"));
		username.textProperty().bindBidirectional(model.usernameProperty());
		this.password.setId("password");
		this.password.textProperty().bindBidirectional(model.passwordProperty());
		ComboBox<Locale> language = new ComboBox<>();
		language.setId("language");
		language.getItems().setAll(I18n.LANGUAGES);
		Ui.display(language, (locale) -> {
			String name = locale.getDisplayLanguage(locale);
			return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
		}, "");
		language.valueProperty().bindBidirectional(model.languageProperty());
		language.disableProperty().bind(model.againProperty());
		language.valueProperty().addListener((observable, before, now) -> {
			if (now != null && !now.equals(before)) {
				model.rememberLanguage();
				onLanguageChange.run();
			}
		});

		FormGrid form = new FormGrid(model);
		form.add("server", i18n.get("login.server"), server);
		form.add("username", i18n.get("login.username"), username);
		form.add("password", i18n.get("login.password"), this.password);
		form.add("language", i18n.get("login.language"), language);

		Button login = Ui.button(i18n.get("login.submit"), "login", () -> model.login(onManager));
		login.setDefaultButton(true);
		login.disableProperty().bind(model.busyProperty());
		login.setMaxWidth(Double.MAX_VALUE);

		Label hint = new Label(i18n.get("login.hint"));
		hint.setWrapText(true);
		hint.getStyleClass().add("hint");

		VBox card = Ui.card(title, subtitle, form, Ui.row(login, Ui.busy(model)), Ui.messages(model), hint);
		card.setMaxSize(440, VBox.USE_PREF_SIZE);
		card.getStyleClass().add("login-card");
		card.setFillWidth(true);
		getChildren().add(card);
		StackPane.setAlignment(card, Pos.CENTER);
	}

	/** Puts the cursor where the user types first. */
	public void focus(LoginViewModel model) {
		(model.usernameProperty().get() == null || model.usernameProperty().get().isBlank() ? lookup("#username")
				: this.password)
			.requestFocus();
	}

}
