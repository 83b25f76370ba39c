package org.fedoraproject.hubs.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which state-changing browser requests count as coming from Hubs' own pages. */
class CrossSiteCheckTest {

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}, Host {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "same-origin, -,                       hubs.example,   true",
            "none,        -,                       hubs.example,   true",
            "same-site,   https://hubs.example,    hubs.example,   false",
            "cross-site,  https://hubs.example,    hubs.example,   false",
            "-,           https://hubs.example,    hubs.example,   true",
            "-,           http://127.0.0.1:8080,   127.0.0.1:8080, true",
            "-,           http://127.0.0.1:9999,   127.0.0.1:8080, false",
            "-,           https://attacker.example, hubs.example,  false",
            "-,           null,                    hubs.example,   false",
            "-,           -,                       hubs.example,   true",
    })
    void sameSite(String fetchSite, String origin, String host, boolean expected) {
        assertThat(CrossSiteCheck.sameSite(fetchSite, origin, host)).isEqualTo(expected);
    }
}
