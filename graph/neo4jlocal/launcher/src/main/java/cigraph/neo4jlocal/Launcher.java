package cigraph.neo4jlocal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs an embedded Neo4j Community with Bolt on 127.0.0.1 until it is sent
 * SIGTERM (or the watched parent process exits), then shuts it down cleanly.
 *
 * <p>Other processes may use the server too: each holds a shared lock on
 * the users file while it does. When the parent exits, or hands the server
 * over by creating the hand-over file, the server runs on until no process
 * holds that lock, then stops.
 *
 * <p>Usage: {@code Launcher --home DIR --port N [--pagecache 128m] [--watch-pid PID
 * --users FILE --handover FILE]}.
 * Prints {@code CIGRAPH-NEO4J-READY bolt://127.0.0.1:N} once Bolt listens.
 */
public final class Launcher {
  static final String READY = "CIGRAPH-NEO4J-READY";

  private Launcher() {}

  public static void main(String[] args) {
    Map<String, String> opts = parseArgs(args);
    String home = opts.get("--home");
    String port = opts.get("--port");
    if (home == null || port == null) {
      System.err.println("usage: Launcher --home DIR --port N [--pagecache 128m]"
          + " [--watch-pid PID --users FILE --handover FILE]");
      System.exit(2);
    }
    PrintStream out = System.out;
    long t0 = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      Path dir = Path.of(home).toAbsolutePath();
      Path conf = writeConf(dir, settings(port, opts.getOrDefault("--pagecache", "128m")));
      dbms = new DatabaseManagementServiceBuilder(dir)
          .setUserLogProvider(new Log4jLogProvider(out, Level.WARN))
          .loadPropertiesFromFile(conf)
          .build();
    } catch (IOException | RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
      return;
    }
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(dbms, done), "neo4j-shutdown"));
    watchParent(opts.get("--watch-pid"), opts.get("--users"), opts.get("--handover"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    out.println(READY + " bolt://127.0.0.1:" + port + " " + ms + "ms");
    out.flush();
    awaitQuietly(done);
  }

  /** Configuration for a small, quiet, local-only server. */
  static Map<String, String> settings(String port, String pageCache) {
    Map<String, String> s = new HashMap<>();
    s.put("server.bolt.enabled", "true");
    s.put("server.bolt.listen_address", "127.0.0.1:" + port);
    s.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    s.put("server.bolt.tls_level", "DISABLED");
    s.put("dbms.security.auth_enabled", "false");
    s.put("server.memory.pagecache.size", pageCache);
    s.put("db.tx_log.preallocate", "false");
    s.put("db.tx_log.rotation.retention_policy", "2 files");
    s.put("dbms.usage_report.enabled", "false");
    s.put("db.logs.query.enabled", "OFF");
    s.put("server.logs.gc.enabled", "false");
    s.put("dbms.routing.enabled", "false");
    // Bolt (Netty) waits a quiet period of seconds on shutdown: stop at once.
    s.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    s.put("internal.dbms.bolt.netty_server_shutdown_timeout", "5s");
    return s;
  }

  /** Writes the settings as a properties file (the builder takes no raw map). */
  static Path writeConf(Path dir, Map<String, String> settings) throws IOException {
    Files.createDirectories(dir);
    StringBuilder b = new StringBuilder("# written by the cigraph launcher at every start\n");
    settings.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    Path conf = dir.resolve("cigraph-neo4j.conf");
    Files.writeString(conf, b.toString());
    return conf;
  }

  private static void shutdown(DatabaseManagementService dbms, CountDownLatch done) {
    try {
      dbms.shutdown();
    } finally {
      done.countDown();
    }
  }

  /**
   * Exits (running the shutdown hook) once the given parent process has
   * ended or handed the server over, and no other process uses it.
   */
  private static void watchParent(String pid, String users, String handover) {
    if (pid == null) {
      return;
    }
    AtomicBoolean parentGone = new AtomicBoolean();
    ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
        h -> h.onExit().thenRun(() -> parentGone.set(true)),
        () -> parentGone.set(true));
    Thread t = new Thread(() -> {
      while (true) {
        boolean released = parentGone.get() || handover != null && Files.exists(Path.of(handover));
        if (released && holdForExit(users)) {
          System.exit(0);
        }
        sleepQuietly(200);
      }
    }, "parent-watch");
    t.setDaemon(true);
    t.start();
  }

  /** The users file, locked for good once this launcher has decided to exit. */
  private static FileChannel exitLock;

  /**
   * Takes the users file exclusively when no other process uses the server,
   * and keeps it until the JVM has exited: a command that borrows the server
   * in the same instant then waits for the exit and starts a new server,
   * instead of connecting to one that is going away.
   */
  static boolean holdForExit(String users) {
    if (users == null) {
      return true;
    }
    try {
      FileChannel ch = FileChannel.open(Path.of(users), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock = ch.tryLock();
      if (lock == null) {
        ch.close();
        return false;
      }
      exitLock = ch;
      return true;
    } catch (IOException e) {
      return true;
    }
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch done) {
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      m.put(args[i], args[i + 1]);
    }
    return m;
  }
}
