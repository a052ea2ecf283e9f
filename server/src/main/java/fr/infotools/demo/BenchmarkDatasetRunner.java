package fr.infotools.demo;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the benchmark dataset when {@code infotools.dataset.scale} is set (profile
 * {@code dataset}, see docs/performance.md), writes the accounts' LDIF when asked, then
 * stops the application unless {@code infotools.dataset.exit} is false.
 */
@Component
@ConditionalOnProperty(name = "infotools.dataset.scale")
class BenchmarkDatasetRunner implements ApplicationRunner {

	private final DataSource dataSource;

	private final Clock clock;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	BenchmarkDatasetRunner(DataSource dataSource, Clock clock, Environment environment,
			ConfigurableApplicationContext context) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		DatasetSize size = DatasetSize
			.of(this.environment.getRequiredProperty("infotools.dataset.scale", Double.class));
		String ldif = this.environment.getProperty("infotools.dataset.directory-file");
		String password = this.environment.getProperty("infotools.dataset.password");
		if (ldif != null) {
			BenchmarkDirectory.write(Path.of(ldif), size.reps(), password);
		}
		new BenchmarkDataset(this.dataSource, size,
				this.environment.getProperty("infotools.dataset.seed", Long.class, 20261128L),
				this.environment.getProperty("infotools.dataset.drafts", Integer.class, 0), this.clock.instant())
			.generate();
		if (this.environment.getProperty("infotools.dataset.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
