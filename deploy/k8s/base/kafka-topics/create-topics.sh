#!/bin/bash
# Creates the topics listed in topics.list, and (re)applies their configs, so running it again is harmless.
# Partition counts are never changed here: adding partitions to an existing topic moves keys between partitions.
set -euo pipefail

: "${KAFKA_BOOTSTRAP_SERVERS:?KAFKA_BOOTSTRAP_SERVERS must be set}"
: "${TOPIC_REPLICATION_FACTOR:?TOPIC_REPLICATION_FACTOR must be set}"
TOPICS_FILE="${TOPICS_FILE:-/etc/demarche/kafka-topics/topics.list}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
READY_ATTEMPTS="${KAFKA_READY_ATTEMPTS:-60}"

attempt=1
until "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --list >/dev/null; do
  if [ "$attempt" -ge "$READY_ATTEMPTS" ]; then
    echo "Kafka at $KAFKA_BOOTSTRAP_SERVERS did not answer after $attempt attempts" >&2
    exit 1
  fi
  echo "Waiting for Kafka at $KAFKA_BOOTSTRAP_SERVERS ($attempt/$READY_ATTEMPTS)"
  attempt=$((attempt + 1))
  sleep 5
done

while read -r name partitions configs; do
  case "$name" in ''|'#'*) continue ;; esac
  config_args=()
  IFS=',' read -ra pairs <<< "$configs"
  for pair in "${pairs[@]}"; do
    config_args+=(--config "$pair")
  done
  echo "Topic $name: $partitions partitions, replication factor $TOPIC_REPLICATION_FACTOR, $configs"
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor "$TOPIC_REPLICATION_FACTOR" "${config_args[@]}"
  # --if-not-exists leaves an existing topic untouched: make its configs match the list anyway.
  "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --alter \
    --entity-type topics --entity-name "$name" --add-config "$configs"
done < "$TOPICS_FILE"

"$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --describe
