package io.radlake.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.radlake.cli.RadlakeCli;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * cluster-config/databricks/databricks.yml against the CLI, without a workspace: every task runs a RadlakeCli
 * command with options that command has, in an order its dependencies allow, on a Java 17 runtime, with the
 * de-identification secret only in a secret-scope environment variable of the clusters whose command needs it.
 */
class DatabricksBundleTest {
  /** Commands that are not pipeline steps: no job of their own. */
  private static final Set<String> NOT_STEPS = Set.of("generate", "purge", "demo", "bench", "sql", "notebook", "help");
  /** The order the scheduled pipeline must respect. */
  private static final List<String> PIPELINE_ORDER = List.of("ingest", "deidentify", "build-dataset", "infer", "evaluate");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{var\\.([A-Za-z0-9_]+)}");
  private static final Pattern SECRET_REFERENCE = Pattern.compile("\\{\\{secrets/[^/{}]+/[^/{}]+}}");
  private static final String SECRET_ENV = "RADLAKE_DEID_SECRET";

  private static JsonNode bundle;
  private static Map<String, JsonNode> variables;

  @BeforeAll
  static void load() throws Exception {
    Path file = RepoFiles.root().resolve("cluster-config/databricks/databricks.yml");
    bundle = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    variables = new HashMap<>();
    bundle.path("variables").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
  }

  @Test
  void everyTaskRunsTheCliMainClassFromTheSubmitJar() throws Exception {
    String jar = "radlake-jobs-" + RepoFiles.pomVersion() + "-submit.jar";
    JsonNode artifact = bundle.path("artifacts").path("radlake_jar");
    assertThat(artifact.path("build").asText()).contains("-Pdatabricks");
    assertThat(artifact.path("files").get(0).path("source").asText()).endsWith("/jobs/target/" + jar);
    for (Task task : tasks()) {
      String mainClass = task.node.path("spark_jar_task").path("main_class_name").asText();
      Method main = Class.forName(mainClass).getMethod("main", String[].class);
      assertThat(Modifier.isStatic(main.getModifiers())).as(task + " main").isTrue();
      assertThat(mainClass).isEqualTo(RadlakeCli.class.getName());
      // Inference also takes the CUDA libtorch jar (the submit jar leaves libtorch out); nothing else may.
      List<String> expected = task.parameters().get(0).equals("infer")
          ? List.of(artifact.path("files").get(0).path("source").asText(), "${var.libtorch_cuda_jar}")
          : List.of(artifact.path("files").get(0).path("source").asText());
      assertThat(task.node.path("libraries").findValuesAsText("jar")).as(task + " libraries")
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void everyTaskPassesACommandAndOnlyOptionsOfThatCommand() {
    CommandLine cli = RadlakeCli.commandLine();
    for (Task task : tasks()) {
      List<String> args = task.parameters();
      assertThat(args).as(task + " parameters").isNotEmpty();
      CommandLine command = cli.getSubcommands().get(args.get(0));
      assertThat(command).as(task + ": " + args.get(0) + " is a radlake command").isNotNull();
      CommandSpec spec = command.getCommandSpec();
      for (String arg : args.subList(1, args.size())) {
        if (arg.startsWith("--")) {
          assertThat(spec.findOption(arg)).as(task + ": " + args.get(0) + " has option " + arg).isNotNull();
        }
      }
      // picocli parses the command line as the job will: arity, types, required options, positionals.
      List<String> resolved = args.stream().map(a -> resolve(TextNode.valueOf(a)).asText()).toList();
      RadlakeCli.commandLine().parseArgs(resolved.toArray(String[]::new));
    }
  }

  @Test
  void everyPipelineCommandHasAJobOfItsOwn() {
    Set<String> steps = new HashSet<>(RadlakeCli.commandLine().getSubcommands().keySet());
    steps.removeAll(NOT_STEPS);
    Set<String> singleTaskJobs = new HashSet<>();
    bundle.path("resources").path("jobs").forEach(job -> {
      if (job.path("tasks").size() == 1) {
        singleTaskJobs.add(new Task("", job.path("tasks").get(0), null).parameters().get(0));
      }
    });
    assertThat(singleTaskJobs).as("commands with a job of their own (new commands need one, or NOT_STEPS)")
        .containsAll(steps);
  }

  @Test
  void dependenciesNameTasksOfTheSameJobAndHaveNoCycle() {
    bundle.path("resources").path("jobs").fields().forEachRemaining(job -> {
      Map<String, List<String>> dependsOn = new LinkedHashMap<>();
      job.getValue().path("tasks").forEach(t -> dependsOn.put(t.path("task_key").asText(),
          t.path("depends_on").findValuesAsText("task_key")));
      assertThat(dependsOn).as(job.getKey() + " task keys are unique").hasSize(job.getValue().path("tasks").size());
      dependsOn.forEach((task, needs) -> assertThat(dependsOn.keySet()).as(job.getKey() + "/" + task + " depends_on")
          .containsAll(needs));
      dependsOn.keySet().forEach(task -> assertThat(upstream(dependsOn, task)).as(job.getKey() + "/" + task + " cycle")
          .doesNotContain(task));
    });
  }

  @Test
  void aScheduledJobRunsThePipelineInOrderAndRegistersTheTablesLast() {
    List<Map.Entry<String, JsonNode>> scheduled = new ArrayList<>();
    bundle.path("resources").path("jobs").fields().forEachRemaining(job -> {
      if (job.getValue().path("schedule").hasNonNull("quartz_cron_expression")) {
        scheduled.add(job);
      }
    });
    assertThat(scheduled).hasSize(1);
    JsonNode job = scheduled.get(0).getValue();
    Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    Map<String, String> commandOf = new HashMap<>();
    for (JsonNode t : job.path("tasks")) {
      String key = t.path("task_key").asText();
      dependsOn.put(key, t.path("depends_on").findValuesAsText("task_key"));
      commandOf.put(key, new Task(key, t, null).parameters().get(0));
    }
    List<String> keys = new ArrayList<>(dependsOn.keySet());
    for (int i = 1; i < PIPELINE_ORDER.size(); i++) {
      String before = keyOf(commandOf, PIPELINE_ORDER.get(i - 1));
      String after = keyOf(commandOf, PIPELINE_ORDER.get(i));
      assertThat(upstream(dependsOn, after)).as(after + " runs after " + before).contains(before);
    }
    String last = keys.get(keys.size() - 1);
    assertThat(commandOf.get(last)).as("the last task registers the tables for the notebooks").isEqualTo("sql");
    assertThat(upstream(dependsOn, last)).containsAll(keys.subList(0, keys.size() - 1));
  }

  @Test
  void clustersAreDedicatedJava17RuntimesWithKryo() throws Exception {
    for (Task task : tasks()) {
      JsonNode cluster = task.cluster();
      String version = cluster.path("spark_version").asText();
      Matcher lts = Pattern.compile("(\\d+)\\.(\\d+)\\.x-.*scala2\\.12").matcher(version);
      assertThat(lts.matches()).as(task + " runtime " + version + " is a Scala 2.12 image").isTrue();
      boolean jdk17 = Integer.parseInt(lts.group(1)) >= 16
          || cluster.path("spark_env_vars").path("JNAME").asText().startsWith("zulu17");
      assertThat(jdk17).as(task + " runtime " + version + " runs JDK 17 (16.x+, or JNAME=zulu17-ca-amd64)").isTrue();
      assertThat(cluster.path("data_security_mode").asText()).as(task + " dedicated compute").isEqualTo("SINGLE_USER");
      String serializer = cluster.path("spark_conf").path("spark.serializer").asText();
      assertThat(Class.forName(serializer)).isEqualTo(org.apache.spark.serializer.KryoSerializer.class);
      assertThat(cluster.path("spark_env_vars").path("DJL_OFFLINE").asText()).isEqualTo("true");
    }
    JsonNode gpu = resolve(variables.get("gpu_cluster").path("default"));
    assertThat(gpu.path("spark_version").asText()).contains("gpu-ml").endsWith("scala2.12");
    assertThat(gpu.path("node_type_id").asText()).isNotEqualTo(resolve(variables.get("node_type").path("default")).asText());
    assertThat(gpu.path("spark_conf").path("spark.task.resource.gpu.amount").asText()).isEqualTo("1");
  }

  @Test
  void theSecretComesFromASecretScopeOnlyToCommandsThatReadIt() {
    for (Task task : tasks()) {
      for (String arg : task.parameters()) {
        assertThat(arg).as(task + " parameter").doesNotContain("secrets/").doesNotContain(SECRET_ENV)
            .doesNotContainIgnoringCase("secret");
      }
      JsonNode env = task.cluster().path("spark_env_vars");
      env.fields().forEachRemaining(e -> {
        if (e.getKey().contains("SECRET")) {
          assertThat(e.getValue().asText()).as(task + " " + e.getKey()).matches(SECRET_REFERENCE);
        }
      });
      String command = task.parameters().get(0);
      String usage = RadlakeCli.commandLine().getSubcommands().get(command).getUsageMessage();
      boolean readsSecret = usage.contains(SECRET_ENV);
      assertThat(env.has(SECRET_ENV)).as(task + " (" + command + ") gets the secret only if it reads it")
          .isEqualTo(readsSecret);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** A task of a job, with its job cluster resolved (null where not looked up). */
  private record Task(String name, JsonNode node, JsonNode cluster) {
    List<String> parameters() {
      List<String> args = new ArrayList<>();
      node.path("spark_jar_task").path("parameters").forEach(p -> args.add(p.asText()));
      return args;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every task with its job's cluster resolved. */
  private static List<Task> tasks() {
    List<Task> all = new ArrayList<>();
    bundle.path("resources").path("jobs").fields().forEachRemaining(job -> {
      Map<String, JsonNode> clusters = new HashMap<>();
      job.getValue().path("job_clusters").forEach(c ->
          clusters.put(c.path("job_cluster_key").asText(), resolve(c.path("new_cluster"))));
      job.getValue().path("tasks").forEach(t -> {
        String name = job.getKey() + "/" + t.path("task_key").asText();
        JsonNode cluster = clusters.get(t.path("job_cluster_key").asText());
        assertThat(cluster).as(name + " job_cluster_key names a job cluster of its job").isNotNull();
        all.add(new Task(name, t, cluster));
      });
    });
    assertThat(all).isNotEmpty();
    return all;
  }

  /**
   * {@code ${var.name}} replaced by the variable's default, recursively (complex variables are objects); a
   * variable without a default (set at deploy) becomes a placeholder value.
   */
  private static JsonNode resolve(JsonNode node) {
    ObjectMapper json = new ObjectMapper();
    if (node.isTextual()) {
      String text = node.asText();
      Matcher whole = VARIABLE.matcher(text);
      if (whole.matches()) {
        JsonNode variable = variables.get(whole.group(1));
        assertThat(variable).as("variable " + whole.group(1) + " is declared").isNotNull();
        return variable.has("default") ? resolve(variable.get("default")) : json.getNodeFactory().textNode("VAR-" + whole.group(1));
      }
      Matcher m = VARIABLE.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        JsonNode variable = variables.get(m.group(1));
        assertThat(variable).as("variable " + m.group(1) + " is declared").isNotNull();
        String value = variable.has("default") ? resolve(variable.get("default")).asText() : "VAR-" + m.group(1);
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      m.appendTail(out);
      return json.getNodeFactory().textNode(out.toString());
    }
    if (node.isObject()) {
      var copy = json.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        copy.set(e.getKey(), resolve(e.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      var copy = json.createArrayNode();
      node.forEach(n -> copy.add(resolve(n)));
      return copy;
    }
    return node;
  }

  private static Set<String> upstream(Map<String, List<String>> dependsOn, String task) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(dependsOn.getOrDefault(task, List.of()));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(dependsOn.getOrDefault(next, List.of()));
      }
    }
    return seen;
  }

  private static String keyOf(Map<String, String> commandOf, String command) {
    return commandOf.entrySet().stream().filter(e -> e.getValue().equals(command)).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new AssertionError("the scheduled job has no " + command + " task"));
  }
}
