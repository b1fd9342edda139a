package io.radlake.jobs;

import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeOptions;
import picocli.CommandLine.Option;

/** --lakehouse, shared by every job. */
public final class LakehouseOption {
  @Option(
      names = "--lakehouse",
      paramLabel = "PATH",
      description = "Root folder or URI of the Delta tables (table layer.name lives at PATH/layer/name)."
          + " Default: spark.radlake.lakehouse, else ./" + RadlakeOptions.DEFAULT_LAKEHOUSE + ".")
  String lakehouse;

  public Lakehouse resolve(OptionResolver resolver) {
    return new Lakehouse(resolver.resolve(RadlakeOptions.LAKEHOUSE, lakehouse, RadlakeOptions.DEFAULT_LAKEHOUSE));
  }
}
