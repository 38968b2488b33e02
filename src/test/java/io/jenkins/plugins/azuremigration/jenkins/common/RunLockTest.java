package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per report folder: a resumed run takes over from its own earlier run, another step is refused. */
class RunLockTest {
    @TempDir
    Path out;

    @Test
    void anotherStepUsingTheSameFolderIsRefusedAtOnceNamingTheHolder() throws Exception {
        try (RunLock first = RunLock.acquire(out.resolve(".lock"), out.resolve(".stop-requested"), "build#4 copy dc1",
                Duration.ofSeconds(30), line -> { })) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> RunLock.acquire(out.resolve(".lock"), out.resolve(".stop-requested"),
                    "build#4 copy dc2", Duration.ofSeconds(30), line -> { }))
                    .isInstanceOf(AbortException.class)
                    .hasMessageStartingWith("Another run (build#4 copy dc1) is using the report folder "
                            + out.getFileName() + " of this workspace: a parallel step (give each its own out:)");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(out.resolve(".stop-requested")).doesNotExist();
        }
    }

    @Test
    void theSameStepResumedAsksItsEarlierRunToStopAndTakesOverWhenItEnds() throws Exception {
        Path stopFile = out.resolve(".stop-requested");
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        RunLock earlier = RunLock.acquire(out.resolve(".lock"), stopFile, "build#4 copy 1", Duration.ofSeconds(30),
                log::add);
        AtomicReference<Object> resumed = new AtomicReference<>();
        Thread resuming = new Thread(() -> {
            try (RunLock lock = RunLock.acquire(out.resolve(".lock"), stopFile, "build#4 copy 1",
                    Duration.ofSeconds(30), log::add)) {
                resumed.set(Files.readString(out.resolve(".lock")));
            } catch (Exception e) {
                resumed.set(e);
            }
        });
        resuming.start();
        while (!Files.exists(stopFile)) {
            Thread.sleep(20);
        }

        assertThat(Files.readString(stopFile)).as("the stop file names the run it stops")
                .isEqualTo(RunLock.takeoverMarker("build#4 copy 1"));
        earlier.close();
        resuming.join(10_000);

        assertThat(resumed.get()).isEqualTo("build#4 copy 1");
        assertThat(stopFile).as("the resumed run removes the stop file it wrote").doesNotExist();
        assertThat(log).singleElement().asString().contains("asking it to stop at its checkpoint");
    }

    @Test
    void anAbortOfTheResumedRunWrittenDuringTheTakeoverIsKept() throws Exception {
        Path stopFile = out.resolve(".stop-requested");
        RunLock earlier = RunLock.acquire(out.resolve(".lock"), stopFile, "build#4 copy 1", Duration.ofSeconds(30),
                line -> { });
        Thread resuming = new Thread(() -> {
            try (RunLock lock = RunLock.acquire(out.resolve(".lock"), stopFile, "build#4 copy 1",
                    Duration.ofSeconds(30), line -> { })) {
                // taken over
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        resuming.start();
        while (!Files.exists(stopFile)) {
            Thread.sleep(20);
        }
        Files.writeString(stopFile, "build#4 copy 1");
        earlier.close();
        resuming.join(10_000);

        assertThat(stopFile).as("the user's abort stays for the resumed run to honour").hasContent("build#4 copy 1");
    }
}
