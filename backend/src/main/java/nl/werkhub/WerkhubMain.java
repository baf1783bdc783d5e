package nl.werkhub;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import nl.werkhub.loaddata.GenerateCommand;

/**
 * The backend's entry point: without arguments the server, with {@code generate ...} the data
 * generator (docs/data.md), which runs beside a running backend against the same database. It opens
 * no HTTP port, loads no demo data and runs no scheduled jobs: it only writes what it was asked to.
 */
@QuarkusMain
public class WerkhubMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("generate")) {
            // runtime configuration, read when the application starts below
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("werkhub.demo-data.enabled", "false");
            System.setProperty("werkhub.retention.cron", "off");
            System.setProperty("quarkus.scheduler.enabled", "false");
            System.setProperty("quarkus.banner.enabled", "false");
            Quarkus.run(GenerateCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
