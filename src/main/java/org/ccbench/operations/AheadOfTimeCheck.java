package org.ccbench.operations;

import org.ccbench.base.StartupRefusedException;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ahead-of-time processed context (production build, {@code -Dspring.aot.enabled=true}) was fixed when the jar
 * was built, without the demo: a demo start with it would come up with an empty portal, so it refuses instead.
 */
@Component
class AheadOfTimeCheck {

    AheadOfTimeCheck(@Value("${ccbench.demo.enabled:false}") boolean demo) {
        refuseDemo(AotDetector.useGeneratedArtifacts(), demo);
    }

    static void refuseDemo(boolean aheadOfTime, boolean demo) {
        if (aheadOfTime && demo) {
            throw new StartupRefusedException("The demo's data is not part of the ahead-of-time processed start.",
                    "Start the demo without -Dspring.aot.enabled=true (README: ./mvnw spring-boot:run "
                            + "-Dspring-boot.run.profiles=demo).");
        }
    }
}
