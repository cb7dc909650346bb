package org.sendtracker.http.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs {@code n} requests at once: every thread waits at a start gate, so the requests reach the
 * server together and read the same version before any of them writes.
 */
public final class Race {

    private Race() {}

    public static List<ApiStack.Response> of(int n, IntFunction<ApiStack.Response> request) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiStack.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(
                        threads.submit(
                                () -> {
                                    ready.countDown();
                                    start.await();
                                    return request.apply(index);
                                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the threads did not reach the start gate");
            }
            start.countDown();
            List<ApiStack.Response> responses = new ArrayList<>();
            for (Future<ApiStack.Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a racing request failed", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
