#!/usr/bin/env bash
# Drives `chorus serve` on loopback with a bounded number of requests (the
# shipped example per request) and reports requests/s, latency percentiles
# and the server's resident memory before and after each round.
# Usage: [ROUNDS=3] [INPUT=examples/lakeport] bench/serve_load.sh [requests] [connections] [threads]
#   (from the project root, after building; not a test)
set -euo pipefail
requests=${1:-2000}
connections=${2:-8}
threads=${3:-$(nproc)}
input=${INPUT:-examples/lakeport}

err=$(mktemp)
build/chorus serve --port 0 --threads "$threads" --queue 64 2>"$err" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$err"' EXIT
for _ in $(seq 100); do grep -q listening "$err" && break; sleep 0.05; done
port=$(grep -o 'http://[^/]*' "$err" | sed 's/.*://')
rss() { awk '/VmRSS/ {print $2 " kB"}' /proc/$pid/status; }

echo "input $input, $requests requests per round, $connections connections, $threads workers"
echo "RSS at start: $(rss)"
for round in $(seq "${ROUNDS:-3}"); do
  build/serve_load "$port" "$input" "$connections" "$requests"
  echo "RSS after round $round: $(rss)"
done
kill -TERM $pid
wait $pid || true
