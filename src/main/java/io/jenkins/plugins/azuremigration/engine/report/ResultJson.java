package io.jenkins.plugins.azuremigration.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;

/** Stage results as JSON files (ISO-8601 times and durations), written atomically. */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    public static void write(Path file, Object result) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(result));
    }

    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
