package dev.bastion.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Makes sure the PostgreSQL database the demo or the integration tests need exists before Liberty
 * starts (the persistent-timer store connects at deploy time). Runs inside Maven, is not packaged.
 *
 * <p>In order: the configured database is used if the application role can reach it; else the
 * server's admin role (default {@code postgres}, trust or BASTION_DB_ADMIN_PASSWORD) provisions role,
 * database and the {@code ejbtimer} schema; else, when nothing listens on a local port, an embedded
 * PostgreSQL is started on that port with a persistent data directory and lives as long as Maven.
 */
public final class LocalPostgres {

    private final Settings settings;

    private LocalPostgres(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.from(args, System.getenv());
        new LocalPostgres(settings).provision();
    }

    void provision() throws SQLException, IOException {
        log("database " + settings.database + " as " + settings.user + " on " + settings.host + ":" + settings.port);
        if (!portOpen() && isLocalHost()) {
            startEmbedded();
        } else if (!portOpen()) {
            throw new IllegalStateException("No PostgreSQL answers on " + settings.host + ":" + settings.port
                    + ". Start it, or set BASTION_DB_HOST/BASTION_DB_PORT (docs/operations.md).");
        }
        try (Connection admin = connectAdmin()) {
            provisionAsAdmin(admin);
            log("provisioned through the admin role " + settings.adminUser);
            return;
        } catch (SQLException adminRefused) {
            log("admin role " + settings.adminUser + " not usable (" + adminRefused.getMessage().lines().findFirst().orElse("")
                    + "); trying the application role");
        }
        try (Connection app = connect(settings.database, settings.user, settings.password)) {
            prepareAsOwner(app);
            log("using the existing database " + settings.database);
        } catch (SQLException appRefused) {
            throw new IllegalStateException("PostgreSQL on " + settings.host + ":" + settings.port
                    + " refused both the admin role and " + settings.user + ": " + appRefused.getMessage()
                    + ". Create the role and database as docs/operations.md ('Production install') shows, or set BASTION_DB_ADMIN_USER/"
                    + "BASTION_DB_ADMIN_PASSWORD.", appRefused);
        }
    }

    private void provisionAsAdmin(Connection admin) throws SQLException {
        try (Statement st = admin.createStatement()) {
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = '" + literal(settings.user) + "'")) {
                st.execute("CREATE ROLE " + ident(settings.user) + " LOGIN PASSWORD '" + literal(settings.password) + "'");
            }
            boolean dbExists = exists(admin, "SELECT 1 FROM pg_database WHERE datname = '" + literal(settings.database) + "'");
            if (dbExists && settings.recreate) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + literal(settings.database) + "' AND pid <> pg_backend_pid()");
                st.execute("DROP DATABASE " + ident(settings.database));
                dbExists = false;
                log("dropped " + settings.database + " for a clean run");
            }
            if (!dbExists) {
                st.execute("CREATE DATABASE " + ident(settings.database) + " OWNER " + ident(settings.user)
                        + " ENCODING 'UTF8' TEMPLATE template0");
                log("created database " + settings.database);
            }
        }
        try (Connection db = connect(settings.database, settings.adminUser, settings.adminPassword)) {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS ejbtimer AUTHORIZATION " + ident(settings.user));
                st.execute("ALTER SCHEMA public OWNER TO " + ident(settings.user));
            }
        }
    }

    /** Without admin rights the owner can still make the timer schema and, for tests, empty its schemas. */
    private void prepareAsOwner(Connection app) throws SQLException {
        try (Statement st = app.createStatement()) {
            if (settings.recreate) {
                st.execute("DROP SCHEMA IF EXISTS ejbtimer CASCADE");
                st.execute("DROP SCHEMA IF EXISTS public CASCADE");
                st.execute("CREATE SCHEMA public");
                log("emptied " + settings.database + " for a clean run");
            }
            st.execute("CREATE SCHEMA IF NOT EXISTS ejbtimer");
        }
    }

    private void startEmbedded() throws IOException {
        Path dataDir = Path.of(settings.dataDir);
        Files.createDirectories(dataDir.getParent());
        log("no PostgreSQL on " + settings.host + ":" + settings.port + "; starting an embedded one with data in " + dataDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(settings.port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .start();
        // Keep a strong reference for Maven's lifetime; the shutdown hook stops PostgreSQL with it.
        Holder.running = pg;
        settings.adminUser = "postgres";
        settings.adminPassword = "";
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host, settings.port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean isLocalHost() {
        return settings.host.equals("localhost") || settings.host.startsWith("127.") || settings.host.equals("::1");
    }

    private Connection connectAdmin() throws SQLException {
        return connect("postgres", settings.adminUser, settings.adminPassword);
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        // The driver directly, not DriverManager: a second exec:java run in the same Maven JVM (the IT and
        // the Arquillian databases) has a new class loader whose driver DriverManager never registered.
        Connection c = new org.postgresql.Driver().connect(
                "jdbc:postgresql://" + settings.host + ":" + settings.port + "/" + database, props);
        c.setAutoCommit(true);
        return c;
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static String ident(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return name;
    }

    private static String literal(String value) {
        return value.replace("'", "''");
    }

    private static void log(String message) {
        System.out.println("[bastion-db] " + message);
    }

    /** Static home of the embedded server so that it is not collected while Maven runs. */
    private static final class Holder {
        static volatile EmbeddedPostgres running;
    }

    /** Command-line arguments, overridden by BASTION_DB_* environment variables (what the server reads). */
    static final class Settings {
        String host;
        int port;
        String database;
        String user;
        String password;
        String adminUser;
        String adminPassword;
        String dataDir;
        boolean recreate;

        static Settings from(String[] args, Map<String, String> env) {
            Map<String, String> a = new HashMap<>();
            for (String arg : args) {
                if (arg.equals("--recreate")) {
                    a.put("recreate", "true");
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                }
            }
            Settings s = new Settings();
            s.host = env.getOrDefault("BASTION_DB_HOST", a.getOrDefault("host", "localhost"));
            s.port = Integer.parseInt(env.getOrDefault("BASTION_DB_PORT", a.getOrDefault("port", "5432")));
            // The test database name is fixed by the build, so the environment only chooses the demo one.
            s.database = a.containsKey("recreate") ? a.get("database")
                    : env.getOrDefault("BASTION_DB_NAME", a.getOrDefault("database", "bastion"));
            s.user = env.getOrDefault("BASTION_DB_USER", a.getOrDefault("user", "bastion"));
            s.password = env.getOrDefault("BASTION_DB_PASSWORD", a.getOrDefault("password", "bastion"));
            s.adminUser = env.getOrDefault("BASTION_DB_ADMIN_USER", "postgres");
            s.adminPassword = env.getOrDefault("BASTION_DB_ADMIN_PASSWORD", "");
            s.dataDir = a.getOrDefault("data-dir", ".bastion/pgdata");
            s.recreate = a.containsKey("recreate");
            return s;
        }
    }
}
