package org.sendtracker.http.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.fortuna.ical4j.model.TimeZoneLoader;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.MapTimeZoneCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feeds' time zone comes from ical4j's own definitions, never from the network: by default
 * ical4j asks www.tzurl.org for a newer one each time it loads a zone (docs/performance.md, "Cold
 * starts").
 */
class TimeZoneOfflineTest {

    /** Every address a connection asked a proxy for; each is sent to a closed local port. */
    private final List<URI> asked = new CopyOnWriteArrayList<>();

    private ProxySelector before;

    @BeforeEach
    void recordEveryConnection() {
        before = ProxySelector.getDefault();
        ProxySelector.setDefault(
                new ProxySelector() {
                    @Override
                    public List<Proxy> select(URI uri) {
                        asked.add(uri);
                        return List.of(
                                new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 1)));
                    }

                    @Override
                    public void connectFailed(URI uri, SocketAddress address, IOException e) {}
                });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(before);
    }

    @Test
    void updatesAreOff() {
        assertThat(new TimeZoneUpdater().isEnabled()).isFalse();
    }

    @Test
    void loadingLondonAfresh_connectsNowhere() throws Exception {
        VTimeZone london =
                new TimeZoneLoader("zoneinfo/", new MapTimeZoneCache())
                        .loadVTimeZone("Europe/London");

        assertThat(london.getTimeZoneId().orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(asked).isEmpty();
    }
}
