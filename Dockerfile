# A container image of CCBench on Spring Boot's layered jar (docs/operations.md, "Container image").
#
#   ./mvnw -Pproduction package        # target/ccbench-<version>.jar with Vaadin's production bundle
#   docker build -t ccbench .
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=postgres -e DATABASE_URL=... ccbench
#
# The image was not built on the machine this file was written on (no Docker there); the extraction, the training
# run and the start with the cache below were run by hand on the jar (issue 18).

FROM eclipse-temurin:25-jre AS layers
WORKDIR /build
COPY target/ccbench-*.jar ccbench.jar
RUN java -Djarmode=tools -jar ccbench.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
WORKDIR /app
# Dependencies change least often, the portal's own classes most: each is a layer of its own, so an upgrade of the
# portal ships only the last one (and the cache below). The jar stays a jar with its libraries beside it in lib/,
# because JDK 25's ahead-of-time cache only holds classes loaded from jar files.
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
# The heap follows the container's memory limit; an OutOfMemoryError ends the process so the orchestrator restarts it.
# Set before the training run, so the cache is made with the options it is used with.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Issue 18: a training run that starts the portal (migrations on a throwaway H2 database, with a throwaway key), asks
# it for its readiness and its login page once it is ready, and stops (ccbench.training-run), writing the
# ahead-of-time cache the real start then uses (README, Measurements). The cache belongs to this JDK and this jar,
# which is why it is made here, in the image; the build stops if the run fails. Both runs use the Spring context the
# production build processed ahead of time (spring.aot.enabled; README, "Faster start": it cannot start the demo).
RUN CCBENCH_SECRET_KEY="$(head -c 32 /dev/urandom | base64)" CCBENCH_DB_PATH=/tmp/training/ccbench \
    java -XX:AOTCacheOutput=ccbench.aot -Dspring.aot.enabled=true -Dccbench.training-run=true -jar ccbench.jar \
    && rm -rf /tmp/training
# Not root. ./data is only used by the embedded H2 database (a single node, e.g. a demo); production uses PostgreSQL.
RUN useradd --system --uid 10001 --home-dir /app ccbench && mkdir /app/data && chown ccbench /app/data
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=ccbench.aot", "-Dspring.aot.enabled=true", "-jar", "ccbench.jar"]
