package fr.infotools.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.CustomerDetails;

/**
 * French companies, places and people for the demo, drawn from fixed lists with a seeded
 * random generator so that every first start produces the same dataset.
 */
final class DemoPeople {

	record City(String name, String postalCode, String areaCode) {

	}

	private static final List<City> CITIES = List.of(new City("Paris", "75011", "01"),
			new City("Boulogne-Billancourt", "92100", "01"), new City("Versailles", "78000", "01"),
			new City("Lille", "59000", "03"), new City("Amiens", "80000", "03"), new City("Reims", "51100", "03"),
			new City("Strasbourg", "67000", "03"), new City("Nancy", "54000", "03"), new City("Lyon", "69003", "04"),
			new City("Grenoble", "38000", "04"), new City("Marseille", "13008", "04"),
			new City("Montpellier", "34000", "04"), new City("Nice", "06000", "04"),
			new City("Clermont-Ferrand", "63000", "04"), new City("Bordeaux", "33000", "05"),
			new City("Toulouse", "31000", "05"), new City("Pau", "64000", "05"), new City("Limoges", "87000", "05"),
			new City("Nantes", "44000", "02"), new City("Rennes", "35000", "02"), new City("Angers", "49000", "02"),
			new City("Tours", "37000", "02"), new City("Caen", "14000", "02"), new City("Rouen", "76000", "02"),
			new City("Dijon", "21000", "03"), new City("Orléans", "45000", "02"));

	private static final List<String> NAME_STARTS = List.of("Atelier", "Boulangerie", "Cabinet", "Clinique", "Garage",
			"Imprimerie", "Menuiserie", "Pharmacie", "Transports", "Librairie", "Fromagerie", "Agence", "Laboratoire",
			"Brasserie", "Hôtel", "Pépinières", "Domaine", "Institut", "Bureau d'études", "Maison");

	private static final List<String> NAME_ENDS = List.of("Martinet", "du Val de Loire", "Lefebvre & Fils", "Bellevue",
			"des Alpes", "Moreau", "Saint-Michel", "de l'Océan", "Garnier", "du Midi", "Roux Frères",
			"des Trois Rivières", "Chevalier", "Beaulieu", "Fontaine", "du Centre", "Marchand", "Les Tilleuls",
			"Perrin", "de la Côte", "Gauthier", "Montclair", "Lambert", "des Vosges", "Bonnet", "Horizon", "Mercier",
			"Arc-en-Ciel", "Blanchard", "du Littoral");

	private static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès",
			"boulevard Victor Hugo", "rue Pasteur", "rue du Général de Gaulle", "place de la Mairie", "rue des Écoles",
			"avenue de la Gare", "rue Nationale", "chemin des Vignes", "rue du Moulin", "allée des Tilleuls",
			"rue Gambetta", "quai des Chartrons", "rue Émile Zola");

	static final List<String> FIRST_NAMES = List.of("Camille", "Louis", "Chloé", "Hugo", "Léa", "Lucas", "Manon",
			"Nathan", "Inès", "Thomas", "Julie", "Antoine", "Sarah", "Nicolas", "Claire", "Mehdi", "Laura", "Julien",
			"Amandine", "Yann", "Céline", "Romain", "Élodie", "Mathieu", "Nadia", "Olivier", "Pauline", "Sébastien",
			"Aurélie", "François");

	static final List<String> LAST_NAMES = List.of("Bernard", "Thomas", "Robert", "Richard", "Durand", "Dubois",
			"Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroux", "Roux", "David", "Bertrand", "Morel",
			"Fournier", "Girard", "Bonnet", "Dupuis", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure",
			"André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "Benali", "Nguyen");

	private static final List<String> JOB_TITLES = List.of("Gérant(e)", "Directeur(rice) administratif(ve)",
			"Responsable informatique", "Comptable", "Directeur(rice) général(e)", "Assistant(e) de direction",
			"Responsable des achats", "Responsable logistique");

	private final Random random;

	DemoPeople(Random random) {
		this.random = random;
	}

	CustomerDetails company(int index) {
		String name = NAME_STARTS.get(index % NAME_STARTS.size()) + " "
				+ NAME_ENDS.get((index * 7 + index / NAME_STARTS.size()) % NAME_ENDS.size());
		City city = pick(CITIES);
		String domain = slug(name) + ".fr";
		String address = (1 + this.random.nextInt(120)) + " " + pick(STREETS);
		return new CustomerDetails(name, siren(), "contact@" + domain, phone(city.areaCode()), address,
				city.postalCode(), city.name(), "FR", null);
	}

	ContactDetails contact(String companyEmail) {
		String first = pick(FIRST_NAMES);
		String last = pick(LAST_NAMES);
		String domain = companyEmail.substring(companyEmail.indexOf('@') + 1);
		return new ContactDetails(first, last, pick(JOB_TITLES), slug(first) + "." + slug(last) + "@" + domain,
				mobile());
	}

	String personName() {
		return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A nine-digit SIREN whose Luhn checksum is valid, as real ones are. */
	String siren() {
		int[] digits = new int[9];
		for (int i = 0; i < 8; i++) {
			digits[i] = (i == 0) ? 1 + this.random.nextInt(9) : this.random.nextInt(10);
		}
		for (int check = 0; check < 10; check++) {
			digits[8] = check;
			if (luhnValid(digits)) {
				break;
			}
		}
		StringBuilder siren = new StringBuilder();
		for (int digit : digits) {
			siren.append(digit);
		}
		return siren.toString();
	}

	static boolean luhnValid(int[] digits) {
		int sum = 0;
		for (int i = 0; i < digits.length; i++) {
			int digit = digits[digits.length - 1 - i];
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	private String phone(String areaCode) {
		return String.format("%s %02d %02d %02d %02d", areaCode, 10 + this.random.nextInt(89), this.random.nextInt(100),
				this.random.nextInt(100), this.random.nextInt(100));
	}

	private String mobile() {
		return String.format("0%d %02d %02d %02d %02d", 6 + this.random.nextInt(2), this.random.nextInt(100),
				this.random.nextInt(100), this.random.nextInt(100), this.random.nextInt(100));
	}

	static String slug(String text) {
		String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
