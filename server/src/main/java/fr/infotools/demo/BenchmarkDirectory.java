package fr.infotools.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The accounts of the benchmark dataset as an LDIF file for the embedded directory
 * ({@code infotools.directory.embedded-ldif}): shaped like the demo's, a manager and the
 * sales reps, all with the password given to the generator.
 */
final class BenchmarkDirectory {

	private static final String BASE = "DC=infotools,DC=local";

	private BenchmarkDirectory() {
	}

	static void write(Path file, int reps, String password) throws IOException {
		if (password == null || password.length() < 12) {
			throw new IllegalArgumentException(
					"infotools.dataset.password: the accounts' password, at least 12 characters, is required");
		}
		StringBuilder ldif = new StringBuilder("# Accounts of the benchmark dataset (docs/performance.md)\n\n");
		entry(ldif, BASE, "objectClass: top\nobjectClass: domain\ndc: infotools\n");
		for (String ou : new String[] { "Commerciaux", "Responsables", "Groupes" }) {
			entry(ldif, "OU=" + ou + "," + BASE, "objectClass: top\nobjectClass: organizationalUnit\nou: " + ou + "\n");
		}
		String managers = group("CRM_Responsables");
		String sales = group("CRM_Commerciaux");
		StringBuilder managerMembers = new StringBuilder();
		StringBuilder salesMembers = new StringBuilder();
		managerMembers.append("member: ").append(person("Bench Manager", "Responsables")).append('\n');
		for (int i = 0; i < reps; i++) {
			salesMembers.append("member: ")
				.append(person(BenchmarkDataset.repName(i) + " " + (i + 1), "Commerciaux"))
				.append('\n');
		}
		entry(ldif, managers, groupAttributes("CRM_Responsables") + managerMembers);
		entry(ldif, sales, groupAttributes("CRM_Commerciaux") + salesMembers);
		user(ldif, "Bench Manager", "Bench Manager", "Responsables", BenchmarkDataset.manager(), managers, password);
		for (int i = 0; i < reps; i++) {
			user(ldif, BenchmarkDataset.repName(i) + " " + (i + 1), BenchmarkDataset.repName(i), "Commerciaux",
					BenchmarkDataset.rep(i), sales, password);
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, ldif, StandardCharsets.UTF_8);
	}

	private static String group(String name) {
		return "CN=" + name + ",OU=Groupes," + BASE;
	}

	private static String person(String cn, String ou) {
		return "CN=" + cn + ",OU=" + ou + "," + BASE;
	}

	private static String groupAttributes(String name) {
		return "objectClass: top\nobjectClass: group\ncn: " + name + "\nsAMAccountName: " + name + "\n";
	}

	private static void user(StringBuilder ldif, String cn, String displayName, String ou, String username,
			String group, String password) {
		int space = displayName.indexOf(' ');
		entry(ldif, person(cn, ou),
				"objectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: user\n" + "cn: "
						+ cn + "\ngivenName: " + displayName.substring(0, space) + "\nsn: "
						+ displayName.substring(space + 1) + "\ndisplayName: " + displayName + "\nsAMAccountName: "
						+ username + "\nuserPrincipalName: " + username + "@infotools.local\nmail: " + username
						+ "@infotools.example\nmemberOf: " + group + "\nuserPassword: " + password + "\n");
	}

	private static void entry(StringBuilder ldif, String dn, String attributes) {
		ldif.append("dn: ").append(dn).append('\n').append(attributes).append('\n');
	}

}
