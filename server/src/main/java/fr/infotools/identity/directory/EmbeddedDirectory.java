package fr.infotools.identity.directory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.Resource;

/**
 * An in-memory LDAP directory shaped like Active Directory (OUs, groups,
 * {@code sAMAccountName}, {@code userPrincipalName}, {@code mail}, {@code memberOf}),
 * listening on loopback only. It lets the product run out of the box; the real Active
 * Directory is tested separately.
 */
public class EmbeddedDirectory implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDirectory.class);

	private final InMemoryDirectoryServer server;

	private final String baseDn;

	EmbeddedDirectory(String baseDn, Resource ldif) throws LDAPException, IOException {
		this.baseDn = baseDn;
		InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(baseDn);
		// Active Directory attributes (sAMAccountName, memberOf...) are not in the
		// standard schema
		config.setSchema(null);
		config.setListenerConfigs(
				InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), 0, null));
		this.server = new InMemoryDirectoryServer(config);
		try (InputStream in = ldif.getInputStream(); LDIFReader reader = new LDIFReader(in)) {
			this.server.importFromLDIF(true, reader);
		}
		this.server.startListening();
		log.info("Embedded directory {} listening on {}", baseDn, url());
	}

	/**
	 * The URL of the directory root, e.g.
	 * {@code ldap://127.0.0.1:40123/DC=infotools,DC=local}.
	 */
	public String url() {
		return "ldap://127.0.0.1:" + this.server.getListenPort() + "/" + this.baseDn;
	}

	/**
	 * Direct access for tests that change the directory (e.g. remove a user from a
	 * group).
	 */
	public InMemoryDirectoryServer server() {
		return this.server;
	}

	@Override
	public void destroy() {
		this.server.shutDown(true);
	}

}
