package io.radlake.corpus;

/** Shard numbering shared by data, manifest and ground-truth files. */
final class ShardNames {

    private ShardNames() {
    }

    /** Zero-padded to five digits, like {@code %05d}; more digits only past 99999 shards. */
    static String fiveDigits(int shard) {
        if (shard < 0) {
            throw new IllegalArgumentException("shard number must be >= 0, got: " + shard);
        }
        String digits = Integer.toString(shard);
        return digits.length() >= 5 ? digits : "00000".substring(digits.length()) + digits;
    }

    static String groundTruthFileName(int shard) {
        return "_ground_truth/phi_spans-" + fiveDigits(shard) + ".jsonl";
    }
}
