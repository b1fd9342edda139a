#!/usr/bin/env bash
#
# Spark GPU resource discovery script (spark.executor.resource.gpu.discoveryScript).
#
# Spark runs it once when an executor (or standalone worker) starts and reads one JSON object,
# a ResourceInformation, from stdout:
#   {"name": "gpu", "addresses":["0","1"]}
# The addresses are the GPU indexes nvidia-smi reports; on YARN/Kubernetes with GPU isolation that is
# only the GPUs allocated to this container. Same contract as Spark's examples/src/main/scripts/
# getGpusResources.sh. If nvidia-smi is missing or fails, the script exits non-zero and Spark refuses
# to start the executor with a clear error, instead of running "GPU" tasks on no GPU.
set -euo pipefail

indexes=$(nvidia-smi --query-gpu=index --format=csv,noheader)

addresses=""
while IFS= read -r index; do
  index="${index//[[:space:]]/}"
  [[ -z "$index" ]] && continue
  addresses+="${addresses:+,}\"${index}\""
done <<< "$indexes"

echo "{\"name\": \"gpu\", \"addresses\":[${addresses}]}"
