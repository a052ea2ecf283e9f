package fr.infotools.customer;

/** A record's id and the name lists show for it, read without loading the record. */
record IdName(long id, String name) {

}
