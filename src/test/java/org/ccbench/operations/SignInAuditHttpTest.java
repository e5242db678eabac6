package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-ins through the real login form over HTTP are in the audit log: a success, a wrong password and a name that
 * belongs to nobody, each with the name that was tried and the client's address, although nobody is signed in yet.
 */
@OperationsHttpTest
class SignInAuditHttpTest {

    private static final String VENDOR = "vendor@callcenter-delta.example";
    /** The test client's address, IPv4 or IPv6. */
    private static final List<Object> LOCAL = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Test
    void aWrongPasswordIsRecordedAsAFailedSignInOfThatUser() throws Exception {
        long before = lastId();
        HttpResponse<String> login = Http.localhost(port).signIn("username=vendor%40callcenter-delta.example&password=not-the-password");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("error"));

        List<Record> events = eventsAfter(before);
        assertThat(events).extracting(row -> row.get("action"), row -> row.get("actor"),
                row -> row.get("subject_type"), row -> row.get("detail"))
                .containsExactly(tuple("SIGN_IN_FAILED", VENDOR, "app_user", "wrong user name or password"));
        assertThat(events.getFirst().get("origin")).as("the client's address").isIn(LOCAL);
        assertThat(((Number) events.getFirst().get("subject_id")).longValue()).isEqualTo(userId(VENDOR));
    }

    @Test
    void aNameThatBelongsToNobodyIsRecordedAsTyped() throws Exception {
        long before = lastId();
        Http.localhost(port).signIn("username=nobody%40nowhere.example&password=guess-1234567");

        List<Record> events = eventsAfter(before);
        assertThat(events).extracting(row -> row.get("action"), row -> row.get("actor"),
                row -> row.get("subject_type"), row -> row.get("organisation_id"))
                .containsExactly(tuple("SIGN_IN_FAILED", "nobody@nowhere.example", "sign_in", null));
        assertThat(events.getFirst().get("origin")).isIn(LOCAL);
    }

    @Test
    void aSuccessfulSignInIsRecorded() throws Exception {
        long before = lastId();
        HttpResponse<String> login = Http.localhost(port).signIn("username=vendor%40callcenter-delta.example&password=ccbench-demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        List<Record> events = eventsAfter(before);
        assertThat(events).extracting(row -> row.get("action"), row -> row.get("actor"),
                row -> row.get("subject_type"))
                .containsExactly(tuple("SIGNED_IN", VENDOR, "app_user"));
        assertThat(events.getFirst().get("origin")).isIn(LOCAL);
        assertThat(((Number) events.getFirst().get("organisation_id")).longValue())
                .as("the vendor's organisation's trail shows it").isEqualTo(organisationOf(VENDOR));
    }

    private long lastId() {
        Object id = dsl.fetchValue("select max(id) from audit_event");
        return id == null ? 0 : ((Number) id).longValue();
    }

    private List<Record> eventsAfter(long id) {
        return dsl.fetch("select * from audit_event where id > ? and action like 'SIGN%' order by id", id);
    }

    private long organisationOf(String email) {
        return ((Number) dsl.fetchValue("select organisation_id from app_user where email = ?", email)).longValue();
    }

    private long userId(String email) {
        return ((Number) dsl.fetchValue("select id from app_user where email = ?", email)).longValue();
    }
}
