# syntax=docker/dockerfile:1
# First version: build with the Maven wrapper on a Temurin JDK, run on a Temurin JRE as a non-root user.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests && cp target/b2c-graph-emulator-*.jar /emulator.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 emulator && useradd --system --uid 10001 --gid emulator emulator
COPY --from=build /emulator.jar /app/emulator.jar
USER 10001:10001
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# No curl in the image: bash's /dev/tcp asks the readiness probe directly.
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/emulator.jar"]
