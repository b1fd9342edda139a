package io.radlake.jobs.ingest;

import io.radlake.ingest.SourceFormat;
import java.io.Serializable;

/** One input file and the format it is read as. */
public record SourceFile(String path, SourceFormat format, long sizeBytes) implements Serializable {}
