package org.ccbench.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A training run for JDK 25's ahead-of-time cache (issue 18; README, "Faster start"; the Dockerfile): with
 * {@code ccbench.training-run=true} the portal, once ready, asks itself for its readiness and its login page, as the
 * load balancer and the first user do, and then stops. {@code -XX:AOTCacheOutput} then writes a cache of all that a
 * ready portal has loaded, not only what the context needed. It ends with exit code 1 if a page did not answer 200,
 * so a build that trains its cache stops there. The setting is read when the portal is ready rather than as a
 * condition on the bean, because Spring's ahead-of-time processing (the production build) fixes conditions at build
 * time, and the Dockerfile trains the AOT-processed context it then starts.
 */
@Component
class TrainingRun {

    static final List<String> PAGES = List.of("/actuator/health/readiness", "/login");
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    private final IntConsumer exit;

    TrainingRun() {
        this(System::exit);
    }

    TrainingRun(IntConsumer exit) {
        this.exit = exit;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (!requested(context.getEnvironment())) {
            return;
        }
        int port = context.getEnvironment().getProperty("local.server.port", Integer.class, 8080);
        // not on the thread that is still publishing the event of the context it closes
        Thread.ofPlatform().name("training-run").start(() -> {
            boolean answered = visit(port);
            exit.accept(SpringApplication.exit(context, () -> answered ? 0 : 1));
        });
    }

    static boolean requested(Environment environment) {
        return environment.getProperty("ccbench.training-run", Boolean.class, false);
    }

    /** Whether every page answered 200. */
    static boolean visit(int port) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            boolean all = true;
            for (String page : PAGES) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                        .timeout(Duration.ofSeconds(60)).build();
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                LOG.info("Training run: {} answered {}", page, status);
                all &= status == 200;
            }
            return all;
        } catch (IOException e) {
            LOG.error("Training run: the portal did not answer: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
