# syntax=docker/dockerfile:1
# Image of the register API. Build: docker build -t iaiar-api .   Run the whole stack: docker compose up --build

# ---- stage 1: build the Spring Boot jar -------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Poms first: the dependency download below is cached until a pom changes, not on every source edit.
COPY pom.xml ./
COPY events/pom.xml events/
COPY command-side/pom.xml command-side/
COPY projections/pom.xml projections/
COPY query-side/pom.xml query-side/
COPY api/pom.xml api/
COPY benchmarks/pom.xml benchmarks/
# go-offline skips the reactor's own modules (excludeReactor, default true since dependency-plugin 3.6), so it
# works before they are built; anything it misses is fetched by the package step.
RUN mvn -B -q dependency:go-offline

# Only the sources are copied, so a local target/ or data/ never reaches the build or the image.
COPY events/src events/src
COPY command-side/src command-side/src
COPY projections/src projections/src
COPY query-side/src query-side/src
COPY api/src api/src
COPY benchmarks/src benchmarks/src
# mdep.skip: the image runs the axonserver profile against a real Elasticsearch, so the embedded distribution
# (the api module unpacks it for bin/run and the tests) is not needed.
RUN mvn -B -DskipTests -Dmdep.skip=true package

# ---- stage 2: runtime -------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Unprivileged user. /app/data is only used on the embedded default (no profile); compose runs the axonserver profile.
RUN groupadd --system --gid 10001 iaiar \
 && useradd --system --uid 10001 --gid iaiar --home-dir /app --no-create-home --shell /usr/sbin/nologin iaiar \
 && mkdir -p /app/data \
 && chown iaiar:iaiar /app/data
WORKDIR /app
COPY --from=build /build/api/target/iaiar-api-exec.jar /app/iaiar-api.jar

USER iaiar
ENV REGISTER_DATA_DIR=/app/data
EXPOSE 8080

# curl is part of the eclipse-temurin Ubuntu images. Readiness, not liveness: UP only once the app takes traffic.
# The start period covers the JVM and Axon start-up.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1

# Exec form: java is PID 1 and gets SIGTERM from `docker stop` directly, so Spring shuts down gracefully.
# Business dates are Latvian calendar days; the update checker cannot reach the internet from a closed network.
ENTRYPOINT ["java", "-Duser.timezone=Europe/Riga", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/iaiar-api.jar"]
