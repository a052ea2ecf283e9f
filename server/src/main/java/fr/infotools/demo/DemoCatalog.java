package fr.infotools.demo;

import java.util.List;

import fr.infotools.catalog.ProductCategory;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.shared.Money;
import fr.infotools.shared.VatRate;

/**
 * The 40 products of the demo catalogue: Info-Tools' own software, the hardware it sizes
 * and installs, and its services.
 */
final class DemoCatalog {

	private DemoCatalog() {
	}

	static final List<ProductDetails> PRODUCTS = List.of(software("LOG-CRM-USR", "InfoTools CRM — licence utilisateur",
			"Licence annuelle par utilisateur du CRM InfoTools, mises à jour comprises.", "390.00", "60.00", true),
			software("LOG-CRM-SRV", "InfoTools CRM — licence serveur",
					"Licence perpétuelle du serveur CRM pour une société, jusqu'à 200 utilisateurs.", "4900.00",
					"700.00", true),
			software("LOG-GESCO", "InfoTools Gestion commerciale",
					"Devis, commandes, factures et relances clients, en licence annuelle.", "1490.00", "210.00", true),
			software("LOG-COMPTA", "InfoTools Compta PME",
					"Comptabilité générale et analytique, liasses fiscales, licence annuelle.", "1190.00", "180.00",
					false),
			software("LOG-PAIE", "InfoTools Paie", "Bulletins de paie, DSN et gestion des absences, licence annuelle.",
					"1290.00", "190.00", false),
			software("LOG-STOCK", "InfoTools Stock & Logistique",
					"Gestion d'entrepôt, inventaires tournants et traçabilité par lot.", "1690.00", "250.00", false),
			software("LOG-MOBILE", "InfoTools Mobile commerciaux",
					"Application mobile de prise de rendez-vous et de commandes.", "290.00", "40.00", false),
			software("LOG-SAUVEG", "InfoTools Sauvegarde cloud 1 To",
					"Sauvegarde chiffrée hors site, 1 To, abonnement annuel.", "480.00", "160.00", false),
			software("LOG-ANTIVIR", "Protection postes — licence 1 an",
					"Antivirus et pare-feu géré pour un poste, abonnement annuel.", "45.00", "18.00", false),
			software("LOG-OFFICE", "Suite bureautique — licence 1 an",
					"Suite bureautique et messagerie pour un utilisateur, abonnement annuel.", "126.00", "98.00",
					false),
			hardware(ProductCategory.SERVER, "SRV-TOUR-T150", "Serveur tour T150 (Xeon E, 32 Go, 2×2 To)",
					"Serveur tour pour TPE : partage de fichiers, CRM et sauvegarde locale.", "2290.00", "1650.00",
					true, 3),
			hardware(ProductCategory.SERVER, "SRV-RACK-R350", "Serveur rack R350 (Xeon, 64 Go, 4×1,2 To SAS)",
					"Serveur rack 1U pour PME, RAID matériel et double alimentation.", "4890.00", "3600.00", true, 2),
			hardware(ProductCategory.SERVER, "SRV-RACK-R750", "Serveur rack R750 (2×Xeon, 256 Go)",
					"Serveur de virtualisation 2U pour les infrastructures critiques.", "11900.00", "8900.00", false,
					1),
			hardware(ProductCategory.SERVER, "SRV-NAS-4B", "NAS 4 baies 16 To",
					"Stockage réseau pour sauvegardes et partages, 4 disques de 4 To.", "1390.00", "980.00", false, 3),
			hardware(ProductCategory.SERVER, "SRV-ONDULEUR", "Onduleur rack 1500 VA",
					"Protection électrique des serveurs, arrêt propre piloté par réseau.", "690.00", "455.00", false,
					3),
			hardware(ProductCategory.SERVER, "SRV-BAIE-12U", "Baie de brassage 12U",
					"Baie murale 12U avec panneau de brassage et passe-câbles.", "540.00", "330.00", false, 2),
			hardware(ProductCategory.WORKSTATION, "PC-BUREAU-I5", "PC de bureau Core i5, 16 Go, SSD 512 Go",
					"Poste bureautique silencieux, Windows 11 Pro préinstallé.", "849.00", "610.00", true, 8),
			hardware(ProductCategory.WORKSTATION, "PC-BUREAU-I7", "PC de bureau Core i7, 32 Go, SSD 1 To",
					"Poste pour les usages intensifs (comptabilité, CAO légère).", "1290.00", "930.00", false, 5),
			hardware(ProductCategory.WORKSTATION, "PC-PORT-14", "Portable 14\" Core i5, 16 Go",
					"Portable léger pour commerciaux itinérants, autonomie 12 h.", "1090.00", "790.00", true, 6),
			hardware(ProductCategory.WORKSTATION, "PC-PORT-16", "Portable 16\" Core i7, 32 Go",
					"Portable performant avec écran 16\" pour les postes nomades exigeants.", "1590.00", "1170.00",
					false, 4),
			hardware(ProductCategory.WORKSTATION, "PC-ECRAN-24", "Écran 24\" Full HD",
					"Écran IPS 24 pouces réglable en hauteur.", "189.00", "121.00", false, 10),
			hardware(ProductCategory.WORKSTATION, "PC-ECRAN-27", "Écran 27\" QHD",
					"Écran IPS 27 pouces QHD avec concentrateur USB-C.", "329.00", "219.00", false, 6),
			hardware(ProductCategory.WORKSTATION, "PC-DOCK-USBC", "Station d'accueil USB-C",
					"Station d'accueil double écran, Ethernet et charge 90 W.", "219.00", "139.00", false, 8),
			hardware(ProductCategory.WORKSTATION, "PC-TERM-TPV", "Terminal point de vente tactile",
					"Terminal tactile 15\" pour la caisse et l'accueil.", "990.00", "720.00", false, 3),
			hardware(ProductCategory.WORKSTATION, "PC-IMPR-LASER", "Imprimante laser couleur réseau",
					"Imprimante multifonction A4 couleur, recto verso et scan réseau.", "459.00", "310.00", false, 4),
			hardware(ProductCategory.NETWORK, "NET-SW-24P", "Switch 24 ports PoE+ administrable",
					"Commutateur niveau 2 avec VLAN, PoE+ 370 W.", "649.00", "430.00", true, 4),
			hardware(ProductCategory.NETWORK, "NET-SW-48P", "Switch 48 ports administrable",
					"Commutateur 48 ports gigabit et 4 liens SFP+.", "1190.00", "820.00", false, 2),
			hardware(ProductCategory.NETWORK, "NET-PAREFEU", "Pare-feu UTM PME",
					"Pare-feu avec filtrage web, VPN et antivirus de passerelle.", "1490.00", "990.00", true, 2),
			hardware(ProductCategory.NETWORK, "NET-BORNE-WIFI", "Borne Wi-Fi 6 professionnelle",
					"Point d'accès Wi-Fi 6 géré, alimentation PoE.", "259.00", "165.00", false, 8),
			hardware(ProductCategory.NETWORK, "NET-ROUTEUR-4G", "Routeur 4G/5G de secours",
					"Lien internet de secours automatique pour les sites distants.", "420.00", "285.00", false, 3),
			hardware(ProductCategory.NETWORK, "NET-CABLE-KIT", "Kit de câblage RJ45 cat. 6 (50 cordons)",
					"Cordons de brassage de 0,5 à 3 m pour baie ou bureaux.", "149.00", "82.00", false, 5),
			hardware(ProductCategory.NETWORK, "NET-SFP-10G", "Module SFP+ 10 Gb/s",
					"Module optique 10 Gb/s pour liens entre commutateurs.", "89.00", "52.00", false, 10),
			service("SRV-INSTALL-J", "Installation sur site (jour)",
					"Journée de technicien pour installer et configurer le matériel livré.", "690.00", "320.00",
					VatRate.STANDARD, true),
			service("SRV-AUDIT", "Audit d'infrastructure",
					"Audit du réseau, des serveurs et de la sécurité, avec rapport et préconisations.", "1800.00",
					"850.00", VatRate.STANDARD, true),
			service("SRV-FORMATION", "Formation utilisateurs (jour)",
					"Formation sur site ou à distance, jusqu'à 8 participants.", "950.00", "400.00", VatRate.STANDARD,
					false),
			service("SRV-MAINT-AN", "Contrat de maintenance annuel",
					"Support téléphonique, télémaintenance et intervention sous 8 h ouvrées.", "1200.00", "480.00",
					VatRate.STANDARD, false),
			service("SRV-MIGRATION", "Migration de données", "Reprise des données de l'ancien logiciel vers InfoTools.",
					"1500.00", "700.00", VatRate.STANDARD, false),
			service("SRV-DEV-J", "Développement spécifique (jour)",
					"Journée de développement pour adapter InfoTools à vos processus.", "750.00", "350.00",
					VatRate.STANDARD, false),
			service("SRV-HEBERG", "Hébergement CRM (mois)",
					"Hébergement du CRM dans notre centre de données en France, par mois.", "190.00", "70.00",
					VatRate.STANDARD, false),
			new ProductDetails("DOC-MANUEL", "Manuel utilisateur imprimé",
					"Guide utilisateur relié du CRM InfoTools, imprimé à la demande (livre : TVA à 5,5 %).",
					ProductCategory.SOFTWARE, Money.euros("39.00"), Money.euros("12.00"), VatRate.REDUCED, false, true,
					false, 0));

	private static ProductDetails software(String sku, String name, String description, String price, String cost,
			boolean featured) {
		return new ProductDetails(sku, name, description, ProductCategory.SOFTWARE, Money.euros(price),
				Money.euros(cost), VatRate.STANDARD, featured, true, false, 0);
	}

	private static ProductDetails hardware(ProductCategory category, String sku, String name, String description,
			String price, String cost, boolean featured, int reorderLevel) {
		return new ProductDetails(sku, name, description, category, Money.euros(price), Money.euros(cost),
				VatRate.STANDARD, featured, true, true, reorderLevel);
	}

	private static ProductDetails service(String sku, String name, String description, String price, String cost,
			VatRate rate, boolean featured) {
		return new ProductDetails(sku, name, description, ProductCategory.SERVICE, Money.euros(price),
				Money.euros(cost), rate, featured, true, false, 0);
	}

}
