package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the ahead-of-time cache's training run asks of a ready portal, over real HTTP, and a portal that is not there. */
@OperationsHttpTest
class TrainingRunHttpTest {

    @LocalServerPort
    int port;

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
}
