package io.radlake.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line (INFO and above, with exception texts) written while it is open, from Spark, Delta and
 * radlake alike, so tests can assert what a job never logs.
 */
public final class LogCapture implements AutoCloseable {
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
  private final AbstractAppender appender;
  private final Level previousLevel;

  private LogCapture() {
    appender = new AbstractAppender("radlake-test-capture", null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
            .append(event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
          line.append(" | ").append(t);
        }
        lines.add(line.toString());
      }
    };
    appender.start();
    Configuration config = context.getConfiguration();
    LoggerConfig root = config.getRootLogger();
    previousLevel = root.getLevel();
    root.addAppender(appender, Level.INFO, null);
    root.setLevel(Level.INFO);
    context.updateLoggers();
  }

  public static LogCapture start() {
    return new LogCapture();
  }

  public List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void close() {
    LoggerConfig root = context.getConfiguration().getRootLogger();
    root.removeAppender(appender.getName());
    root.setLevel(previousLevel);
    context.updateLoggers();
    appender.stop();
  }
}
