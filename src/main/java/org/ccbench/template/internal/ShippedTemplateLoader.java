package org.ccbench.template.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the templates shipped in the jar ({@code benchmark-templates/} on the class path) and, if configured, a
 * directory of further or newer files, before anything else needs them.
 */
@Component
@Order(5)
class ShippedTemplateLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedTemplateLoader.class);

    private final TemplateStore store;
    private final String directory;

    ShippedTemplateLoader(TemplateStore store, @Value("${ccbench.templates.directory:}") String directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:benchmark-templates/*.yaml")) {
            files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
        }
        if (!directory.isBlank()) {
            try (Stream<Path> paths = Files.list(Path.of(directory))) {
                paths.filter(path -> path.getFileName().toString().endsWith(".yaml"))
                        .forEach(path -> files.put(path.getFileName().toString(), read(path)));
            }
        }
        store.loadShipped(files);
        store.problems().forEach(problem -> log.warn("Template problem: {}", problem));
        log.info("{} template versions available, {} problems", store.versions().size(), store.problems().size());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
