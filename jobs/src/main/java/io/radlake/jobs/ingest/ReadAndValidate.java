package io.radlake.jobs.ingest;

import io.radlake.ingest.BronzeRecord;
import io.radlake.ingest.IngestSettings;
import io.radlake.ingest.ReasonCode;
import io.radlake.ingest.RecordProblem;
import io.radlake.ingest.RecordValidator;
import io.radlake.ingest.SourceReader;
import io.radlake.ingest.SourceReaders;
import io.radlake.ingest.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Executor side of ingest: streams each file of a partition record by record (constant memory)
 * and turns each record into a row of {@link IngestSchema#READ}, valid or with its problem. A
 * file that fails mid-way yields the records read so far plus one UNREADABLE_FILE row.
 */
final class ReadAndValidate implements FlatMapFunction<Iterator<SourceFile>, Row> {
  private final IngestSettings settings;
  private final Map<String, String> hadoopConf;

  ReadAndValidate(IngestSettings settings, Map<String, String> hadoopConf) {
    this.settings = settings;
    this.hadoopConf = hadoopConf;
  }

  @Override
  public Iterator<Row> call(Iterator<SourceFile> files) {
    Configuration conf = new Configuration(false);
    hadoopConf.forEach(conf::set);
    RecordValidator validator = new RecordValidator(settings);
    return new Iterator<>() {
      private SourceFile file;
      private SourceReader reader;
      private long lastRecord;
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (reader == null) {
            if (!files.hasNext()) {
              return false;
            }
            file = files.next();
            lastRecord = 0;
            try {
              reader = SourceReaders.open(file.path(), file.format(), settings, conf);
            } catch (IOException | RuntimeException e) {
              next = unreadable(file, 0, e);
              continue;
            }
          }
          try {
            SourceRecord record = reader.next();
            if (record == null) {
              closeReader();
            } else {
              lastRecord = record.recordNumber();
              next = toRow(record, validator.validate(record));
            }
          } catch (IOException | RuntimeException e) {
            closeReader();
            next = unreadable(file, lastRecord + 1, e);
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }

      private void closeReader() {
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close " + file.path(), e);
        } finally {
          reader = null;
        }
      }
    };
  }

  private static Row toRow(SourceRecord source, RecordValidator.Outcome outcome) {
    if (!outcome.accepted()) {
      return problemRow(
          outcome.reportId(), source.sourceFile(), source.recordNumber(), source.format().label(),
          outcome.problem(), source.rawBytes());
    }
    BronzeRecord r = outcome.record();
    return RowFactory.create(
        r.reportId(), r.patientId(), r.accessionNumber(), r.studyDatetime(), r.modality(), r.bodyPart(), r.siteId(),
        r.patientSex(), r.patientAge(), scala.collection.JavaConverters.mapAsScalaMap(r.attributes()), r.reportText(), r.contentHash(), r.sourceFile(),
        r.sourceRecord(), r.sourceFormat().label(), null, null, null);
  }

  private static Row unreadable(SourceFile file, long recordNumber, Exception e) {
    // The exception message may quote file content; keep only its type.
    RecordProblem problem =
        new RecordProblem(
            ReasonCode.UNREADABLE_FILE,
            "file cannot be read"
                + (recordNumber > 0 ? " after record " + (recordNumber - 1) : "")
                + " (" + e.getClass().getSimpleName()
                + "); check that it is a complete " + file.format().label()
                + " file, then re-run ingest: records already read are kept");
    return problemRow(null, file.path(), recordNumber, file.format().label(), problem, new byte[0]);
  }

  private static Row problemRow(
      String reportId, String file, long record, String format, RecordProblem problem, byte[] raw) {
    return RowFactory.create(
        reportId, null, null, null, null, null, null, null, null, null, null, null, file, record, format,
        problem.code().name(), problem.describe(), raw);
  }
}
