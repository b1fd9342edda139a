#!/usr/bin/env bash
#
# A Spark standalone cluster on this machine, from the project's own Spark jars: one master and N workers,
# each in its own JVM, on 127.0.0.1, every port picked at random by the OS. See cluster-config/README.md.
#
#   cluster-config/local-standalone.sh start [--dir DIR] [--workers N] [--worker-cores N] [--worker-memory SIZE]
#   cluster-config/local-standalone.sh status [--dir DIR]
#   cluster-config/local-standalone.sh stop [--dir DIR]
#
# start prints the master URL and writes DIR/cluster.env (SPARK_HOME, MASTER_URL, MASTER_WEBUI, MASTER_PID,
# WORKER_PIDS) for scripts and tests. DIR/spark-home is a throw-away Spark home (jars/ links the Spark jars in
# the local Maven repository, bin/ has spark-class and spark-submit) that the workers launch executors from
# and that cluster-config/submit.sh can use.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: cluster-config/local-standalone.sh start|status|stop [options]

  start                  builds DIR/spark-home, starts a master and the workers, waits until every
                         worker has registered, prints the master URL, writes DIR/cluster.env
  status                 prints DIR/cluster.env and which of its processes are alive
  stop                   stops the workers (and their executors) and the master, removes DIR's
                         work/ and local/ folders (logs/ stays)

  --dir DIR              state, logs and the Spark home (default: ${TMPDIR:-/tmp}/radlake-standalone)
  --workers N            workers to start (default: 2)
  --worker-cores N       cores each worker offers (default: 1)
  --worker-memory SIZE   memory each worker offers to executors, e.g. 1g, 1536m (default: 1g)
  -h, --help             this text
USAGE
}

die() {
  echo "local-standalone.sh: $*" >&2
  exit 2
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

(($#)) || { usage >&2; die "missing command (start, status or stop)"; }
command="$1"
shift
dir="${TMPDIR:-/tmp}/radlake-standalone"
workers=2
worker_cores=1
worker_memory=1g
while (($#)); do
  case "$1" in
    --dir) dir="${2:?--dir needs a folder}"; shift 2 ;;
    --workers) workers="${2:?--workers needs a number}"; shift 2 ;;
    --worker-cores) worker_cores="${2:?--worker-cores needs a number}"; shift 2 ;;
    --worker-memory) worker_memory="${2:?--worker-memory needs a size such as 1g}"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
case "$command" in start | status | stop) ;; -h | --help) usage; exit 0 ;; *) die "unknown command '$command' (start, status or stop)" ;; esac
[[ "$workers" =~ ^[1-9][0-9]*$ ]] || die "--workers must be >= 1, got: $workers"
[[ "$worker_cores" =~ ^[1-9][0-9]*$ ]] || die "--worker-cores must be >= 1, got: $worker_cores"
[[ "$worker_memory" =~ ^[1-9][0-9]*[mMgG]$ ]] || die "--worker-memory must be a size such as 1g or 1536m, got: $worker_memory"
if [[ "$command" != start && ! -d "$dir" ]]; then
  echo "local-standalone: nothing in $dir"
  [[ "$command" == stop ]] && exit 0 || exit 1
fi
mkdir -p "$dir"
# Physical path: executors are recognised by their working directory, which /proc reports resolved.
dir="$(cd "$dir" && pwd -P)"
env_file="$dir/cluster.env"
spark_home="$dir/spark-home"

# True when PID is alive and is a JVM of this cluster (its command line names DIR): never signal a
# process that merely reused a recorded pid.
is_ours() {
  [[ -n "$1" && -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$dir/"
}

# Executors that this cluster's workers started: their working directory is under DIR/work. Found this way
# (not as children of a worker) because a worker killed with -9 leaves its executors to init.
executor_pids() {
  local p cwd
  for p in /proc/[0-9]*; do
    cwd="$(readlink "$p/cwd" 2>/dev/null)" || continue
    [[ "$cwd" == "$dir/work/"* ]] && echo "${p#/proc/}"
  done
  return 0
}

stop_cluster() {
  local pids=() p
  if [[ -f "$env_file" ]]; then
    # shellcheck disable=SC1090
    source "$env_file"
    for p in ${WORKER_PIDS:-} ${MASTER_PID:-}; do is_ours "$p" && pids+=("$p"); done
  fi
  for p in $(executor_pids); do pids+=("$p"); done
  if ((${#pids[@]})); then
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 1 50); do
      local alive=()
      for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive+=("$p"); done
      ((${#alive[@]})) || break
      sleep 0.2
    done
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null || true; done
  fi
  rm -f "$env_file"
  # Executors' copies of the application jars and shuffle files; logs stay for inspection.
  rm -rf "$dir/work" "$dir/local"
}

if [[ "$command" == stop ]]; then
  stop_cluster
  echo "local-standalone: stopped ($dir)"
  exit 0
fi

if [[ "$command" == status ]]; then
  [[ -f "$env_file" ]] || { echo "local-standalone: not running ($env_file missing)"; exit 1; }
  cat "$env_file"
  # shellcheck disable=SC1090
  source "$env_file"
  for p in $MASTER_PID $WORKER_PIDS; do
    if is_ours "$p"; then echo "pid $p alive"; else echo "pid $p gone"; fi
  done
  exit 0
fi

# --- start ---------------------------------------------------------------------------------------
if [[ -f "$env_file" ]]; then
  # shellcheck disable=SC1090
  source "$env_file"
  if is_ours "${MASTER_PID:-}"; then
    die "a cluster is already running from $dir ($MASTER_URL); stop it first: $0 stop --dir $dir"
  fi
  stop_cluster # leftovers of a cluster whose master died
fi

# Spark's classpath, resolved once per checkout (again when a pom changes). Offline first: everything is
# in the local Maven repository once the project has been built.
classpath_file="$root/target/local-standalone-spark.classpath"
if [[ ! -s "$classpath_file" || "$here/local-standalone.pom.xml" -nt "$classpath_file" || "$root/pom.xml" -nt "$classpath_file" ]]; then
  echo "local-standalone: resolving Spark's jars (mvn -f cluster-config/local-standalone.pom.xml) ..." >&2
  mkdir -p "$root/target"
  tmp_cp="$(mktemp "$root/target/local-standalone-spark.classpath.XXXXXX")"
  mvn_args=(-B -q -f "$here/local-standalone.pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp_cp")
  if ! mvn -o "${mvn_args[@]}" >&2 && ! mvn "${mvn_args[@]}" >&2; then
    rm -f "$tmp_cp"
    die "could not resolve Spark's jars with Maven (build the project once: mvn -B -DskipTests package)"
  fi
  mv "$tmp_cp" "$classpath_file"
fi

rm -rf "$spark_home" "$dir/work" "$dir/local"
mkdir -p "$spark_home/jars" "$spark_home/bin" "$spark_home/conf" "$dir/logs" "$dir/work" "$dir/local"
tr ':' '\n' <"$classpath_file" | while IFS= read -r jar; do
  [[ -n "$jar" ]] && ln -s "$jar" "$spark_home/jars/"
done
# Spark's launcher (AbstractCommandBuilder.getScalaVersion) wants this or a source build's
# launcher/target/scala-2.12; a distribution's bin/load-spark-env.sh sets it.
scala_version="$(sed -n 's:.*<scala.binary.version>\(.*\)</scala.binary.version>.*:\1:p' "$root/pom.xml")"

# bin/spark-class as in a Spark distribution: Spark's launcher (org.apache.spark.launcher.Main) prints
# the java command (messages, NUL, newline, then the arguments NUL-separated), which is then run.
cat >"$spark_home/bin/spark-class" <<EOF
#!/usr/bin/env bash
set -euo pipefail
export SPARK_HOME="\$(cd "\$(dirname "\${BASH_SOURCE[0]}")/.." && pwd)"
export SPARK_SCALA_VERSION="$scala_version"
java="\${JAVA_HOME:+\$JAVA_HOME/bin/}java"
out="\$(mktemp)"
"\$java" -Xmx128m -cp "\$SPARK_HOME/jars/*" org.apache.spark.launcher.Main "\$@" >"\$out" || { rc=\$?; cat "\$out" >&2; rm -f "\$out"; exit \$rc; }
mapfile -d '' parts <"\$out"
rm -f "\$out"
[[ -n "\${parts[0]}" ]] && printf '%s\n' "\${parts[0]}" >&2
cmd=("\${parts[@]:1}")
cmd[0]="\${cmd[0]#\$'\n'}"
exec "\${cmd[@]}"
EOF
cat >"$spark_home/bin/spark-submit" <<'EOF'
#!/usr/bin/env bash
exec "$(dirname "${BASH_SOURCE[0]}")/spark-class" org.apache.spark.deploy.SparkSubmit "$@"
EOF
chmod +x "$spark_home/bin/spark-class" "$spark_home/bin/spark-submit"
# On every JVM's classpath (conf/ comes first): master, workers, executors and spark-submit drivers. Warnings,
# plus what says where things run: the master's URL, registrations, executor launches and exits, the ports
# services bound and the UIs' URLs.
cat >"$spark_home/conf/log4j2.properties" <<'EOF'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = stderr
appender.console.type = Console
appender.console.name = stderr
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex
logger.deploy.name = org.apache.spark.deploy
logger.deploy.level = info
logger.ui.name = org.apache.spark.ui
logger.ui.level = info
logger.ports.name = org.apache.spark.util.Utils
logger.ports.level = info
logger.radlake.name = io.radlake
logger.radlake.level = info
logger.hadoop.name = org.apache.hadoop.util.NativeCodeLoader
logger.hadoop.level = error
EOF

opens="$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' "$root/pom.xml")"
started=()
fail() {
  local p
  for p in "${started[@]}" $(executor_pids); do kill -KILL "$p" 2>/dev/null || true; done
  die "start failed, everything it started is stopped; logs in $dir/logs"
}

# daemon NAME CLASS ARGS...: starts a master or worker JVM in the background, in DIR, in a session of its own
# (a Ctrl-C or hang-up meant for the caller does not reach it), logging to DIR/logs/NAME.log. Its pid is left in
# daemon_pid: the subshell execs setsid, which execs spark-class (no fork: a background job of a script is no
# process group leader), which execs java.
daemon() {
  local name="$1"
  shift
  (cd "$dir" && SPARK_HOME="$spark_home" SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1 \
    SPARK_DAEMON_MEMORY=512m SPARK_DAEMON_JAVA_OPTS="$opens" SPARK_LOCAL_DIRS="$dir/local/$name" \
    exec setsid "$spark_home/bin/spark-class" "$@" >"$dir/logs/$name.log" 2>&1 </dev/null) &
  daemon_pid="$!"
  started+=("$daemon_pid")
}

# wait_for NAME PID REGEX: the first match of REGEX in NAME's log, once it appears (60 s at most).
wait_for() {
  local name="$1" pid="$2" regex="$3" match
  for _ in $(seq 1 300); do
    match="$(grep -oE "$regex" "$dir/logs/$name.log" | head -n 1 || true)"
    if [[ -n "$match" ]]; then
      echo "$match"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$dir/logs/$name.log" >&2
      echo "local-standalone: $name exited during start-up" >&2
      return 1
    fi
    sleep 0.2
  done
  tail -n 30 "$dir/logs/$name.log" >&2
  echo "local-standalone: $name did not log '$regex' within 60 s" >&2
  return 1
}

daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0
master_pid="$daemon_pid"
master_url="$(wait_for master "$master_pid" 'spark://127\.0\.0\.1:[0-9]+')" || fail
master_webui="$(wait_for master "$master_pid" 'started at http://[^ ]+')" || fail
master_webui="${master_webui#started at }"

worker_pids=()
for i in $(seq 1 "$workers"); do
  mkdir -p "$dir/work/worker-$i" "$dir/local/worker-$i"
  daemon "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores "$worker_cores" --memory "$worker_memory" --work-dir "$dir/work/worker-$i" "$master_url"
  worker_pids+=("$daemon_pid")
done
for i in $(seq 1 "$workers"); do
  wait_for "worker-$i" "${worker_pids[$((i - 1))]}" 'Successfully registered with master' >/dev/null || fail
done

cat >"$env_file" <<EOF
SPARK_HOME=$spark_home
MASTER_URL=$master_url
MASTER_WEBUI=$master_webui
MASTER_PID=$master_pid
WORKER_PIDS="${worker_pids[*]}"
EOF
cat <<EOF
local-standalone: master $master_url (web UI $master_webui), $workers workers x $worker_cores core(s), $worker_memory each
  SPARK_HOME=$spark_home    logs: $dir/logs    state: $env_file
  submit: SPARK_HOME=$spark_home cluster-config/submit.sh --master $master_url --conf spark.executor.cores=$worker_cores --conf spark.executor.memory=$worker_memory JOB ...
  stop:   $0 stop --dir $dir
EOF
