package io.radlake.eval.rouge.bench;

import io.radlake.eval.rouge.BitParallelLcs;
import io.radlake.eval.rouge.DpLcs;
import io.radlake.eval.rouge.LcsAlgorithm;
import io.radlake.eval.rouge.RougeScorer;
import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeTokenizer;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.rouge.Score;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the bit-parallel ROUGE scorer against the same scorer on the plain DP LCS, side by side in one run, single
 * thread, on impression-length pairs from the synthetic report generator. Workloads: ROUGE-1/2/L with stemming (the
 * 50,000 pairs/s per core target), the same plus Lsum, ROUGE-1/2/L on four impressions joined line by line (a
 * findings-length text), and the LCS kernel alone on pre-tokenized impressions and on
 * 16 impressions joined (about 150 tokens a side, so the bit-parallel LCS spans three 64-bit words).
 *
 * <p>Each workload gets a warm-up pass per algorithm, then three alternating timed passes; the faster pass counts.
 * Throughput is reported per wall-clock second and per CPU second of the scoring thread; the latter is the per-core
 * figure and is steadier on a shared machine, so speedups use it. Collector threads are not in it; the allocation
 * per pair column shows what they have to clean up.
 * Usage: {@code java -cp ... io.radlake.eval.rouge.bench.RougeBenchmark [pairs=100000] [seed=20240611]}.
 */
public final class RougeBenchmark {
    static final String ROUGE_12L = "rouge1/2/L, stemmed";
    static final String ROUGE_12L_LSUM = "rouge1/2/L/Lsum, stemmed";
    static final String ROUGE_12L_JOINED = "rouge1/2/L, stemmed, 4 joined";
    static final String LCS_IMPRESSIONS = "LCS only, impressions";
    static final String LCS_LONG = "LCS only, 16 impressions joined";

    private static final int MAX_DISTINCT_PAIRS = 4096;
    private static final int WARM_UP_PAIRS = 20_000;
    private static final int TIMED_ROUNDS = 3;
    private static final int SCORED_JOINED_IMPRESSIONS = 4;
    private static final int LCS_JOINED_IMPRESSIONS = 16;

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20240611L;
        System.out.print(new RougeBenchmark().run(pairs, seed).table());
    }

    public RougeBenchmarkResult run(int pairs, long seed) {
        if (pairs < 1) {
            throw new IllegalArgumentException("pairs must be >= 1, got: " + pairs);
        }
        List<BenchmarkPairs.Pair> pool = BenchmarkPairs.generate(Math.min(pairs, MAX_DISTINCT_PAIRS), seed);
        RougeTokenizer tokenizer = RougeTokenizer.stemming();
        List<int[][]> idPairs = new ArrayList<>(pool.size());
        List<int[][]> longIdPairs = new ArrayList<>(pool.size());
        List<BenchmarkPairs.Pair> joinedPool = new ArrayList<>(pool.size());
        long referenceTokens = 0;
        long predictionTokens = 0;
        for (int k = 0; k < pool.size(); k++) {
            BenchmarkPairs.Pair pair = pool.get(k);
            int[][] ids = toIds(tokenizer.tokenize(pair.reference()), tokenizer.tokenize(pair.prediction()));
            idPairs.add(ids);
            referenceTokens += ids[0].length;
            predictionTokens += ids[1].length;
            BenchmarkPairs.Pair joined = join(pool, k, LCS_JOINED_IMPRESSIONS);
            longIdPairs.add(toIds(tokenizer.tokenize(joined.reference()), tokenizer.tokenize(joined.prediction())));
            joinedPool.add(join(pool, k, SCORED_JOINED_IMPRESSIONS));
        }

        List<RougeBenchmarkResult.Row> rows = new ArrayList<>();
        boolean identical = true;
        RougeType[] rouge12L = {RougeType.ROUGE_1, RougeType.ROUGE_2, RougeType.ROUGE_L};
        double impressionTokens = meanTokens(idPairs);
        identical &= timeScorers(ROUGE_12L, pool, impressionTokens, pairs, rouge12L, rows);
        identical &= timeScorers(ROUGE_12L_LSUM, pool, impressionTokens, pairs, RougeType.values(), rows);
        identical &= timeScorers(ROUGE_12L_JOINED, joinedPool, meanTokens(joinedPool, tokenizer), pairs, rouge12L,
                rows);
        identical &= timeLcs(LCS_IMPRESSIONS, idPairs, pairs, rows);
        identical &= timeLcs(LCS_LONG, longIdPairs, pairs, rows);
        return new RougeBenchmarkResult(pairs, pool.size(), seed, (double) referenceTokens / pool.size(),
                (double) predictionTokens / pool.size(), rows, identical);
    }

    private static boolean timeScorers(String workload, List<BenchmarkPairs.Pair> pool, double meanTokens, int pairs,
                                       RougeType[] types, List<RougeBenchmarkResult.Row> rows) {
        LcsAlgorithm[] algorithms = {new BitParallelLcs(), new DpLcs()};
        Pass[] passes = new Pass[algorithms.length];
        for (int a = 0; a < algorithms.length; a++) {
            RougeScorer scorer = RougeScorer.builder().metrics(types).useStemmer(true).lcsAlgorithm(algorithms[a])
                    .build();
            passes[a] = new Pass(workload, algorithms[a].name(), pairs, count -> scoreAll(scorer, pool, count));
        }
        return runPasses(passes, meanTokens, rows);
    }

    private static boolean timeLcs(String workload, List<int[][]> idPairs, int pairs,
                                   List<RougeBenchmarkResult.Row> rows) {
        LcsAlgorithm[] algorithms = {new BitParallelLcs(), new DpLcs()};
        Pass[] passes = new Pass[algorithms.length];
        for (int a = 0; a < algorithms.length; a++) {
            LcsAlgorithm lcs = algorithms[a];
            passes[a] = new Pass(workload, lcs.name(), pairs, count -> {
                double sum = 0;
                for (int k = 0; k < count; k++) {
                    int[][] pair = idPairs.get(k % idPairs.size());
                    sum += lcs.length(pair[0], pair[1]);
                }
                return sum;
            });
        }
        return runPasses(passes, meanTokens(idPairs), rows);
    }

    private static double scoreAll(RougeScorer scorer, List<BenchmarkPairs.Pair> pool, int count) {
        // Summing every measure keeps the JIT from dropping work and lets the two algorithms' results be compared.
        double sum = 0;
        for (int k = 0; k < count; k++) {
            BenchmarkPairs.Pair pair = pool.get(k % pool.size());
            RougeScores scores = scorer.score(pair.reference(), pair.prediction());
            for (RougeType type : scores.types()) {
                Score score = scores.get(type);
                sum += score.precision() + 2 * score.recall() + 4 * score.fmeasure();
            }
        }
        return sum;
    }

    /** Warm-up for all, then alternating timed rounds; adds one row per pass, first pass is the fast algorithm. */
    private static boolean runPasses(Pass[] passes, double meanTokens, List<RougeBenchmarkResult.Row> rows) {
        for (Pass pass : passes) {
            pass.body.run(Math.min(pass.pairs, WARM_UP_PAIRS));
        }
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (Pass pass : passes) {
                pass.time();
            }
        }
        double baseline = passes[passes.length - 1].pairsPerCpuSecond();
        boolean identical = true;
        for (Pass pass : passes) {
            identical &= pass.checksum == passes[0].checksum;
            rows.add(new RougeBenchmarkResult.Row(pass.workload, pass.algorithm, meanTokens, pass.bestSeconds,
                    pass.bestCpuSeconds, pass.pairs / pass.bestSeconds, pass.pairsPerCpuSecond(),
                    pass.pairsPerCpuSecond() / baseline, pass.allocatedBytesPerPair, pass.peakHeapBytes));
        }
        return identical;
    }

    private static double meanTokens(List<int[][]> idPairs) {
        long tokens = 0;
        for (int[][] pair : idPairs) {
            tokens += pair[0].length + pair[1].length;
        }
        return tokens / (2.0 * idPairs.size());
    }

    private static double meanTokens(List<BenchmarkPairs.Pair> pairs, RougeTokenizer tokenizer) {
        long tokens = 0;
        for (BenchmarkPairs.Pair pair : pairs) {
            tokens += tokenizer.tokenize(pair.reference()).size() + tokenizer.tokenize(pair.prediction()).size();
        }
        return tokens / (2.0 * pairs.size());
    }

    /** Pairs k, k+1, ... joined line by line: findings-length multi-line texts. */
    private static BenchmarkPairs.Pair join(List<BenchmarkPairs.Pair> pool, int first, int count) {
        StringBuilder reference = new StringBuilder();
        StringBuilder prediction = new StringBuilder();
        for (int j = 0; j < count; j++) {
            BenchmarkPairs.Pair part = pool.get((first + j) % pool.size());
            reference.append(part.reference()).append('\n');
            prediction.append(part.prediction()).append('\n');
        }
        return new BenchmarkPairs.Pair(reference.toString(), prediction.toString());
    }

    private static int[][] toIds(List<String> reference, List<String> prediction) {
        Map<String, Integer> ids = new HashMap<>();
        return new int[][] {toIds(reference, ids), toIds(prediction, ids)};
    }

    private static int[] toIds(List<String> tokens, Map<String, Integer> ids) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(tokens.get(i), token -> ids.size());
        }
        return out;
    }

    private interface Body {
        double run(int pairs);
    }

    /** One algorithm on one workload: its best time, allocation and peak heap over the timed rounds. */
    private static final class Pass {
        final String workload;
        final String algorithm;
        final int pairs;
        final Body body;
        double bestSeconds = Double.MAX_VALUE;
        double bestCpuSeconds = Double.MAX_VALUE;
        double allocatedBytesPerPair = -1;
        long peakHeapBytes;
        double checksum;

        Pass(String workload, String algorithm, int pairs, Body body) {
            this.workload = workload;
            this.algorithm = algorithm;
            this.pairs = pairs;
            this.body = body;
        }

        void time() {
            List<MemoryPoolMXBean> heapPools = new ArrayList<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                    pool.resetPeakUsage();
                    heapPools.add(pool);
                }
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long allocatedBefore = allocatedBytes(threads);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            checksum = body.run(pairs);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long allocatedAfter = allocatedBytes(threads);
            bestSeconds = Math.min(bestSeconds, seconds);
            // Without per-thread CPU time, wall time stands in for it.
            bestCpuSeconds = Math.min(bestCpuSeconds, cpuStart < 0 ? seconds : cpuSeconds);
            if (allocatedBefore >= 0 && allocatedAfter >= 0) {
                allocatedBytesPerPair = (double) (allocatedAfter - allocatedBefore) / pairs;
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                peak += pool.getPeakUsage().getUsed();
            }
            peakHeapBytes = Math.max(peakHeapBytes, peak);
        }

        double pairsPerCpuSecond() {
            return pairs / bestCpuSeconds;
        }

        private static long allocatedBytes(ThreadMXBean threads) {
            if (threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemoryEnabled()) {
                return sun.getCurrentThreadAllocatedBytes();
            }
            return -1;
        }
    }
}
