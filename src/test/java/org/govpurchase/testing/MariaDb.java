package org.govpurchase.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database on the MariaDB/MySQL server at 127.0.0.1:3306 (root, empty password; override
 * with MYSQL_HOST/MYSQL_PORT/MYSQL_USER/MYSQL_PASSWORD) for one test context, with utf8mb4.
 */
public final class MariaDb {

  private MariaDb() {
  }

  public static void register(DynamicPropertyRegistry registry, String prefix) {
    String host = env("MYSQL_HOST", "127.0.0.1");
    String port = env("MYSQL_PORT", "3306");
    String user = env("MYSQL_USER", "root");
    String password = env("MYSQL_PASSWORD", "");
    String database = prefix + "_" + System.currentTimeMillis();
    String server = "jdbc:mysql://" + host + ":" + port + "/";
    try (var connection = DriverManager.getConnection(server, user, password);
        var statement = connection.createStatement()) {
      dropEarlierRuns(statement, prefix);
      statement.execute("CREATE DATABASE " + database
          + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB/MySQL at " + server + " is needed: " + e.getMessage(), e);
    }
    registry.add("MYSQL_HOST", () -> host);
    registry.add("MYSQL_PORT", () -> port);
    registry.add("MYSQL_DATABASE", () -> database);
    registry.add("MYSQL_USER", () -> user);
    registry.add("MYSQL_PASSWORD", () -> password);
  }

  /** test databases of earlier runs on this server: a CI machine keeps its MariaDB between runs */
  private static void dropEarlierRuns(java.sql.Statement statement, String prefix) throws SQLException {
    var stale = new java.util.ArrayList<String>();
    try (var rs = statement.executeQuery("SHOW DATABASES LIKE '" + prefix + "\\_%'")) {
      while (rs.next()) {
        stale.add(rs.getString(1));
      }
    }
    for (String name : stale) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
