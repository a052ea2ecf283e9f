package fr.infotools;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The InfoTools server: data, business rules, REST API and web front ends of the CRM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InfoToolsApplication {

	public static void main(String[] args) {
		SpringApplication.run(InfoToolsApplication.class, args);
	}

}
