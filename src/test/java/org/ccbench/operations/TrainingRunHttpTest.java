package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/** What the ahead-of-time cache's training run asks of a ready portal, over real HTTP, and a portal that is not there. */
@OperationsHttpTest
class TrainingRunHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void aReadyPortalAnswersEveryPageOfTheTrainingRun() {
        assertThat(TrainingRun.PAGES).containsExactly("/actuator/health/readiness", "/login");
        assertThat(TrainingRun.visit(port)).isTrue();
    }

    @Test
    void aPortalThatDoesNotAnswerFailsTheTrainingRun() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(TrainingRun.visit(closed)).isFalse();
    }

    /** The bean is in every context (AOT fixes conditions at build time), so the setting decides at run time. */
    @Test
    void onlyTheSettingMakesAStartATrainingRun() {
        assertThat(TrainingRun.requested(environment)).isFalse();
        assertThat(TrainingRun.requested(new MockEnvironment().withProperty("ccbench.training-run", "true"))).isTrue();
        assertThat(TrainingRun.requested(new MockEnvironment().withProperty("ccbench.training-run", "false")))
                .isFalse();
    }
}
