package fr.infotools.identity.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins are tolerated within a window, per account and per client
 * address, before further attempts answer 429.
 */
@ConfigurationProperties("infotools.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailuresPerUser,
		@DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration window) {

}
