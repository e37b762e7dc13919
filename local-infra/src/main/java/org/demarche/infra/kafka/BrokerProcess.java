package org.demarche.infra.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.Uuid;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Main class of the broker child JVM: formats the storage if it is new, then runs Kafka in the foreground.
 *
 * <p>The parent holds this process' stdin open. When the parent dies, even by SIGKILL, stdin reaches end-of-file
 * and the broker shuts down instead of outliving it.
 */
public final class BrokerProcess {

    private BrokerProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path properties = Path.of(args[0]);
        exitWhenParentGoesAway(System.in);
        if (!isFormatted(properties)) {
            String clusterId = Uuid.randomUuid().toString();
            int formatted = StorageTool.execute(new String[] {
                    "format", "--cluster-id", clusterId, "--config", properties.toString()}, System.out);
            if (formatted != 0) {
                System.err.println("formatting the Kafka storage failed with code " + formatted);
                System.exit(formatted);
            }
        }
        Kafka.main(new String[] {properties.toString()});
    }

    /** A formatted log directory keeps its cluster id in meta.properties; formatting again would need the same id. */
    private static boolean isFormatted(Path properties) throws IOException {
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(properties)) {
            config.load(reader);
        }
        return Files.exists(Path.of(config.getProperty("log.dirs")).resolve("meta.properties"));
    }

    private static void exitWhenParentGoesAway(InputStream parentPipe) {
        Thread watcher = new Thread(() -> {
            try {
                while (parentPipe.read() >= 0) {
                    // the parent never writes; anything read is ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end-of-file
            }
            System.exit(0);
        }, "parent-watcher-" + UUID.randomUUID());
        watcher.setDaemon(true);
        watcher.start();
    }
}
