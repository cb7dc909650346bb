package org.sendtracker.infrastructure.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Independent reads (queries of different partitions or key ranges) run at once, at most {@value
 * #AT_ONCE} at a time, their results put together in the order the reads were given: the same list
 * the reads made one after another would give. A read's failure is the caller's, unwrapped, and the
 * reads not yet done are cancelled. The threads are daemons, made on first use and ended after a
 * minute idle, so nothing is started at init (or held in a SnapStart snapshot) and nothing keeps a
 * JVM alive. A read never submits another here, so the bound cannot deadlock.
 */
final class ParallelReads {

    /** Reads in flight at once, per process. */
    static final int AT_ONCE = 4;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final ThreadPoolExecutor POOL = pool();

    private ParallelReads() {}

    private static ThreadPoolExecutor pool() {
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(
                        AT_ONCE,
                        AT_ONCE,
                        60,
                        TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(),
                        task -> {
                            Thread thread =
                                    new Thread(task, "dynamodb-read-" + THREADS.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Every read's items, in the order of {@code reads}; a single read runs on the caller's thread.
     */
    static <T> List<T> inOrder(List<Supplier<List<T>>> reads) {
        List<T> all = new ArrayList<>();
        each(reads).forEach(all::addAll);
        return all;
    }

    /** Every read's result, in the order of {@code reads}. */
    static <T> List<T> each(List<? extends Supplier<T>> reads) {
        if (reads.size() == 1) {
            return List.of(reads.get(0).get());
        }
        List<CompletableFuture<T>> running = new ArrayList<>(reads.size());
        for (Supplier<T> read : reads) {
            running.add(CompletableFuture.supplyAsync(read, POOL));
        }
        List<T> all = new ArrayList<>(reads.size());
        try {
            for (Future<T> read : running) {
                all.add(read.get());
            }
        } catch (ExecutionException | CompletionException e) {
            running.forEach(read -> read.cancel(true));
            throw unwrapped(e.getCause());
        } catch (InterruptedException e) {
            running.forEach(read -> read.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading");
        }
        return all;
    }

    private static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
