package io.radlake.spark;

import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/** One precedence for every option: CLI flag > {@code spark.radlake.*} conf > table property > default. */
public final class OptionResolver {
  private final Function<String, String> sparkConf;
  private final Map<String, String> tableProperties;

  public OptionResolver(Function<String, String> sparkConf, Map<String, String> tableProperties) {
    this.sparkConf = sparkConf;
    this.tableProperties = Map.copyOf(tableProperties);
  }

  public static OptionResolver of(SparkSession spark, Map<String, String> tableProperties) {
    return new OptionResolver(key -> spark.conf().getOption(key).getOrElse(() -> null), tableProperties);
  }

  /** The effective value of {@code key}; {@code cliValue} is null when the flag was not given. */
  public String resolve(String key, Object cliValue, String defaultValue) {
    if (cliValue != null) {
      return cliValue.toString();
    }
    String conf = sparkConf.apply(RadlakeOptions.SPARK_CONF_PREFIX + key);
    if (conf != null) {
      return conf;
    }
    String property = tableProperties.get(RadlakeOptions.TABLE_PROPERTY_PREFIX + key);
    return property != null ? property : defaultValue;
  }

  public long resolveLong(String key, Long cliValue, long defaultValue) {
    String value = resolve(key, cliValue, Long.toString(defaultValue));
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "option " + key + " (spark.radlake." + key + ") must be a whole number, got: " + value);
    }
  }
}
