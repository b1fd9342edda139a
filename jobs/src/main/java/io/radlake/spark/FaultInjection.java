package io.radlake.spark;

/**
 * Crash points for recovery tests: with {@code -Dradlake.fault.haltAfterCommit=<table>} the JVM
 * halts (like kill -9: no shutdown hooks, no cleanup) right after a commit to that table. Unset
 * in production, where this does nothing.
 */
public final class FaultInjection {
  public static final String HALT_AFTER_COMMIT = "radlake.fault.haltAfterCommit";
  static final int HALT_STATUS = 137;

  private FaultInjection() {}

  static void afterCommit(String table) {
    if (table.equals(System.getProperty(HALT_AFTER_COMMIT))) {
      System.err.println("radlake: fault injection: halting after commit to " + table);
      System.err.flush();
      Runtime.getRuntime().halt(HALT_STATUS);
    }
  }
}
