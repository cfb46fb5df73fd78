# syntax=docker/dockerfile:1
# b2c-graph-emulator: build with the Maven wrapper on a Temurin 17 JDK (the code is Java 17), run on a Temurin 25
# JRE as a non-root user, with an ahead-of-time cache (JEP 483/514/515) made by a training run at build: the
# emulator starts in about half the time (docs/PERFORMANCE.md).
#   docker build -t b2c-graph-emulator .
#   docker run -p 8080:8080 -p 8443:8443 -e EMULATOR_TLS_ENABLED=true b2c-graph-emulator

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/b2c-graph-emulator-*.jar extract --destination /extracted \
    && mv /extracted/b2c-graph-emulator-*.jar /extracted/emulator.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 emulator && useradd --system --uid 10001 --gid emulator emulator
# The application unpacked (the AOT cache needs plain jars), and the training run with the flags it will run with:
# the emulator starts from the bean definitions generated at build (Spring AOT) and answers the calls of a pipeline
# (src/main/docker/aot-training.sh); as it stops, the cache of the classes it loaded and linked and of the methods'
# profiles is written. The serial collector and a heap that starts small: on a CI runner's few cores it idles at
# about half the memory of G1's defaults and serves faster; what outlives one young collection is stored data and
# moves to the old generation at once instead of being copied up to 15 times (half the young pause); native memory
# that start-up freed goes back to the system within 5 s instead of staying with the C library (docs/PERFORMANCE.md).
# JDK_JAVA_OPTIONS: the java launcher reads it, so the training run and the ENTRYPOINT run with the same flags.
ENV JDK_JAVA_OPTIONS="-Dspring.aot.enabled=true -XX:+UseSerialGC -Xms16m -XX:MaxTenuringThreshold=1 -XX:TrimNativeHeapInterval=5000"
COPY --from=build /extracted /app
COPY src/main/docker/aot-training.sh /app/
RUN bash /app/aot-training.sh /app/emulator.jar -XX:AOTCacheOutput=/app/emulator.aot \
    && test -s /app/emulator.aot && chmod a+r /app/emulator.aot
USER 10001:10001
# 8080: HTTP (SERVER_PORT). 8443: HTTPS when EMULATOR_TLS_ENABLED=true (EMULATOR_TLS_PORT; 443 for tools that
# hard-code graph.microsoft.com, which this non-root user may bind on Docker 20.10+: docs/HOSTNAMES.md).
EXPOSE 8080 8443
# No curl in the image: bash's /dev/tcp asks /_emulator/health, which answers 200 only once the seed is loaded.
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /_emulator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
# Container-aware heap sizing; die (and let the orchestrator restart) rather than limp on after an OOM.
# Add flags with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:AOTCache=/app/emulator.aot", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", \
  "-jar", "/app/emulator.jar"]
