package io.radlake.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.resource.ResourceProfile$;
import org.apache.spark.resource.ResourceRequest;
import org.apache.spark.resource.ResourceRequirement;
import org.apache.spark.resource.ResourceUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.collection.JavaConverters;

/**
 * cluster-config/ against the build: the same Java 17 opens as the pom, class names that exist,
 * scripts that parse, run and assemble the spark-submit command the README describes. No cluster
 * needed.
 */
class ClusterConfigTest {
  private static final List<String> SCRIPTS = List.of("getGpusResources.sh", "submit.sh", "local-standalone.sh");
  private static final String POD_TEMPLATE = "k8s-executor-pod-template.yaml";
  /** Where submit.sh tells Kubernetes executors to find the discovery script (the pod template mounts it). */
  private static final String K8S_DISCOVERY_SCRIPT = "/opt/radlake/gpu/getGpusResources.sh";

  @ParameterizedTest
  @ValueSource(strings = {"spark.driver.extraJavaOptions", "spark.executor.extraJavaOptions"})
  void addOpensEqualTheParentPomList(String key) {
    List<String> pom = RepoFiles.flags(RepoFiles.pomProperty("spark.java17.opens"));
    String value = RepoFiles.sparkDefaults().getProperty(key);
    assertThat(value).as(key).isNotNull();
    List<String> conf = RepoFiles.flags(value);

    // Same --add-opens, same order; and the pom's other flags (useDirectMethodHandle) too.
    assertThat(addOpens(conf)).isEqualTo(addOpens(pom)).isNotEmpty();
    assertThat(conf).containsAll(pom);
    assertThat(conf).contains("-Dai.djl.offline=true");
  }

  @Test
  void pomOpensAreAllFlagsSparkItselfAddsOnJava17() {
    // Guards the pom list against typos: every flag must be one Spark 3.5's launcher also uses.
    // (Spark also opens java.security.jgss/sun.security.krb5 for Kerberos; the pom does not.)
    List<String> spark = RepoFiles.flags(JavaModuleOptions.defaultModuleOptions());
    assertThat(spark).containsAll(RepoFiles.flags(RepoFiles.pomProperty("spark.java17.opens")));
  }

  @Test
  void executorsRunDjlOfflineWithALocalCacheDir() {
    Properties conf = RepoFiles.sparkDefaults();
    List<String> executor = RepoFiles.flags(conf.getProperty("spark.executor.extraJavaOptions"));
    assertThat(executor).contains("-Dai.djl.offline=true");
    // DJL checks the DJL_OFFLINE env var before the system property, so the env must agree.
    assertThat(conf.getProperty("spark.executorEnv.DJL_OFFLINE")).isEqualTo("true");
    assertThat(executor)
        .filteredOn(f -> f.startsWith("-DDJL_CACHE_DIR="))
        .singleElement()
        .satisfies(f -> assertThat(f.substring("-DDJL_CACHE_DIR=".length())).startsWith("/"));
  }

  @Test
  void configuredClassesExistOnTheJobsClasspath() throws Exception {
    Properties conf = RepoFiles.sparkDefaults();
    // A typo here only fails on the cluster at session start; Class.forName fails now.
    for (String key :
        List.of("spark.sql.extensions", "spark.sql.catalog.spark_catalog", "spark.serializer")) {
      String className = conf.getProperty(key);
      assertThat(className).as(key).isNotBlank();
      assertThat(Class.forName(className)).as(key).isNotNull();
    }
    assertThat(conf.getProperty("spark.serializer"))
        .isEqualTo("org.apache.spark.serializer.KryoSerializer");
    assertThat(conf.getProperty("spark.executor.memoryOverhead")).isNotBlank();
  }

  @Test
  void gpuKeysRequestGpusAndSubmitCpuOverridesTurnThemOff(@TempDir Path tmp) throws Exception {
    SparkConf gpu = sparkConf(RepoFiles.sparkDefaults());
    assertThat(executorGpuAmount(gpu)).isEqualTo(1L);
    assertThat(taskResourceNames(gpu)).containsExactly("gpu");
    // One inference task per GPU (radlake infer holds a model per task): the GPU limits an executor to 1 task.
    try {
      ResourceProfile profile = ResourceProfile$.MODULE$.getOrCreateDefaultProfile(gpu);
      assertThat(profile.maxTasksPerExecutor(gpu)).isEqualTo(1);
      assertThat(profile.limitingResource(gpu)).isEqualTo("gpu");
    } finally {
      // The default profile is cached per JVM: a later test's SparkContext must not inherit this GPU one.
      ResourceProfile$.MODULE$.clearDefaultProfile();
    }
    assertThat(gpu.get("spark.executor.resource.gpu.discoveryScript"))
        .endsWith("getGpusResources.sh");

    // submit.sh's --torch cpu overrides, read by Spark's own resource parser: no GPU requested.
    SparkConf cpu = sparkConf(RepoFiles.sparkDefaults());
    fakeNativeJar(
        tmp,
        RepoFiles.pomProperty("pytorch.native.artifact"),
        RepoFiles.pomProperty("pytorch.version"),
        RepoFiles.pomProperty("pytorch.native.classifier"));
    Path appJar = Files.createFile(tmp.resolve("app.jar"));
    DryRun d =
        dryRun(
            Map.of(
                "M2_REPO", tmp.resolve("m2").toString(), "RADLAKE_SUBMIT_JAR", appJar.toString()),
            "--master",
            "yarn",
            "ingest");
    assertThat(d.result.exit).as(d.result.stderr).isZero();
    List<String> cmd = d.command;
    assertThat(cmd)
        .contains("spark.executor.resource.gpu.amount=0", "spark.task.resource.gpu.amount=0");
    for (int i = 0; i < cmd.size() - 1; i++) {
      if (cmd.get(i).equals("--conf")) {
        String[] kv = cmd.get(i + 1).split("=", 2);
        cpu.set(kv[0], kv[1]);
      }
    }
    assertThat(executorGpuAmount(cpu)).isNull();
    assertThat(taskResourceNames(cpu)).isEmpty();
  }

  @Test
  void scriptsAreExecutableAndParse() throws Exception {
    for (String name : SCRIPTS) {
      Path script = RepoFiles.clusterConfig(name);
      assertThat(script).isRegularFile();
      // Owner x bit, not Files.isExecutable: as root that is true whenever any x bit is set.
      assertThat(Files.getPosixFilePermissions(script))
          .as(name + " is executable")
          .contains(
              PosixFilePermission.OWNER_EXECUTE,
              PosixFilePermission.GROUP_EXECUTE,
              PosixFilePermission.OTHERS_EXECUTE);
      Result r = run(List.of("bash", "-n", script.toString()), Map.of());
      assertThat(r.exit).as("bash -n " + name + ": " + r.stderr).isZero();
    }
  }

  @Test
  void gpuDiscoveryPrintsSparkResourceJson(@TempDir Path tmp) throws Exception {
    // A stand-in nvidia-smi that only answers the query Spark's standard script makes.
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path smi = bin.resolve("nvidia-smi");
    Files.writeString(
        smi,
        "#!/bin/sh\n"
            + "[ \"$*\" = \"--query-gpu=index --format=csv,noheader\" ] || { echo \"bad args: $*\""
            + " >&2; exit 3; }\n"
            + "printf '0\\n"
            + "1\\n"
            + "'\n");
    Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));

    Result r = run(List.of(RepoFiles.clusterConfig("getGpusResources.sh").toString()), env);
    assertThat(r.exit).as(r.stderr).isZero();
    JsonNode json = new ObjectMapper().readTree(r.stdout);
    assertThat(json.get("name").asText()).isEqualTo("gpu");
    assertThat(json.get("addresses").isArray()).isTrue();
    assertThat(json.get("addresses")).extracting(JsonNode::asText).containsExactly("0", "1");

    // No nvidia-smi at all: fail, so Spark does not start an executor with no GPU.
    Result none =
        run(
            List.of(RepoFiles.clusterConfig("getGpusResources.sh").toString()),
            Map.of("PATH", "/usr/bin:/bin"));
    assertThat(none.exit).isNotZero();
  }

  @Test
  void submitCpuShipsThePomsNativeJarAndPropertiesFile(@TempDir Path tmp) throws Exception {
    String version = RepoFiles.pomProperty("pytorch.version");
    String classifier = RepoFiles.pomProperty("pytorch.native.classifier");
    Path cpuJar =
        fakeNativeJar(tmp, RepoFiles.pomProperty("pytorch.native.artifact"), version, classifier);
    Path appJar = Files.createFile(tmp.resolve("app.jar"));

    DryRun d =
        dryRun(
            Map.of(
                "M2_REPO", tmp.resolve("m2").toString(), "RADLAKE_SUBMIT_JAR", appJar.toString()),
            "--master",
            "yarn",
            "ingest",
            "--input",
            "/data/reports",
            "--since",
            "2024-01-01");

    assertThat(d.result.exit).as(d.result.stderr).isZero();
    assertThat(optionValue(d.command, "--master")).isEqualTo("yarn");
    assertThat(optionValue(d.command, "--deploy-mode")).isEqualTo("cluster");
    assertThat(optionValue(d.command, "--class")).isEqualTo("io.radlake.cli.RadlakeCli");
    assertThat(Path.of(optionValue(d.command, "--properties-file")))
        .isEqualTo(RepoFiles.clusterConfig("spark-defaults.conf"));
    assertThat(optionValue(d.command, "--jars")).isEqualTo(cpuJar.toString());
    assertThat(d.command).doesNotContain("--archives", "--files");
    // The app jar, then JOB and its flags untouched, at the end.
    assertThat(d.command.subList(d.command.size() - 6, d.command.size()))
        .containsExactly(
            appJar.toString(), "ingest", "--input", "/data/reports", "--since", "2024-01-01");
  }

  @Test
  void submitCudaShipsTheCudaProfileJarDiscoveryScriptAndModel(@TempDir Path tmp) throws Exception {
    String version = RepoFiles.pomProperty("pytorch.version");
    String classifier = RepoFiles.pomProperty("pytorch.native.classifier");
    Path cudaJar =
        fakeNativeJar(
            tmp,
            RepoFiles.pomProfileProperty("cuda", "pytorch.native.artifact"),
            version,
            classifier);
    Path appJar = Files.createFile(tmp.resolve("app.jar"));
    Path model = Files.createDirectories(tmp.resolve("my model"));
    Files.writeString(model.resolve("config.json"), "{}");

    DryRun d =
        dryRun(
            Map.of(
                "M2_REPO",
                tmp.resolve("m2").toString(),
                "RADLAKE_SUBMIT_JAR",
                appJar.toString(),
                "TMPDIR",
                tmp.toString()),
            "--master",
            "k8s://https://api.example:6443",
            "--torch",
            "cuda",
            "--model-dir",
            model.toString(),
            "--conf",
            "spark.executor.instances=2",
            "infer",
            "--model",
            "model");

    assertThat(d.result.exit).as(d.result.stderr).isZero();
    assertThat(optionValue(d.command, "--jars")).isEqualTo(cudaJar.toString());
    // Kubernetes: the discovery script comes from the pod template's ConfigMap mount, not --files.
    assertThat(d.command).doesNotContain("--files")
        .contains("spark.executor.resource.gpu.discoveryScript=" + K8S_DISCOVERY_SCRIPT,
            "spark.kubernetes.executor.podTemplateFile=" + RepoFiles.clusterConfig(POD_TEMPLATE));
    // GPU runs keep spark-defaults.conf's GPU amounts: no zero overrides.
    assertThat(d.command).noneMatch(a -> a.startsWith("spark.executor.resource.gpu.amount="));
    assertThat(d.command).contains("spark.executor.instances=2");

    String archive = optionValue(d.command, "--archives");
    assertThat(archive).endsWith("#model");
    Path tgz = Path.of(archive.substring(0, archive.length() - "#model".length()));
    Result listing = run(List.of("tar", "-tzf", tgz.toString()), Map.of());
    assertThat(listing.stdout.lines()).contains("./config.json");
  }

  @Test
  void submitCudaOnYarnShipsTheDiscoveryScriptWithFiles(@TempDir Path tmp) throws Exception {
    fakeNativeJar(tmp, RepoFiles.pomProfileProperty("cuda", "pytorch.native.artifact"),
        RepoFiles.pomProperty("pytorch.version"), RepoFiles.pomProperty("pytorch.native.classifier"));
    Path appJar = Files.createFile(tmp.resolve("app.jar"));
    DryRun d = dryRun(Map.of("M2_REPO", tmp.resolve("m2").toString(), "RADLAKE_SUBMIT_JAR", appJar.toString()),
        "--master", "yarn", "--torch", "cuda", "infer", "--model", "./model", "--device", "gpu");
    assertThat(d.result.exit).as(d.result.stderr).isZero();
    assertThat(Path.of(optionValue(d.command, "--files"))).isEqualTo(RepoFiles.clusterConfig("getGpusResources.sh"));
    assertThat(d.command).noneMatch(a -> a.startsWith("spark.kubernetes."))
        .noneMatch(a -> a.startsWith("spark.executor.resource.gpu.discoveryScript="));
  }

  @Test
  void k8sPodTemplateMountsTheDjlCacheDiskAndTheDiscoveryScript() throws Exception {
    JsonNode pod = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .readTree(RepoFiles.clusterConfig(POD_TEMPLATE).toFile());
    assertThat(pod.path("kind").asText()).isEqualTo("Pod");
    JsonNode container = pod.path("spec").path("containers").get(0);
    Map<String, String> mounts = new java.util.HashMap<>();
    container.path("volumeMounts").forEach(m -> mounts.put(m.path("name").asText(), m.path("mountPath").asText()));
    Map<String, JsonNode> volumes = new java.util.HashMap<>();
    pod.path("spec").path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
    assertThat(volumes.keySet()).containsAll(mounts.keySet());

    // DJL_CACHE_DIR (spark-defaults.conf) lies on a writable emptyDir mount.
    String cacheDir = RepoFiles.flags(RepoFiles.sparkDefaults().getProperty("spark.executor.extraJavaOptions")).stream()
        .filter(f -> f.startsWith("-DDJL_CACHE_DIR=")).findFirst().orElseThrow().substring("-DDJL_CACHE_DIR=".length());
    assertThat(mounts).anySatisfy((name, path) -> {
      assertThat(cacheDir).startsWith(path + "/");
      assertThat(volumes.get(name).has("emptyDir")).isTrue();
    });

    // submit.sh's discovery script path is the ConfigMap item, executable, named as in cluster-config/.
    assertThat(mounts).anySatisfy((name, path) -> {
      JsonNode configMap = volumes.get(name).path("configMap");
      assertThat(configMap.isMissingNode()).isFalse();
      JsonNode item = configMap.path("items").get(0);
      assertThat(item.path("key").asText()).isEqualTo("getGpusResources.sh");
      assertThat(path + "/" + item.path("path").asText()).isEqualTo(K8S_DISCOVERY_SCRIPT);
      assertThat(configMap.path("defaultMode").asInt()).isEqualTo(0755);
      assertThat(configMap.path("optional").asBoolean()).as("CPU executors start without it").isTrue();
    });
  }

  @Test
  void submitRefusesMissingJarsAndUnknownMasters(@TempDir Path tmp) throws Exception {
    Path appJar = Files.createFile(tmp.resolve("app.jar"));
    Map<String, String> emptyM2 =
        Map.of(
            "M2_REPO", tmp.resolve("empty-m2").toString(), "RADLAKE_SUBMIT_JAR", appJar.toString());

    Result noNative = dryRun(emptyM2, "--master", "yarn", "--torch", "cuda", "infer").result;
    assertThat(noNative.exit).isNotZero();
    assertThat(noNative.stderr)
        .contains("libtorch jar not found")
        .contains(RepoFiles.pomProfileProperty("cuda", "pytorch.native.artifact"));

    Result badMaster = dryRun(emptyM2, "--master", "local[2]", "ingest").result;
    assertThat(badMaster.exit).isNotZero();
    assertThat(badMaster.stderr).contains("unsupported --master");

    // The default app jar is the shade plugin's submit jar for the pom's version.
    Path cpuJar =
        fakeNativeJar(
            tmp,
            RepoFiles.pomProperty("pytorch.native.artifact"),
            RepoFiles.pomProperty("pytorch.version"),
            RepoFiles.pomProperty("pytorch.native.classifier"));
    assertThat(cpuJar).exists();
    Result defaultJar =
        run(
            List.of(
                RepoFiles.clusterConfig("submit.sh").toString(),
                "--master",
                "yarn",
                "--dry-run",
                "ingest"),
            Map.of("M2_REPO", tmp.resolve("m2").toString()));
    String expected =
        RepoFiles.root()
            .resolve("jobs/target/radlake-jobs-" + RepoFiles.pomVersion() + "-submit.jar")
            .toString();
    // Either the jar was built (then it is in the command) or the error names it.
    assertThat(defaultJar.stdout + defaultJar.stderr).contains(expected);
  }

  // ---------------------------------------------------------------------------------------------

  private static List<String> addOpens(List<String> flags) {
    return flags.stream().filter(f -> f.startsWith("--add-opens=")).collect(Collectors.toList());
  }

  private static SparkConf sparkConf(Properties props) {
    SparkConf conf = new SparkConf(false);
    props.stringPropertyNames().forEach(k -> conf.set(k, props.getProperty(k)));
    return conf;
  }

  /** The executor GPU amount Spark's resource parser sees, or null when it drops the request. */
  private static Long executorGpuAmount(SparkConf conf) {
    List<ResourceRequest> requests =
        JavaConverters.seqAsJavaList(
            ResourceUtils.parseAllResourceRequests(conf, "spark.executor"));
    return requests.stream()
        .filter(r -> r.id().resourceName().equals("gpu"))
        .map(ResourceRequest::amount)
        .findFirst()
        .orElse(null);
  }

  private static List<String> taskResourceNames(SparkConf conf) {
    List<ResourceRequirement> reqs =
        JavaConverters.seqAsJavaList(ResourceUtils.parseResourceRequirements(conf, "spark.task"));
    return reqs.stream().map(ResourceRequirement::resourceName).collect(Collectors.toList());
  }

  private static Path fakeNativeJar(Path tmp, String artifact, String version, String classifier)
      throws IOException {
    // Only the path matters to submit.sh; the real jars are 0.45 to several GB.
    Path dir =
        Files.createDirectories(
            tmp.resolve("m2/ai/djl/pytorch").resolve(artifact).resolve(version));
    Path jar = dir.resolve(artifact + "-" + version + "-" + classifier + ".jar");
    return Files.exists(jar) ? jar : Files.createFile(jar);
  }

  private static String optionValue(List<String> command, String option) {
    int i = command.indexOf(option);
    assertThat(i).as(option + " in " + command).isNotNegative().isLessThan(command.size() - 1);
    return command.get(i + 1);
  }

  private record Result(int exit, String stdout, String stderr) {}

  private record DryRun(Result result, List<String> command) {}

  /** submit.sh --dry-run prints one shell-quoted argument per line, joined by " \". */
  private static DryRun dryRun(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(RepoFiles.clusterConfig("submit.sh").toString());
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    cmd.addAll(rest.subList(0, Math.min(2, rest.size()))); // --master X
    cmd.add("--dry-run");
    cmd.addAll(rest.subList(Math.min(2, rest.size()), rest.size()));
    Result r = run(cmd, env);
    List<String> command = new ArrayList<>();
    for (String line : r.stdout.split("\n")) {
      String arg = line.strip();
      if (arg.endsWith(" \\")) {
        arg = arg.substring(0, arg.length() - 2);
      }
      if (!arg.isEmpty()) {
        command.add(unquote(arg));
      }
    }
    return new DryRun(r, command);
  }

  /** Undo bash printf %q for the characters our paths and flags use (backslash escapes only). */
  private static String unquote(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        b.append(s.charAt(++i));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static Result run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    if (!env.containsKey("RADLAKE_SUBMIT_JAR")) {
      pb.environment().remove("RADLAKE_SUBMIT_JAR");
    }
    // Output to files, not pipes: a full pipe can never block the script, and the wait is bounded.
    Path out = Files.createTempFile("radlake-script-", ".out");
    Path err = Files.createTempFile("radlake-script-", ".err");
    try {
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      pb.redirectOutput(out.toFile());
      pb.redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
