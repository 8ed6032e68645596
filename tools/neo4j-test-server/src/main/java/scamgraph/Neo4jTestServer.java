package scamgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts a real Neo4j Community DBMS in this JVM with only the Bolt connector, bound to loopback.
 *
 * Why embedded rather than a tarball: Maven Central serves the server's jars but not the
 * packaged distribution, and the embedded DBMS speaks the same Bolt protocol and Cypher as the
 * server that investigators run. Usage: {@code Neo4jTestServer HOME_DIR PORT PASSWORD_FILE}
 * (a file, such as /dev/stdin, so the password never shows in a process listing).
 * Prints one line {@code READY bolt://127.0.0.1:PORT} once Bolt accepts connections, then runs
 * until the process gets SIGTERM, when it shuts the DBMS down cleanly.
 */
public final class Neo4jTestServer {
    private Neo4jTestServer() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        if (args.length != 3) {
            System.err.println("usage: Neo4jTestServer HOME_DIR PORT PASSWORD_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2])).strip();

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        builder.setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10));
        // NEO4J_TEST_CONF: a neo4j.conf-style file of settings to try on top of these (a bench
        // comparing server settings), read last so that it wins.
        String conf = System.getenv("NEO4J_TEST_CONF");
        if (conf != null && !conf.isEmpty()) {
            builder.loadPropertiesFromFile(Path.of(conf));
        }
        DatabaseManagementService dbms = builder.build();
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // A restart over kept data: the password is already this one, which Neo4j refuses to
            // "change". Anything else is fatal: stop the DBMS so the JVM can exit.
            if (!String.valueOf(e.getMessage()).contains("same")) {
                e.printStackTrace();
                dbms.shutdown();
                System.exit(1);
            }
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
