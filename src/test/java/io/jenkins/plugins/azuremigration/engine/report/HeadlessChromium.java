package io.jenkins.plugins.azuremigration.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, for rendering the HTML report as a person would see it. The browser is cut off from
 * the network whatever a page asks for: every request goes to a proxy on 127.0.0.1 and every host name (the proxy's
 * included) resolves to "not found" inside Chromium, so nothing leaves the machine, not even a DNS query. Its net
 * log still records every request a page attempts, which is what {@link #pageRequests} reads.
 */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed and how long it took, wall clock, browser start included. */
    record Run(String stdout, String stderr, Duration elapsed) {
    }

    private final Path work;

    HeadlessChromium(Path work) {
        this.work = work;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** The DOM after loading {@code page}, with the net log written to {@code netLog}. */
    Run dumpDom(Path page, Path netLog) throws IOException, InterruptedException {
        return run(page, "--dump-dom", "--log-net-log=" + netLog);
    }

    /** A PNG of the first {@code width × height} pixels of the page. */
    Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        return run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars");
    }

    private Run run(Path page, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--no-pings", "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter",
                "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile));
        command.addAll(List.of(action));
        command.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile(work, "chromium", ".out");
        Path err = Files.createTempFile(work, "chromium", ".err");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT + ": " + command);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("Chromium exited with " + process.exitValue() + ": " + stderr);
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), stderr, elapsed);
    }

    /**
     * Every URL the page itself asked for, read from a Chromium net log. The browser process also makes requests of
     * its own (update checks, account lookups) that no flag turns off; they carry no page as initiator and an
     * isolation key without the page's file:// site, so they are told apart from the page's.
     */
    static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = JSON.readTree(netLog.toFile());
        Map<Integer, String> types = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = log.path("constants").path("logEventTypes").fields();
                it.hasNext();) {
            Map.Entry<String, JsonNode> type = it.next();
            types.put(type.getValue().asInt(), type.getKey());
        }
        List<String> requests = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            String type = types.get(event.path("type").asInt());
            if (!"URL_REQUEST_START_JOB".equals(type) && !"HTTP_STREAM_JOB_CONTROLLER".equals(type)
                    && !"HOST_RESOLVER_MANAGER_JOB".equals(type)) {
                continue;
            }
            String initiator = params.path("initiator").asText("");
            String isolation = params.path("network_isolation_key").asText("")
                    + params.path("network_anonymization_key").asText("");
            boolean byThePage = initiator.equals("null") || initiator.startsWith("file:")
                    || isolation.contains("file://");
            if (byThePage) {
                requests.add(params.path("url").asText(params.path("host").asText("?")));
            }
        }
        return requests;
    }

    /** Every URL in the log that is not a file: URL, whoever asked, for a failure message. */
    static List<String> allUrls(Path netLog) throws IOException {
        List<String> urls = new ArrayList<>();
        for (JsonNode event : JSON.readTree(netLog.toFile()).path("events")) {
            String url = event.path("params").path("url").asText("");
            if (!url.isEmpty() && !url.startsWith("file:") && !urls.contains(url)) {
                urls.add(url);
            }
        }
        return urls;
    }
}
