import io.radlake.corpus.ReportGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes synthetic report texts, NUL-separated, for make_rouge_pairs.py. A single-file program, run in source mode so it
 * stays out of the build: {@code java -cp udfs/target/classes udfs/src/test/python/DumpReports.java SEED COUNT > reports.bin}.
 */
public final class DumpReports {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DumpReports SEED COUNT, got " + args.length + " arguments");
        }
        ReportGenerator generator = new ReportGenerator(Long.parseLong(args[0]));
        int count = Integer.parseInt(args[1]);
        try (OutputStream out = new BufferedOutputStream(System.out)) {
            for (int i = 0; i < count; i++) {
                out.write(generator.generate(i).reportText().getBytes(StandardCharsets.UTF_8));
                out.write(0);
            }
        }
    }
}
