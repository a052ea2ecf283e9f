/**
 * What every feature module uses: money, entity base class, errors and their HTTP
 * mapping.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.infotools.shared;
