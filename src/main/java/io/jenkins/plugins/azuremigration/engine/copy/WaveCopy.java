package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.MachineFinished;
import io.jenkins.plugins.azuremigration.engine.copy.CopyEvent.MachineStarted;
import io.jenkins.plugins.azuremigration.engine.wave.CopyMode;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The copy stage of a wave: machines admitted at most {@code copy.batchSize} at a time (a rolling window, or strict
 * batches), their disks copied over one shared pool of {@code copy.connections}, checkpointed chunk by chunk. A
 * failed machine never stops the others; a stop (window end, request) lets in-flight chunks land and ends cleanly.
 */
public final class WaveCopy {
    private final Wave wave;
    private final CopyContext context;
    private final ExecutorService machines;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ConcurrentHashMap<String, MachineResult> results = new ConcurrentHashMap<>();
    private final List<String> warnings;

    private WaveCopy(Wave wave, CopyContext context, List<String> warnings) {
        this.wave = wave;
        this.context = context;
        this.warnings = warnings;
        this.machines = Executors.newFixedThreadPool(wave.copy().batchSize(), named("wave-machine"));
    }

    private static final java.time.Duration POOL_SHUTDOWN = java.time.Duration.ofSeconds(60);

    /** Copies the wave's machines; returns every machine's result, in wave order. */
    public static CopyReport run(Wave wave, CopyOptions options, CopyListener listener)
            throws IOException, InterruptedException {
        StopSignal stop = options.stopSignal() != null ? options.stopSignal()
                : StopSignal.windowEndingAt(wave.copy().stopAt(), options.clock());
        ExecutorService uploads = Executors.newFixedThreadPool(wave.copy().connections(), named("wave-upload"));
        ExecutorService digests = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                named("wave-digest"));
        try (CopyJournal journal = CopyJournal.open(options.journal())) {
            BlobTargets targets = new BlobTargets(wave.storage(), options.httpClient(), options.retry(),
                    options.storageCredential());
            List<String> warnings = Collections.synchronizedList(new ArrayList<>());
            CopyListener collecting = event -> {
                if (event instanceof CopyEvent.Warning warning) {
                    warnings.add(warning.machine() + ": " + warning.message());
                }
                listener.on(event);
            };
            CopyContext context = new CopyContext(options, journal, targets, uploads, digests,
                    BandwidthLimiter.forMegabits(wave.copy().capMbps()), Retrier.sleeping(options.retry()),
                    collecting, stop);
            return new WaveCopy(wave, context, warnings).copyAll();
        } finally {
            uploads.shutdownNow();
            digests.shutdownNow();
            // nothing of this run may still append to the journal once it returns (a resumed run may open it next)
            awaitTermination(uploads);
            awaitTermination(digests);
        }
    }

    /**
     * Waits for the pool's threads to end, even when this thread is interrupted (that is when it matters most: a
     * stopped run must not leave uploads behind), then keeps the interruption for the caller.
     */
    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + POOL_SHUTDOWN.toNanos();
        while (!pool.isTerminated() && System.nanoTime() < deadline) {
            try {
                pool.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private CopyReport copyAll() throws InterruptedException {
        Instant started = context.now();
        Optional<SasExpiry.Verdict> sas = SasExpiry.check(wave, started, context.stop().windowEnd());
        if (sas.isPresent() && sas.get().expired()) {
            List<MachineResult> failed = wave.machines().stream().map(m -> m.isSkipped()
                    ? MachineResult.notRun(m.name(), CopyStatus.SKIPPED, m.skipReason())
                    : MachineResult.notRun(m.name(), CopyStatus.FAILED, sas.get().message())).toList();
            return new CopyReport(wave.name(), started, context.now(), failed, null, List.of(sas.get().message()));
        }
        sas.ifPresent(verdict -> context.listener().on(new CopyEvent.Warning(started, "wave", verdict.message())));
        try {
            List<Machine> eligible = new ArrayList<>();
            for (Machine machine : wave.machines()) {
                if (machine.isSkipped()) {
                    results.put(machine.name(), MachineResult.notRun(machine.name(), CopyStatus.SKIPPED, machine.skipReason()));
                } else {
                    eligible.add(machine);
                }
            }
            if (wave.copy().mode() == CopyMode.BATCHES) {
                copyInBatches(eligible);
            } else {
                copyRolling(eligible);
            }
        } finally {
            machines.shutdownNow();
        }
        List<MachineResult> ordered = wave.machines().stream().map(m -> results.get(m.name())).toList();
        return new CopyReport(wave.name(), started, context.now(), ordered, context.stop().reason(), warnings);
    }

    private void copyRolling(List<Machine> eligible) throws InterruptedException {
        int batchSize = wave.copy().batchSize();
        Semaphore window = new Semaphore(batchSize);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            Machine machine = eligible.get(i);
            window.acquire();
            if (context.stop().isStopping()) {
                window.release();
                results.put(machine.name(), MachineResult.notRun(machine.name(), CopyStatus.NOT_ATTEMPTED,
                        context.stop().reason()));
                continue;
            }
            running.add(start(machine, i / batchSize + 1).whenComplete((ok, failure) -> window.release()));
        }
        awaitAll(running);
    }

    private void copyInBatches(List<Machine> eligible) throws InterruptedException {
        int batchSize = wave.copy().batchSize();
        for (int first = 0; first < eligible.size(); first += batchSize) {
            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (Machine machine : eligible.subList(first, Math.min(first + batchSize, eligible.size()))) {
                if (context.stop().isStopping()) {
                    results.put(machine.name(), MachineResult.notRun(machine.name(), CopyStatus.NOT_ATTEMPTED,
                            context.stop().reason()));
                } else {
                    batch.add(start(machine, first / batchSize + 1));
                }
            }
            awaitAll(batch);
        }
    }

    private CompletableFuture<Void> start(Machine machine, int batch) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        machines.execute(() -> {
            int nowInFlight = inFlight.incrementAndGet();
            context.listener().on(new MachineStarted(context.now(), machine.name(), batch, nowInFlight));
            MachineResult result = MachineResult.notRun(machine.name(), CopyStatus.FAILED, "ended without a result");
            try {
                result = new MachineCopy(context, machine, wave.folder(), batch).run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = MachineResult.notRun(machine.name(), CopyStatus.STOPPED, "interrupted");
            } catch (RuntimeException e) {
                // one machine's bug must not take the wave down; the report names it (by type: messages may quote URLs)
                result = MachineResult.notRun(machine.name(), CopyStatus.FAILED, "unexpected "
                        + e.getClass().getSimpleName());
            } catch (Error e) {
                result = MachineResult.notRun(machine.name(), CopyStatus.FAILED, e.getClass().getSimpleName()
                        + (e instanceof OutOfMemoryError ? ": give the JVM more heap or lower copy.connections" : ""));
                throw e;
            } finally {
                // always, even for an Error: the admission loop waits on this machine to free its slot
                results.put(machine.name(), result);
                context.listener().on(new MachineFinished(context.now(), machine.name(), result.status(),
                        inFlight.decrementAndGet(), result.error()));
                done.complete(null);
            }
        });
        return done;
    }

    private static void awaitAll(List<CompletableFuture<Void>> futures) throws InterruptedException {
        for (CompletableFuture<Void> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("machine tasks complete normally", e.getCause());
            }
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
