package fr.infotools.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The throwaway Active Directory that {@code deploy/directory/samba-ad.sh up} starts: a
 * Samba 4 domain controller of the domain {@code infotools.test} on
 * {@code ldaps://127.0.0.1:636}, with a certificate of its own test CA.
 * <p>
 * Before the test class, checks that the DC answers over LDAPS, with that CA and for the
 * host name 127.0.0.1, and installs as the JVM's default TLS context (the one the
 * server's LDAP client uses, hostname verification included) one that trusts the CA of
 * {@code $AD_DIR/tls/truststore.p12}; the previous default is restored afterwards. The
 * default context is replaced rather than {@code javax.net.ssl.trustStore} set because
 * the JVM reads that property only once, and an earlier test class of the same JVM may
 * already have built the default context. When no DC answers, the test class is skipped,
 * unless the system property {@code infotools.require-ad} is true (as in CI): then it
 * fails. Declare it before the Spring test annotations, so that nothing starts when the
 * class is skipped.
 * <p>
 * Where the script put the DC (and its truststore): the system property
 * {@code infotools.ad.dir}, else the environment variable {@code AD_DIR}, else
 * {@code /tmp/infotools-test-ad}, as in the script.
 */
public class SambaActiveDirectory implements BeforeAllCallback, AfterAllCallback {

	public static final String HOST = "127.0.0.1";

	public static final int PORT = 636;

	public static final String URL = "ldaps://" + HOST + ":" + PORT;

	public static final String DOMAIN = "infotools.test";

	public static final String ROOT_DN = "DC=infotools,DC=test";

	/** A sales rep, in {@code CRM_Commerciaux}. */
	public static final Account REP = new Account("jdupont", "Ventes-Lyon-2026!", "Jean Dupont");

	/** A manager, in {@code CRM_Responsables}. */
	public static final Account MANAGER = new Account("mmartin", "Direction-Lyon-2026!", "Marie Martin");

	/** A developer, in the group {@code Developpeurs} only: no CRM access. */
	public static final Account DEVELOPER = new Account("pdurand", "Code-Source-2026!", "Paul Durand");

	/** A sales rep the tests take out of {@code CRM_Commerciaux} (and put back). */
	public static final Account LEAVING_REP = new Account("ebernard", "Tournee-Rhone-2026!", "Eric Bernard");

	private static final String ADMINISTRATOR = "Administrator@" + DOMAIN;

	private static final String ADMINISTRATOR_PASSWORD = "Adm1n-Test-Ad!2026";

	private static final String TRUSTSTORE_PASSWORD = "changeit";

	private static SSLContext trusting;

	private static SSLContext previousDefault;

	/** The directory of the script: its truststore is {@code tls/truststore.p12}. */
	public static Path directory() {
		String dir = System.getProperty("infotools.ad.dir");
		if (dir == null || dir.isBlank()) {
			dir = System.getenv("AD_DIR");
		}
		return Path.of((dir == null || dir.isBlank()) ? "/tmp/infotools-test-ad" : dir);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws GeneralSecurityException {
		if (!answersOnItsPort()) {
			unavailable("no Active Directory answers on " + HOST + ":" + PORT
					+ " (start one with deploy/directory/samba-ad.sh up)", null);
		}
		Path truststore = directory().resolve("tls/truststore.p12");
		if (!Files.isRegularFile(truststore)) {
			unavailable(
					"something answers on " + HOST + ":" + PORT + " but there is no truststore at " + truststore
							+ " (set AD_DIR or -Dinfotools.ad.dir to the directory of deploy/directory/samba-ad.sh)",
					null);
		}
		SSLContext candidate = sslContext(truststore);
		try (LDAPConnection connection = connect(candidate)) {
			RootDSE root = connection.getRootDSE();
			String namingContext = (root != null) ? root.getAttributeValue("defaultNamingContext") : null;
			if (!ROOT_DN.equalsIgnoreCase(namingContext)) {
				unavailable("the directory on " + URL + " serves " + namingContext + ", not " + ROOT_DN, null);
			}
		}
		catch (LDAPException ex) {
			unavailable("the Active Directory on " + URL + " does not answer over LDAPS with the CA of " + truststore
					+ ": " + ex.getMessage(), ex);
		}
		trusting = candidate;
		previousDefault = SSLContext.getDefault();
		SSLContext.setDefault(candidate);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (previousDefault != null) {
			SSLContext.setDefault(previousDefault);
		}
		previousDefault = null;
		trusting = null;
	}

	/** Takes an account out of a group, as a domain administrator would. */
	public static void removeMember(String group, Account account) throws LDAPException {
		changeMembership(ModificationType.DELETE, group, account);
	}

	/** Puts an account back into a group. */
	public static void addMember(String group, Account account) throws LDAPException {
		changeMembership(ModificationType.ADD, group, account);
	}

	private static void changeMembership(ModificationType change, String group, Account account) throws LDAPException {
		if (trusting == null) {
			throw new IllegalStateException("SambaActiveDirectory is not extending this test class");
		}
		try (LDAPConnection connection = connect(trusting)) {
			connection.bind(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
			String groupDn = dnOf(connection,
					Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "group"),
							Filter.createEqualityFilter("sAMAccountName", group)));
			String userDn = dnOf(connection, Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "user"),
					Filter.createEqualityFilter("sAMAccountName", account.username())));
			connection.modify(groupDn, new Modification(change, "member", userDn));
		}
	}

	private static String dnOf(LDAPConnection connection, Filter filter) throws LDAPException {
		SearchResultEntry entry = connection.searchForEntry(ROOT_DN, SearchScope.SUB, filter, "1.1");
		if (entry == null) {
			throw new IllegalStateException("Nothing matches " + filter + " in " + ROOT_DN);
		}
		return entry.getDN();
	}

	private static LDAPConnection connect(SSLContext context) throws LDAPException {
		LDAPConnectionOptions options = new LDAPConnectionOptions();
		options.setConnectTimeoutMillis(2000);
		options.setResponseTimeoutMillis(5000);
		options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(false));
		return new LDAPConnection(context.getSocketFactory(), options, HOST, PORT);
	}

	private static boolean answersOnItsPort() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static SSLContext sslContext(Path truststore) throws GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(truststore)) {
			store.load(in, TRUSTSTORE_PASSWORD.toCharArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the truststore " + truststore, ex);
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	private static void unavailable(String reason, Exception cause) {
		if (Boolean.getBoolean("infotools.require-ad")) {
			throw new IllegalStateException(
					"Active Directory is required for these tests (-Dinfotools.require-ad=true) but " + reason, cause);
		}
		Assumptions.abort(reason + ": Active Directory tests skipped");
	}

	/** A test-only account of the throwaway domain, seeded by the script. */
	public record Account(String username, String password, String displayName) {

		public String userPrincipalName() {
			return this.username + "@" + DOMAIN;
		}

	}

}
