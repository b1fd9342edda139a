package io.radlake.testing;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another URI scheme ({@code radlake-test:///abs/path}), registered for the test JVM through
 * {@code META-INF/services/org.apache.hadoop.fs.FileSystem}: a path that radlake must treat like an {@code hdfs://} or
 * {@code s3a://} URI (copy to local disk through Hadoop's FileSystem API), with no remote store to run.
 */
public class OtherSchemeLocalFileSystem extends RawLocalFileSystem {
  public static final String SCHEME = "radlake-test";

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }
}
