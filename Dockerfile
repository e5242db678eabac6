# A container image of CCBench on Spring Boot's layered jar (docs/operations.md, "Container image").
#
#   ./mvnw -Pproduction package        # target/ccbench-<version>.jar with Vaadin's production bundle
#   docker build -t ccbench .
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=postgres -e DATABASE_URL=... ccbench
#
# The image was not built on the machine this file was written on (no Docker there); the extraction below and the
# launcher were run by hand on the jar, and the portal started from the extracted layers.

FROM eclipse-temurin:25-jre AS layers
WORKDIR /build
COPY target/ccbench-*.jar ccbench.jar
RUN java -Djarmode=tools -jar ccbench.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25-jre
WORKDIR /app
# Dependencies change least often, the portal's own classes most: each is a layer of its own, so an upgrade of the
# portal ships only the last one.
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
# Not root. ./data is only used by the embedded H2 database (a single node, e.g. a demo); production uses PostgreSQL.
RUN useradd --system --uid 10001 --home-dir /app ccbench && mkdir /app/data && chown ccbench /app/data
USER 10001
EXPOSE 8080
# The heap follows the container's memory limit; an OutOfMemoryError ends the process so the orchestrator restarts it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
