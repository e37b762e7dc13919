package org.demarche.infra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WithKafkaBrokerTest {

    @Test
    void theCommandFindsTheBrokerInItsEnvironmentAndItsExitCodeIsKept(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("env.txt");
        int exit = WithKafkaBroker.run(List.of("sh", "-c", "printf %s \"$KAFKA_BOOTSTRAP_SERVERS\" > " + out + "; exit 3"),
                "127.0.0.1:19092");
        assertEquals(3, exit);
        assertEquals("127.0.0.1:19092", Files.readString(out));
    }
}
