package dev.ollass.stack;

/**
 * Where a started stack's servers answer, whoever started them.
 *
 * @param kafkaBootstrapServers e.g. {@code localhost:19092}
 * @param database the MySQL-protocol server and a user that may create schemas
 * @param redisHost the Redis host
 * @param redisPort the Redis port
 * @param smtpPort the SMTP port on localhost
 * @param inboxPort the HTTP port on localhost of the page listing received e-mails
 */
record Endpoints(
        String kafkaBootstrapServers, Database database, String redisHost, int redisPort, int smtpPort, int inboxPort) {

    record Database(String host, int port, String user, String password) {}
}
