package fr.infotools.mobile.agenda;

/**
 * One of the rep's prospects or customers, as much as the phone needs of it.
 */
public record Customer(long id, String companyName, String city, String phone) {

}
