package org.budgetwatch.ingest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.budgetwatch.ingest.submission.Acceptance;
import org.budgetwatch.ingest.submission.SubmissionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Nobody writes without a key, however the path is spelled: every spelling that Tomcat and Spring MVC route to the
 * submission endpoint (percent-encoded letters, {@code ;} path parameters, repeated slashes, dot segments), and every
 * other path and method that could change something, is refused with 401 before the body is read; and a key's rate
 * counts every write it makes, whatever the path.
 */
@SpringBootTest(classes = IngestWebSlice.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=ingest",
        "budgetwatch.ingest.security.keys[0].name=crawler",
        "budgetwatch.ingest.security.keys[0].sha256=08016825dd04b1fb84aeb04c782879f00e83555ec577c6d5b768a1d5a2f1cd18",
        "budgetwatch.ingest.security.keys[0].requests-per-minute=100000",
        "budgetwatch.ingest.security.keys[1].name=slow",
        "budgetwatch.ingest.security.keys[1].sha256=222d0fdcd1587b6cb714278437c5dd51c8cfa297a9d3a598491dd149ff156676",
        "budgetwatch.ingest.security.keys[1].requests-per-minute=1",
        "budgetwatch.ingest.security.keys[2].name=patient",
        "budgetwatch.ingest.security.keys[2].sha256=40ad2c5036fb317e9d5437e9df2df3c04662a075cf5c618d5f2598bf900e95ca",
        "budgetwatch.ingest.security.keys[2].requests-per-minute=1"})
class WriteAuthenticationTest {

    private static final byte[] DISCLOSURE = "2024年某某局部门预算\n收支总表\n单位：万元\n项目\t预算数\n合计\t1.00\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @MockitoBean
    SubmissionService submissions;
    @MockitoBean
    DisclosureLedger ledger;

    @BeforeEach
    void acceptEverything() {
        clearInvocations(submissions);
        when(submissions.accept(any())).thenReturn(new Acceptance("a".repeat(64), true));
        when(ledger.inFlight()).thenReturn(0);
    }

    @Test
    void shouldAcceptASubmissionWithAValidKey() throws IOException {
        assertThat(post("/api/disclosures", IngestWebSlice.CRAWLER_KEY).status()).isEqualTo(202);
        verify(submissions).accept(any());
    }

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {
            "/api/disclosures",
            "/api/%64isclosures",          // an encoded letter: the raw URI is not /api/disclosures, the routed path is
            "/%61%70%69/%64isclosures",
            "/api;x=1/disclosures",        // path parameters: stripped before routing
            "/api/disclosures;x=1",
            "/api;/disclosures;",
            "//api//disclosures",          // repeated slashes: collapsed by the container
            "/api/disclosures/",           // a trailing slash
            "/x/../api/disclosures",       // dot segments: resolved by the container
            "/api/./disclosures",
            "/x/..;/api/disclosures",
            "/API/disclosures",            // another case: refused rather than left to the router
            "/Api/Disclosures",
            "/api/disclosures/anything",
            "/actuator/bindings/submissions-in-0",
            "/"})
    void shouldRefuseAWriteWithoutAKeyWhateverThePathSays(String path) throws IOException {
        RawHttp.Response response = post(path, null);

        assertThat(response.status()).as(response.head() + "\n" + response.body()).isEqualTo(401);
        assertThat(response.body()).contains("A valid API key is required");
        verify(submissions, never()).accept(any());
    }

    @ParameterizedTest(name = "{0} /api/disclosures")
    @ValueSource(strings = {"PUT", "PATCH", "DELETE", "TRACE", "PROPFIND", "post"})
    void shouldRefuseEveryOtherMethodThatCouldChangeSomethingWithoutAKey(String method) throws IOException {
        for (String path : new String[] {"/api/disclosures", "/api/%64isclosures", "/api;x=1/disclosures/" + "a".repeat(64)}) {
            Map.Entry<String, byte[]> body = RawHttp.multipartFile("d.txt", DISCLOSURE);
            RawHttp.Response response = RawHttp.send(port, method, path, Map.of("Content-Type", body.getKey()), body.getValue());

            assertThat(response.status()).as(method + " " + path + "\n" + response.head()).isIn(401, 405);
            if (!method.equals("TRACE")) { // Tomcat refuses TRACE itself, before any filter
                assertThat(response.status()).as(method + " " + path).isEqualTo(401);
            }
        }
        verify(submissions, never()).accept(any());
    }

    @ParameterizedTest(name = "{0} of a status")
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void shouldLeaveReadsOpenWhenTheyNeedNoKey(String method) throws IOException {
        when(ledger.status(any())).thenReturn(java.util.Optional.empty());

        RawHttp.Response response = RawHttp.send(port, method, "/api/disclosures/" + "b".repeat(64), Map.of(), null);

        assertThat(response.status()).isIn(200, 404);
    }

    @Test
    void shouldCountEveryWriteOfAKeyAgainstItsRateWhateverThePathSays() throws IOException {
        assertThat(post("/api/disclosures", IngestWebSlice.SLOW_KEY).status()).isEqualTo(202);

        RawHttp.Response second = post("/api;x=1/%64isclosures", IngestWebSlice.SLOW_KEY);

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.head()).containsIgnoringCase("Retry-After:");
    }

    @Test
    void shouldNotSpendAKeysRateOnSubmissionsThePipelineRefusedForTheTimeBeing() throws IOException {
        when(ledger.inFlight()).thenReturn(Integer.MAX_VALUE);
        for (int attempt = 0; attempt < 3; attempt++) {
            RawHttp.Response busy = post("/api/disclosures", IngestWebSlice.PATIENT_KEY);
            assertThat(busy.status()).as(busy.body()).isEqualTo(503);
            assertThat(busy.head()).containsIgnoringCase("Retry-After:");
        }
        when(ledger.inFlight()).thenReturn(0);

        assertThat(post("/api/disclosures", IngestWebSlice.PATIENT_KEY).status()).isEqualTo(202);
    }

    @Test
    void shouldTakeALongChineseFileNameAndRefuseAnAbsurdOneAsTooLongNotTooLarge() throws IOException {
        Map.Entry<String, byte[]> longName = RawHttp.multipartFile("预".repeat(300) + ".txt", DISCLOSURE);
        Map.Entry<String, byte[]> absurdName = RawHttp.multipartFile("预".repeat(5_000) + ".txt", DISCLOSURE);

        RawHttp.Response taken = RawHttp.send(port, "POST", "/api/disclosures",
                Map.of("Content-Type", longName.getKey(), "X-API-Key", IngestWebSlice.CRAWLER_KEY), longName.getValue());
        RawHttp.Response refused = RawHttp.send(port, "POST", "/api/disclosures",
                Map.of("Content-Type", absurdName.getKey(), "X-API-Key", IngestWebSlice.CRAWLER_KEY), absurdName.getValue());

        assertThat(taken.status()).as(taken.body()).isEqualTo(202);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("file name").doesNotContain("larger than");
    }

    private RawHttp.Response post(String path, String key) throws IOException {
        Map.Entry<String, byte[]> body = RawHttp.multipartFile("d.txt", DISCLOSURE);
        Map<String, String> headers = key == null ? Map.of("Content-Type", body.getKey())
                : Map.of("Content-Type", body.getKey(), "X-API-Key", key);
        return RawHttp.send(port, "POST", path, headers, body.getValue());
    }
}
