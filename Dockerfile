# One image per service, from the runnable jar the Maven build made:
#   ./mvnw -B -DskipTests package && docker compose up --build
FROM eclipse-temurin:25-jre
ARG MODULE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 ollass
COPY ${MODULE}/target/${MODULE}-exec.jar /app/app.jar
USER ollass
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
