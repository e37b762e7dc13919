package org.demarche.infra.postgres;

import java.util.concurrent.CountDownLatch;

import org.demarche.infra.CommandLine;

/**
 * The local stack's PostgreSQL: {@code PostgresMain --data-dir D --port P --database A --database B}. Reuses the data
 * directory across restarts, creates missing databases, and stops the server cleanly on SIGTERM.
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine options = new CommandLine(args);
        PostgresServer server = PostgresServer.start(options.requiredPath("data-dir"), options.requiredPort("port"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "postgres-stop"));
        for (String database : options.all("database")) {
            server.ensureDatabase(database);
        }
        System.out.println("PostgreSQL ready on port " + server.port() + " with databases " + options.all("database"));
        stopped.await();
    }
}
