package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load balancer's view over real HTTP: a node is live as soon as it runs, ready only once every start-up runner
 * has seeded its data (so a demo login works the moment traffic arrives), and a mail server that is down leaves it
 * ready. Health answers without a login but shows its details only to the monitoring system.
 */
@OperationsHttpTest
class ReadinessHttpTest {

    private static final String TOKEN = "Bearer " + OperationsHttpTest.METRICS_TOKEN;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void readinessIsDownWhileStartUpDataIsSeededAndUpOnceItIs() throws Exception {
        StartUpProbes.Seen before = StartUpProbes.SEEN.get("before seeding");
        StartUpProbes.Seen after = StartUpProbes.SEEN.get("after seeding");
        assertThat(before).as("probed before the first seeder").isNotNull();
        assertThat(before.users()).as("no account yet").isZero();
        assertThat(before.liveness()).as("live: the load balancer must not restart it").isEqualTo(200);
        assertThat(before.readiness()).as("not ready while seeding").isEqualTo(503);
        assertThat(after.users()).as("the demo accounts exist after the seeders").isPositive();
        assertThat(after.readiness()).as("still not ready until every runner is done").isEqualTo(503);
        for (StartUpProbes.Seen seen : new StartUpProbes.Seen[] {before, after}) {
            assertThat(seen.login().statusCode()).as("no login page before the node is ready").isEqualTo(503);
            assertThat(seen.login().headers().firstValue("Retry-After")).hasValue("2");
            assertThat(seen.login().body()).contains("<meta http-equiv=\"refresh\" content=\"2\">",
                    "CCBench start op", "laadt zichzelf opnieuw");
        }

        HttpResponse<String> readiness = http().get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(http().get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        assertThat(http().get("/login").statusCode()).as("the login page once ready").isEqualTo(200);
        HttpResponse<String> login = http().signIn("username=admin%40ccbench.example&password=ccbench-demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error").doesNotEndWith("/login"));
    }

    @Test
    void aMailServerThatIsDownLeavesTheNodeReady() throws Exception {
        HttpResponse<String> all = http().get("/actuator/health", "Authorization", TOKEN);
        JsonNode components = JSON.readTree(all.body()).path("components");
        assertThat(components.path("mail").path("status").asString()).isEqualTo("DOWN");
        assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
        assertThat(all.statusCode()).as("every component: mail is down").isEqualTo(503);

        HttpResponse<String> readiness = http().get("/actuator/health/readiness", "Authorization", TOKEN);
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode ready = JSON.readTree(readiness.body());
        assertThat(ready.path("status").asString()).isEqualTo("UP");
        assertThat(ready.path("components").propertyNames()).containsExactlyInAnyOrder("db", "readinessState");
    }

    @Test
    void healthDetailsAreShownOnlyToTheMonitoringSystem() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness"}) {
            HttpResponse<String> anonymous = http().get(path);
            assertThat(anonymous.body()).as(path).doesNotContain("components", "db", "mail", "diskSpace");
            HttpResponse<String> wrongToken = http().get(path, "Authorization", "Bearer not-the-token");
            assertThat(wrongToken.body()).as(path).doesNotContain("components");
            assertThat(http().get(path, "Authorization", TOKEN).body()).as(path).contains("components", "db");
        }
        assertThat(http().get("/actuator/health/db").statusCode()).as("a component on its own: details")
                .isEqualTo(404);
    }

    @Test
    void nothingElseOfTheActuatorIsReachable() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics"}) {
            assertThat(http().get(path, "Authorization", TOKEN).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    private Http http() {
        return Http.localhost(port);
    }
}
