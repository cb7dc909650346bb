package org.sendtracker.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A function's handler built by the local API gateway gets the runner's context without the power
 * to stop it: Micronaut's payload 2.0 handler stops its context from a JVM shutdown hook of its
 * own, which deadlocked with the runner's hook (docs/design.md, "Stopping").
 */
class UnclosableContextTest {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    /** A context that records what is asked of it, answering as a running one would. */
    private final ApplicationContext runners =
            (ApplicationContext)
                    Proxy.newProxyInstance(
                            ApplicationContext.class.getClassLoader(),
                            new Class<?>[] {ApplicationContext.class},
                            (proxy, method, args) -> {
                                calls.add(method.getName());
                                return method.getReturnType() == boolean.class ? true : null;
                            });

    @Test
    void stoppingOrClosingItThroughTheHandler_leavesTheRunnersContextAlone() throws Exception {
        ApplicationContext given = LocalApiGateway.unclosable(runners);

        given.close();
        assertThat(given.stop()).isSameAs(given);

        assertThat(calls).isEmpty();
    }

    @Test
    void everythingElse_isTheRunnersContext() {
        ApplicationContext given = LocalApiGateway.unclosable(runners);

        assertThat(given.isRunning()).isTrue();
        given.findBean(String.class);

        assertThat(calls).containsExactly("isRunning", "findBean");
    }
}
