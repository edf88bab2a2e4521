package dev.ollass.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@UsesLocalStack
class LocalStackTest {

    private final LocalStack stack = LocalStackExtension.stack();

    @Test
    void kafkaHasEveryRegistryTopicWithItsPartitionsAndCleanupPolicy() throws Exception {
        try (var admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            var names = Topics.ALL.stream().map(TopicDefinition::name).toList();
            var descriptions = admin.describeTopics(names).allTopicNames().get();
            for (var topic : Topics.ALL) {
                assertThat(descriptions.get(topic.name()).partitions()).hasSize(topic.partitions());
            }

            var dailyBars = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DAILY_BARS.name());
            var config = admin.describeConfigs(List.of(dailyBars)).all().get().get(dailyBars);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
        }
    }

    @Test
    void kafkaRecordCanBeProducedAndConsumed() throws Exception {
        var topic = Topics.DAILY_BARS.name();
        var key = "LOCALSTACK|2026-01-02";
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        TopicPartition partition;
        long offset;
        try (var producer = new KafkaProducer<String, String>(producerConfig)) {
            var metadata = producer.send(new ProducerRecord<>(topic, key, "{\"close\":1}"))
                    .get();
            partition = new TopicPartition(metadata.topic(), metadata.partition());
            offset = metadata.offset();
        }

        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig)) {
            // Assigned, not subscribed: no consumer group, so no rebalance to wait for.
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            ConsumerRecord<String, String> received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(200));
                received = records.isEmpty() ? null : records.iterator().next();
            }
            assertThat(received).isNotNull();
            assertThat(received.key()).isEqualTo(key);
            assertThat(received.value()).isEqualTo("{\"close\":1}");
        }
    }

    @Test
    void mariaDbSpeaksMySqlProtocolAndKeepsKoreanText() throws Exception {
        try (var connection = DriverManager.getConnection(
                        stack.jdbcUrl("local_stack_test"), stack.jdbcUser(), stack.jdbcPassword());
                var statement = connection.createStatement()) {
            try (var one = statement.executeQuery("SELECT 1")) {
                assertThat(one.next()).isTrue();
                assertThat(one.getInt(1)).isEqualTo(1);
            }
            statement.execute("CREATE TABLE IF NOT EXISTS note (id INT PRIMARY KEY, text VARCHAR(100) NOT NULL)");
            statement.execute("REPLACE INTO note VALUES (1, '미수집')");
            try (var rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("미수집");
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(
            named = "ollass.stack",
            matches = "containers",
            disabledReason = "Production's users exist in the MySQL container only")
    void mysqlHasProductionsUsersWithTheirGrants() throws Exception {
        try (var projector = DriverManager.getConnection(
                        stack.jdbcUrl("market"), "chart_projector", ContainerStack.PROJECTOR_PASSWORD);
                var statement = projector.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS grant_check (id INT PRIMARY KEY)");
            statement.execute("REPLACE INTO grant_check VALUES (1)");
        }
        try (var api = DriverManager.getConnection(
                        stack.jdbcUrl("market"), "portfolio_api", ContainerStack.API_PASSWORD);
                var statement = api.createStatement()) {
            try (var rows = statement.executeQuery("SELECT id FROM grant_check")) {
                assertThat(rows.next()).isTrue();
            }
            assertThatThrownBy(() -> statement.execute("DELETE FROM grant_check"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("denied");
        }
        try (var api = DriverManager.getConnection(
                        stack.jdbcUrl("portfolio"), "portfolio_api", ContainerStack.API_PASSWORD);
                var statement = api.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS grant_check (id INT PRIMARY KEY)");
        }
    }

    @Test
    void redisAnswersPingSetAndGet() throws Exception {
        try (var socket = new Socket(stack.redisHost(), stack.redisPort());
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            out.write(resp("PING"));
            assertThat(in.readLine()).isEqualTo("+PONG");
            out.write(resp("SET", "local-stack-test", "ok"));
            assertThat(in.readLine()).isEqualTo("+OK");
            out.write(resp("GET", "local-stack-test"));
            assertThat(in.readLine()).isEqualTo("$2");
            assertThat(in.readLine()).isEqualTo("ok");
        }
    }

    @Test
    void aStoppedServerRefusesConnectionsAndStartedAgainServesWhatItHadOnTheSamePort() throws Exception {
        try (var socket = new Socket(stack.redisHost(), stack.redisPort());
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.getOutputStream().write(resp("SET", "kept-over-a-restart", "yes"));
            assertThat(in.readLine()).isEqualTo("+OK");
        }

        stack.stop(LocalStack.Server.REDIS);
        try {
            assertThat(stack.isRunning(LocalStack.Server.REDIS)).isFalse();
            assertThatThrownBy(() -> new Socket(stack.redisHost(), stack.redisPort()).close())
                    .isInstanceOf(java.net.ConnectException.class);
        } finally {
            stack.startAgain(LocalStack.Server.REDIS);
        }

        assertThat(stack.isRunning(LocalStack.Server.REDIS)).isTrue();
        try (var socket = new Socket(stack.redisHost(), stack.redisPort());
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.getOutputStream().write(resp("GET", "kept-over-a-restart"));
            assertThat(in.readLine()).isEqualTo("$3");
            assertThat(in.readLine()).isEqualTo("yes");
        }
    }

    @Test
    void mailIsReceivedDecodedAndShownInTheInbox() throws Exception {
        var subject = "Stock Daily 미수집 <005930>";
        var body = "삼성전자 2026-01-02 종가가 없습니다.";
        send(subject, body);

        var mail = stack.receivedMails().stream()
                .filter(received -> received.subject().equals(subject))
                .findFirst()
                .orElseThrow();
        assertThat(mail.from()).isEqualTo("alerts@ollass.local");
        assertThat(mail.to()).containsExactly("me@example.com", "ops@example.com");
        assertThat(mail.body().strip()).isEqualTo(body);

        try (var http = HttpClient.newHttpClient()) {
            var json = get(http, stack.inboxUrl() + "api/messages");
            assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            JsonNode messages = JsonMapper.shared().readTree(json.body());
            var fromInbox = messages.valueStream()
                    .filter(message -> message.get("subject").asString().equals(subject))
                    .findFirst()
                    .orElseThrow();
            assertThat(fromInbox.get("body").asString().strip()).isEqualTo(body);
            assertThat(fromInbox.get("to").get(0).asString()).isEqualTo("me@example.com");
            assertThat(fromInbox.get("receivedAt").asString())
                    .isEqualTo(mail.receivedAt().toString());

            var page = get(http, stack.inboxUrl()).body();
            assertThat(page).contains("Stock Daily 미수집 &lt;005930&gt;").contains(body);
        }
    }

    @Test
    void anEMailWithTextAndHtmlPartsShowsTheTextAndTheHtmlInASandboxedFrame() throws Exception {
        var subject = "Recovered: KR 2021-04-13 수집 완료 " + System.nanoTime();
        var text = "2021-04-13 날짜의 KR 데이터가 모두 수집되었습니다.";
        var html = "<p>2021-04-13 날짜의 <b>KR</b> 데이터가 모두 수집되었습니다.</p>";
        var alternative = new MimeMultipart("alternative");
        var textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        var htmlPart = new MimeBodyPart();
        htmlPart.setContent(html, "text/html; charset=UTF-8");
        alternative.addBodyPart(textPart);
        alternative.addBodyPart(htmlPart);
        var message = newMessage(subject);
        message.setContent(alternative);
        Transport.send(message);

        var mail = stack.receivedMails().stream()
                .filter(received -> received.subject().equals(subject))
                .findFirst()
                .orElseThrow();
        assertThat(mail.body().strip()).isEqualTo(text);
        assertThat(mail.html().strip()).isEqualTo(html);
        try (var http = HttpClient.newHttpClient()) {
            var page = get(http, stack.inboxUrl()).body();
            var article = page.substring(page.indexOf(subject));
            article = article.substring(0, article.indexOf("</article>"));
            assertThat(article)
                    .contains("<pre>" + text)
                    .contains("<iframe sandbox srcdoc=\"&lt;p&gt;2021-04-13 날짜의 &lt;b&gt;KR&lt;/b&gt;");
        }
    }

    @Test
    void aPlainTextEMailHasNoHtmlPart() throws Exception {
        var subject = "plain " + System.nanoTime();
        send(subject, "only text");

        var mail = stack.receivedMails().stream()
                .filter(received -> received.subject().equals(subject))
                .findFirst()
                .orElseThrow();
        assertThat(mail.html()).isEmpty();
        try (var http = HttpClient.newHttpClient()) {
            var page = get(http, stack.inboxUrl()).body();
            var article = page.substring(page.indexOf(subject));
            assertThat(article.substring(0, article.indexOf("</article>"))).doesNotContain("<iframe");
        }
    }

    @Test
    void serviceGetsEveryConnectionPropertyButTheDatasourceUrl() {
        assertThat(stack.serviceProperties())
                .containsEntry("spring.kafka.bootstrap-servers", stack.kafkaBootstrapServers())
                .containsEntry("spring.data.redis.port", Integer.toString(stack.redisPort()))
                .containsEntry("spring.mail.port", Integer.toString(stack.smtpPort()))
                .containsKeys(
                        "spring.datasource.username",
                        "spring.datasource.password",
                        "spring.data.redis.host",
                        "spring.mail.host")
                .doesNotContainKey("spring.datasource.url");
    }

    @Test
    @DisabledIfSystemProperty(
            named = "ollass.stack",
            matches = "containers",
            disabledReason = "Containers are no child processes")
    void nativeServersAreReportedAsLiveChildProcesses() {
        assertThat(stack.childProcesses()).extracting(ChildProcess::name).containsExactly("MariaDB", "Redis");
        var children =
                ProcessHandle.current().descendants().map(ProcessHandle::pid).toList();
        assertThat(stack.childProcesses()).extracting(ChildProcess::pid).allMatch(children::contains);
    }

    private void send(String subject, String body) throws Exception {
        var message = newMessage(subject);
        message.setText(body, "UTF-8");
        Transport.send(message);
    }

    private MimeMessage newMessage(String subject) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", stack.smtpHost());
        properties.put("mail.smtp.port", Integer.toString(stack.smtpPort()));
        var message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("alerts@ollass.local"));
        message.setRecipients(Message.RecipientType.TO, "me@example.com");
        message.setRecipients(Message.RecipientType.BCC, "ops@example.com");
        message.setSubject(subject, "UTF-8");
        return message;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static byte[] resp(String... command) {
        var encoded = new StringBuilder("*").append(command.length).append("\r\n");
        for (var part : command) {
            encoded.append('$')
                    .append(part.getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n")
                    .append(part)
                    .append("\r\n");
        }
        return encoded.toString().getBytes(StandardCharsets.UTF_8);
    }
}
