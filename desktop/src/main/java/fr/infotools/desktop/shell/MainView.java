package fr.infotools.desktop.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import fr.infotools.desktop.api.ApiClient;
import fr.infotools.desktop.api.model.Tokens;
import fr.infotools.desktop.appointments.AppointmentsView;
import fr.infotools.desktop.audit.AuditView;
import fr.infotools.desktop.customers.CustomersView;
import fr.infotools.desktop.dashboard.DashboardView;
import fr.infotools.desktop.invoices.InvoicesView;
import fr.infotools.desktop.login.LoginView;
import fr.infotools.desktop.login.LoginViewModel;
import fr.infotools.desktop.products.ProductsView;
import fr.infotools.desktop.requests.RequestsView;
import fr.infotools.desktop.statistics.StatisticsView;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.FxTaskRunner;
import fr.infotools.desktop.ui.HostActions;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Settings;
import fr.infotools.desktop.ui.Ui;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window once a manager is in: the navigation bar on the left, the screen in the
 * middle, the user and a progress bar at the top. Screens are built the first time they
 * are shown and kept, so that switching screens loses nothing.
 */
public class MainView extends StackPane {

	/** The screens, in the order of the navigation bar: id → title key and builder. */
	private final Map<String, Supplier<Screen>> builders = new LinkedHashMap<>();

	private final Map<String, Screen> screens = new LinkedHashMap<>();

	private final StackPane content = new StackPane();

	private final ToggleGroup navigation = new ToggleGroup();

	private final Context context;

	private final ApiClient client;

	private final Settings settings;

	private final List<Runnable> waitingForLogin = new ArrayList<>();

	private LoginView relogin;

	private String current;

	public MainView(Context context, FxTaskRunner runner, ApiClient client, Settings settings, HostActions host,
			Tokens.TokenUser user, Runnable logout) {
		this.context = context;
		this.client = client;
		this.settings = settings;
		I18n i18n = context.i18n();
		this.builders.put("dashboard", () -> new DashboardView(context));
		this.builders.put("customers", () -> new CustomersView(context));
		this.builders.put("appointments", () -> new AppointmentsView(context));
		this.builders.put("requests", () -> new RequestsView(context));
		this.builders.put("products", () -> new ProductsView(context));
		this.builders.put("invoices", () -> new InvoicesView(context, host));
		this.builders.put("statistics", () -> new StatisticsView(context, host));
		this.builders.put("audit", () -> new AuditView(context, host));

		VBox nav = new VBox(4);
		nav.getStyleClass().add("navigation");
		nav.setPadding(new Insets(12, 8, 12, 8));
		for (String id : this.builders.keySet()) {
			ToggleButton button = new ToggleButton(i18n.get("nav." + id));
			button.setId("nav-" + id);
			button.setToggleGroup(this.navigation);
			button.setMaxWidth(Double.MAX_VALUE);
			button.getStyleClass().add("nav-button");
			button.setOnAction((event) -> {
				button.setSelected(true);
				show(id);
			});
			nav.getChildren().add(button);
		}

		Label name = new Label(i18n.get("app.name"));
		name.getStyleClass().add("app-title");
		ProgressBar progress = new ProgressBar();
		progress.setId("progress");
		progress.setPrefWidth(160);
		progress.visibleProperty().bind(runner.runningProperty().greaterThan(0));
		Label who = new Label(i18n.get("shell.user", user.displayName()));
		who.setId("current-user");
		Label server = new Label(String.valueOf(client.server()));
		server.getStyleClass().add("hint");
		Button quit = Ui.button(i18n.get("shell.logout"), "logout", () -> {
			runner.setSessionLostHandler(null);
			logout.run();
		});
		HBox top = Ui.row(name, Ui.spacer(), progress, who, server, quit);
		top.getStyleClass().add("top-bar");
		top.setPadding(new Insets(8, 12, 8, 12));

		BorderPane frame = new BorderPane(this.content, top, null, null, nav);
		this.content.getStyleClass().add("content");
		getChildren().add(frame);

		runner.setSessionLostHandler(this::sessionLost);
		show("dashboard");
	}

	private Screen screen(String id) {
		return this.screens.computeIfAbsent(id, (key) -> this.builders.get(key).get());
	}

	public DashboardView dashboard() {
		return (DashboardView) screen("dashboard");
	}

	public CustomersView customers() {
		return (CustomersView) screen("customers");
	}

	public AppointmentsView appointments() {
		return (AppointmentsView) screen("appointments");
	}

	public RequestsView requests() {
		return (RequestsView) screen("requests");
	}

	public ProductsView products() {
		return (ProductsView) screen("products");
	}

	public InvoicesView invoices() {
		return (InvoicesView) screen("invoices");
	}

	public StatisticsView statistics() {
		return (StatisticsView) screen("statistics");
	}

	public AuditView audit() {
		return (AuditView) screen("audit");
	}

	/** Shows a screen (built the first time). */
	public void show(String id) {
		Screen screen = screen(id);
		this.current = id;
		this.content.getChildren().setAll(screen.view());
		this.navigation.getToggles()
			.stream()
			.filter((toggle) -> ((ToggleButton) toggle).getId().equals("nav-" + id))
			.findFirst()
			.ifPresent((toggle) -> toggle.setSelected(true));
		screen.shown();
	}

	public String current() {
		return this.current;
	}

	/**
	 * The session is over: the login comes over the screens, which keep what was typed;
	 * the calls that failed run again once the user is back in.
	 */
	private void sessionLost(Runnable retry) {
		this.waitingForLogin.add(retry);
		if (this.relogin != null) {
			return;
		}
		LoginViewModel model = new LoginViewModel(this.context, this.client, this.settings);
		model.againProperty().set(true);
		this.relogin = new LoginView(model, this.context.i18n(), (user) -> {
			getChildren().remove(this.relogin);
			this.relogin = null;
			List<Runnable> retries = new ArrayList<>(this.waitingForLogin);
			this.waitingForLogin.clear();
			retries.forEach(Runnable::run);
		}, () -> {
		});
		this.relogin.setId("relogin");
		this.relogin.getStyleClass().add("overlay");
		getChildren().add(this.relogin);
		this.relogin.focus(model);
	}

}
