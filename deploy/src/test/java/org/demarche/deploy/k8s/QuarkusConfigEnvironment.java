package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a Quarkus service reads, as declared by its application.properties: every property
 * can be overridden through its environment name (`a.b-c` and `%prod.a.b-c` by `A_B_C`), and every
 * `${name:default}` expression looks `name` up the same way.
 */
final class QuarkusConfigEnvironment {

    private static final Pattern PROFILE_PREFIX = Pattern.compile("^%[^.]+\\.");
    private static final Pattern EXPRESSION_NAME = Pattern.compile("\\$\\{([^:}${]+)");
    private static final Pattern NOT_ENV_CHARACTER = Pattern.compile("[^A-Za-z0-9_]");

    private QuarkusConfigEnvironment() {
    }

    static Set<String> readBy(Path applicationProperties) {
        if (!Files.isRegularFile(applicationProperties)) {
            return fail(applicationProperties + " does not exist: cannot tell which environment variables the"
                    + " service reads");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(applicationProperties, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return fail("Cannot read " + applicationProperties, e);
        }
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            names.add(envName(key));
            Matcher expression = EXPRESSION_NAME.matcher(properties.getProperty(key));
            while (expression.find()) {
                names.add(envName(expression.group(1).trim()));
            }
        }
        return names;
    }

    /** Quarkus' mapping of a property name to the environment variable that overrides it in every profile. */
    static String envName(String property) {
        String withoutProfile = PROFILE_PREFIX.matcher(property).replaceFirst("");
        return NOT_ENV_CHARACTER.matcher(withoutProfile).replaceAll("_").toUpperCase(Locale.ROOT);
    }
}
