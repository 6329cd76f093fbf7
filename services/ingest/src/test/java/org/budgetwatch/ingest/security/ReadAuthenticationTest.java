package org.budgetwatch.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.budgetwatch.ingest.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Where reads of the status API need a key, no spelling of its path reads it without one. */
@SpringBootTest(classes = IngestWebSlice.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=ingest",
        "budgetwatch.ingest.security.reads-require-key=true",
        "budgetwatch.ingest.security.keys[0].name=crawler",
        "budgetwatch.ingest.security.keys[0].sha256=08016825dd04b1fb84aeb04c782879f00e83555ec577c6d5b768a1d5a2f1cd18"})
class ReadAuthenticationTest {

    private static final String ID = "c".repeat(64);

    @LocalServerPort
    int port;
    @MockitoBean
    SubmissionService submissions;
    @MockitoBean
    DisclosureLedger ledger;

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/disclosures/", "/api/%64isclosures/", "/api;x=1/disclosures/", "//api/disclosures/",
            "/x/../api/disclosures/", "/x/..;/api/disclosures/", "/API/disclosures/", "/%41PI/disclosures/"})
    void shouldRefuseAReadWithoutAKeyWhateverThePathSays(String path) throws IOException {
        assertThat(RawHttp.send(port, "GET", path + ID, Map.of(), null).status()).isEqualTo(401);
        assertThat(RawHttp.send(port, "HEAD", path + ID, Map.of(), null).status()).isEqualTo(401);
    }

    @Test
    void shouldAnswerAReadWithAKey() throws IOException {
        when(ledger.status(any())).thenReturn(Optional.empty());

        RawHttp.Response response = RawHttp.send(port, "GET", "/api/disclosures/" + ID, Map.of("X-API-Key", IngestWebSlice.CRAWLER_KEY), null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("No document with id " + ID);
    }
}
