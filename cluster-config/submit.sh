#!/usr/bin/env bash
#
# spark-submit wrapper for radlake jobs. See cluster-config/README.md.
#
#   cluster-config/submit.sh --master yarn|k8s://https://HOST:PORT|spark://HOST:PORT [options] JOB [job flags...]
#
# Wrapper options come before JOB; JOB and everything after it go to io.radlake.cli.RadlakeCli unchanged.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: cluster-config/submit.sh --master MASTER [options] JOB [job flags...]

  --master MASTER        yarn | k8s://https://HOST:PORT | spark://HOST:PORT   (required)
  --deploy-mode MODE     client | cluster (default: cluster on yarn/k8s, client on spark://)
  --torch cpu|cuda       libtorch flavour to ship with --jars (default: cpu). cpu also turns GPU
                         scheduling off; cuda ships getGpusResources.sh with --files (on k8s: the
                         pod template mounts it from a ConfigMap).
  --libtorch-jar PATH    the pytorch-native jar to ship (local path or hdfs:// s3a:// ... URI);
                         default: the pom's artifact for --torch in the local Maven repository
  --model-dir PATH       model folder (packed to .tgz here) or archive (.tgz .tar.gz .tar .zip, local
                         or URI), shipped with --archives and unpacked as ./model in every executor
                         (and a cluster-mode driver) working directory
  --conf KEY=VALUE       extra Spark conf, repeatable; wins over spark-defaults.conf
  --dry-run              print the spark-submit command instead of running it
  -h, --help             this text

Environment:
  SPARK_HOME             spark-submit is $SPARK_HOME/bin/spark-submit, else spark-submit on PATH
  RADLAKE_SUBMIT_JAR     application jar (default: jobs/target/radlake-jobs-<version>-submit.jar)
  M2_REPO                local Maven repository (default: ~/.m2/repository)
USAGE
}

die() {
  echo "submit.sh: $*" >&2
  exit 2
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

# Mirrors of the parent pom (ClusterConfigTest keeps them in step): project version, pytorch.version,
# pytorch.native.classifier, pytorch.native.artifact (default and cuda profile).
RADLAKE_VERSION="0.1.0-SNAPSHOT"
PYTORCH_VERSION="2.7.1"
NATIVE_CLASSIFIER="linux-x86_64"
CPU_ARTIFACT="pytorch-native-cpu"
CUDA_ARTIFACT="pytorch-native-cu128"
MAIN_CLASS="io.radlake.cli.RadlakeCli"

master=""
deploy_mode=""
torch="cpu"
libtorch_jar=""
model=""
dry_run=0
user_conf=()

while (($#)); do
  case "$1" in
    --master) master="${2:?--master needs a value}"; shift 2 ;;
    --master=*) master="${1#*=}"; shift ;;
    --deploy-mode) deploy_mode="${2:?--deploy-mode needs a value}"; shift 2 ;;
    --deploy-mode=*) deploy_mode="${1#*=}"; shift ;;
    --torch) torch="${2:?--torch needs cpu or cuda}"; shift 2 ;;
    --torch=*) torch="${1#*=}"; shift ;;
    --libtorch-jar) libtorch_jar="${2:?--libtorch-jar needs a path}"; shift 2 ;;
    --libtorch-jar=*) libtorch_jar="${1#*=}"; shift ;;
    --model-dir) model="${2:?--model-dir needs a path}"; shift 2 ;;
    --model-dir=*) model="${1#*=}"; shift ;;
    --conf) user_conf+=(--conf "${2:?--conf needs KEY=VALUE}"); shift 2 ;;
    --conf=*) user_conf+=(--conf "${1#*=}"); shift ;;
    --dry-run) dry_run=1; shift ;;
    -h | --help) usage; exit 0 ;;
    --) shift; break ;;
    -*) die "unknown option '$1' (wrapper options go before JOB, job flags after it; see --help)" ;;
    *) break ;;
  esac
done

(($#)) || { usage >&2; die "missing JOB"; }
job=("$@")

case "$master" in
  yarn | k8s://* ) : "${deploy_mode:=cluster}" ;;
  # Standalone cluster mode does not upload local jars/archives to the workers: client by default.
  spark://*) : "${deploy_mode:=client}" ;;
  "") die "--master is required (yarn, k8s://..., spark://...)" ;;
  *) die "unsupported --master '$master' (yarn, k8s://..., spark://...)" ;;
esac
case "$deploy_mode" in client | cluster) ;; *) die "--deploy-mode must be client or cluster" ;; esac

is_uri() { [[ "$1" == *://* ]]; }

# libtorch: exactly one flavour is shipped; DJL (offline) loads it from the classpath and never downloads.
case "$torch" in
  cpu) artifact="$CPU_ARTIFACT" ;;
  cuda) artifact="$CUDA_ARTIFACT" ;;
  *) die "--torch must be cpu or cuda" ;;
esac
if [[ -z "$libtorch_jar" ]]; then
  m2="${M2_REPO:-$HOME/.m2/repository}"
  libtorch_jar="$m2/ai/djl/pytorch/$artifact/$PYTORCH_VERSION/$artifact-$PYTORCH_VERSION-$NATIVE_CLASSIFIER.jar"
fi
if ! is_uri "$libtorch_jar" && [[ ! -f "$libtorch_jar" ]]; then
  hint="mvn dependency:get -Dartifact=ai.djl.pytorch:$artifact:$PYTORCH_VERSION:jar:$NATIVE_CLASSIFIER, or pass --libtorch-jar"
  [[ "$torch" == cuda ]] && hint="see 'CPU or CUDA libtorch' in cluster-config/README.md (the CUDA jar may not be on Maven Central), or pass --libtorch-jar"
  die "libtorch jar not found: $libtorch_jar ($hint)"
fi

app_jar="${RADLAKE_SUBMIT_JAR:-$root/jobs/target/radlake-jobs-$RADLAKE_VERSION-submit.jar}"
if ! is_uri "$app_jar" && [[ ! -f "$app_jar" ]]; then
  die "application jar not found: $app_jar (build it: mvn -B -DskipTests install -pl udfs && mvn -B -DskipTests package -pl jobs)"
fi

gpu_args=()
if [[ "$torch" == cuda && "$master" == k8s://* ]]; then
  # Files shipped with --files arrive after executor start on Kubernetes: the pod template mounts the script
  # from the radlake-gpu-discovery ConfigMap instead (see k8s-executor-pod-template.yaml).
  gpu_args+=(--conf spark.executor.resource.gpu.discoveryScript=/opt/radlake/gpu/getGpusResources.sh)
elif [[ "$torch" == cuda ]]; then
  # Localized into the executor working dir, where spark.executor.resource.gpu.discoveryScript looks (YARN).
  gpu_args+=(--files "$here/getGpusResources.sh")
else
  # spark-defaults.conf asks for GPUs; amount 0 means "no GPU resource" to Spark, so CPU clusters work too.
  gpu_args+=(--conf spark.executor.resource.gpu.amount=0 --conf spark.task.resource.gpu.amount=0)
fi

k8s_args=()
if [[ "$master" == k8s://* ]]; then
  # A writable /local_disk0 for DJL's libtorch cache, the GPU discovery script and a GPU-node toleration.
  k8s_args+=(--conf "spark.kubernetes.executor.podTemplateFile=$here/k8s-executor-pod-template.yaml")
fi

archive_args=()
if [[ -n "$model" ]]; then
  if is_uri "$model"; then
    archive="$model"
  elif [[ -d "$model" ]]; then
    pack_dir="$(mktemp -d "${TMPDIR:-/tmp}/radlake-submit.XXXXXX")"
    archive="$pack_dir/model.tgz"
    tar -czf "$archive" -C "$model" .
    if ((dry_run)); then
      echo "submit.sh: packed $model into $archive (kept for the printed command)" >&2
    else
      # Removed when spark-submit returns; spark-submit (and a client-mode driver) only needs it until then.
      trap 'rm -rf "$pack_dir"' EXIT
    fi
  elif [[ -f "$model" ]]; then
    case "$model" in
      *.tgz | *.tar.gz | *.tar | *.zip | *.jar) archive="$model" ;;
      *) die "--model-dir file must be an archive (.tgz .tar.gz .tar .zip): $model" ;;
    esac
  else
    die "--model-dir not found: $model"
  fi
  # '#model' is the name the archive is unpacked under in each working directory.
  archive_args+=(--archives "$archive#model")
fi

if [[ -n "${SPARK_HOME:-}" ]]; then
  spark_submit="$SPARK_HOME/bin/spark-submit"
else
  spark_submit="spark-submit"
fi

cmd=(
  "$spark_submit"
  --master "$master"
  --deploy-mode "$deploy_mode"
  --name "radlake-${job[0]}"
  --class "$MAIN_CLASS"
  --properties-file "$here/spark-defaults.conf"
  --jars "$libtorch_jar"
  ${gpu_args[@]+"${gpu_args[@]}"}
  ${k8s_args[@]+"${k8s_args[@]}"}
  ${archive_args[@]+"${archive_args[@]}"}
  ${user_conf[@]+"${user_conf[@]}"}
  "$app_jar"
  "${job[@]}"
)

if ((dry_run)); then
  # One argument per line, shell-quoted, with continuations: copy-pasteable.
  printf '%q' "${cmd[0]}"
  for arg in "${cmd[@]:1}"; do
    printf ' \\\n  %q' "$arg"
  done
  printf '\n'
  exit 0
fi

if ! command -v "$spark_submit" >/dev/null 2>&1; then
  die "spark-submit not found (set SPARK_HOME or put spark-submit on PATH)"
fi
"${cmd[@]}"
