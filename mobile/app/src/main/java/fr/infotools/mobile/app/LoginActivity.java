package fr.infotools.mobile.app;

import java.io.IOException;

import android.app.Activity;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.TextView;

import fr.infotools.mobile.agenda.Texts;
import fr.infotools.mobile.api.ApiException;
import fr.infotools.mobile.api.ServerAddress;

/**
 * Login with the directory account, against the server whose address the rep types (kept
 * for next time). The password is sent once and never stored.
 */
public class LoginActivity extends Activity {

	private AppServices services;

	private EditText server;

	private EditText username;

	private EditText password;

	private TextView error;

	private Button login;

	private View progress;

	@Override
	protected void onCreate(Bundle savedInstanceState) {
		super.onCreate(savedInstanceState);
		setContentView(R.layout.activity_login);
		this.services = InfoToolsApp.services(this);
		this.server = findViewById(R.id.server);
		this.username = findViewById(R.id.username);
		this.password = findViewById(R.id.password);
		this.error = findViewById(R.id.login_error);
		this.login = findViewById(R.id.login);
		this.progress = findViewById(R.id.progress);
		this.server.setText(this.services.session().server());
		this.username.setText(this.services.session().username());
		this.login.setOnClickListener((view) -> logIn());
	}

	void logIn() {
		String address;
		try {
			address = ServerAddress.normalize(this.server.getText().toString());
		}
		catch (IllegalArgumentException ex) {
			showError(getString(R.string.login_bad_address));
			return;
		}
		if (!ServerAddress.isAllowed(address)) {
			showError(getString(R.string.login_unencrypted));
			return;
		}
		String account = Texts.strip(this.username.getText().toString());
		String secret = this.password.getText().toString();
		if (account.isEmpty() || secret.isEmpty()) {
			showError(getString(R.string.login_required));
			return;
		}
		this.error.setVisibility(View.GONE);
		this.login.setEnabled(false);
		this.progress.setVisibility(View.VISIBLE);
		this.services.inBackground(() -> {
			String failure = null;
			try {
				this.services.login(address, account, secret);
			}
			catch (ApiException ex) {
				failure = ex.getProblem().message();
			}
			catch (IOException ex) {
				failure = getString(R.string.server_unreachable);
			}
			String message = failure;
			runOnUiThread(() -> loggedIn(message));
		});
	}

	private void loggedIn(String failure) {
		this.progress.setVisibility(View.GONE);
		this.login.setEnabled(true);
		if (failure != null) {
			showError(failure);
			return;
		}
		this.password.setText("");
		startActivity(new Intent(this, AgendaActivity.class).addFlags(Intent.FLAG_ACTIVITY_CLEAR_TOP));
		finish();
	}

	private void showError(String message) {
		this.error.setText(message);
		this.error.setVisibility(View.VISIBLE);
	}

}
