package org.demarche.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} options of the local-stack mains; an option may repeat. */
public final class CommandLine {

    private final Map<String, List<String>> options = new LinkedHashMap<>();

    public CommandLine(String... args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + name + "'");
            }
            options.computeIfAbsent(name.substring(2), key -> new ArrayList<>()).add(args[++i]);
        }
    }

    public String required(String name) {
        List<String> values = options.get(name);
        if (values == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return values.get(values.size() - 1);
    }

    public Path requiredPath(String name) {
        return Path.of(required(name)).toAbsolutePath();
    }

    public int requiredPort(String name) {
        return Integer.parseInt(required(name));
    }

    public List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }
}
