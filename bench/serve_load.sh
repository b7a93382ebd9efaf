#!/usr/bin/env bash
# Drives `chorus serve` on loopback (from the project root, after building;
# not a test). Two modes:
#
#   [ROUNDS=3] [INPUT=examples/lakeport] bench/serve_load.sh [requests] [connections] [threads]
#     throughput: C connections send N requests in all, each the articles of
#     one directory (bench/serve_load.cc); requests/s, latency percentiles and
#     the server's resident memory after each round.
#
#   [ROUNDS=2] bench/serve_load.sh mixed [seconds] [threads] [slow clients]
#     hostile mix (issue 12) for `seconds` a round: small digest requests and
#     health checks, large requests (100 articles), bodies over the limit
#     (chunked without end, a gzip bomb), and slow clients that trickle one
#     byte every 3 s (half a head, half a body), reconnecting when cut.
#     Reports p50/p99 of the small requests and the server's RSS at start, at
#     its peak and after each round. Uses bash and python3's standard library.
set -euo pipefail

mode=throughput
if [[ ${1:-} == mixed ]]; then
  mode=mixed
  shift
  seconds=${1:-30}
  threads=${2:-$(nproc)}
  slow=${3:-30}
else
  requests=${1:-2000}
  connections=${2:-8}
  threads=${3:-$(nproc)}
  input=${INPUT:-examples/lakeport}
fi

err=$(mktemp)
${SERVE_ENV:-} build/chorus serve --port 0 --threads "$threads" --queue 64 2>"$err" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$err"' EXIT
for _ in $(seq 100); do grep -q listening "$err" && break; sleep 0.05; done
port=$(grep -o 'http://[^/]*' "$err" | sed 's/.*://')
rss() { awk '/VmRSS/ {print $2 " kB"}' /proc/$pid/status; }

if [[ $mode == throughput ]]; then
  echo "input $input, $requests requests per round, $connections connections, $threads workers"
  echo "RSS at start: $(rss)"
  for round in $(seq "${ROUNDS:-3}"); do
    build/serve_load "$port" "$input" "$connections" "$requests"
    echo "RSS after round $round: $(rss)"
  done
  kill -TERM $pid
  wait $pid || true
  exit 0
fi

echo "mixed load: $seconds s a round, $threads workers, $slow slow clients; $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
for round in $(seq "${ROUNDS:-2}"); do
  /usr/bin/python3 - "$port" "$pid" "$seconds" "$slow" "$round" <<'PY'
import gzip, http.client, json, os, pathlib, socket, sys, threading, time

port, pid, seconds, slow_count, round_number = (int(a) for a in sys.argv[1:6])
stop = threading.Event()
lock = threading.Lock()

def rss_kb():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0

def articles(copies):
    base = sorted(pathlib.Path("examples/lakeport").glob("*.txt"))
    return [{"id": f"{k}-{p.stem}", "text": p.read_text()} for k in range(copies) for p in base]

SMALL = json.dumps({"articles": [
    {"id": "a", "text": "Harbour workers ended a nine-day strike on Monday after the port agreed to raise wages.\nShips began docking in the afternoon.\n"},
    {"id": "b", "text": "A nine-day strike at the port ended on Monday after the port agreed to raise wages, the union said.\n"}]}).encode()
LARGE = json.dumps({"articles": articles(20)}).encode()  # 100 articles
BOMB = gzip.compress(b" " * (200 * 1024 * 1024), 9)     # 200 MB of spaces in about 200 KB

small_ms, statuses, slow_answers = [], {}, {}

def count(table, key):
    with lock:
        table[key] = table.get(key, 0) + 1

def small_client(n):
    # A small digest or a health check every 20 ms on one keep-alive connection.
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    i = 0
    while not stop.is_set():
        start = time.perf_counter()
        try:
            if i % 2:
                conn.request("GET", "/v1/health")
            else:
                conn.request("POST", "/v1/digest", SMALL, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            took = (time.perf_counter() - start) * 1000
            with lock:
                small_ms.append(took)
            count(statuses, f"small {response.status}")
        except Exception as error:
            count(statuses, f"small error {type(error).__name__}")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        i += 1
        stop.wait(0.02)

def large_client():
    while not stop.is_set():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            conn.request("POST", "/v1/digest", LARGE, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            count(statuses, f"large {response.status}")
        except Exception as error:
            count(statuses, f"large error {type(error).__name__}")
        conn.close()
        stop.wait(0.5)

def answer_of(sock):
    sock.settimeout(30)
    data = b""
    try:
        while b"\r\n" not in data:
            more = sock.recv(4096)
            if not more:
                break
            data += more
    except OSError:
        pass
    return data.split(b" ")[1].decode() if data.startswith(b"HTTP/") else "none"

def hostile_client():
    # Alternately a chunked body without end and a gzip bomb, every 2 s.
    i = 0
    while not stop.is_set():
        sock = socket.create_connection(("127.0.0.1", port))
        try:
            if i % 2 == 0:
                sock.sendall(b"POST /v1/digest HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
                sock.settimeout(5)
                for _ in range(200 * 16):  # up to 200 MB
                    sock.sendall(chunk)
                name = "endless chunked"
            else:
                name = "gzip bomb"
                sock.sendall(b"POST /v1/digest HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(BOMB) + BOMB)
        except OSError:
            pass
        count(statuses, f"{'endless chunked' if i % 2 == 0 else 'gzip bomb'} {answer_of(sock)}")
        sock.close()
        i += 1
        stop.wait(2)

def slow_client(n):
    # Trickles one byte every 3 s; reconnects when the server cuts it.
    while not stop.is_set():
        sock = socket.create_connection(("127.0.0.1", port))
        if n % 2:
            data = b"POST /v1/digest HTTP/1.1\r\nHost: x\r\nContent-Length: 400\r\n\r\n"
            sock.sendall(data)
            data = SMALL[:400].ljust(400)
        else:
            data = b"POST /v1/digest HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"s" * 200
        answered = False
        for byte in data:
            try:
                sock.setblocking(False)
                if sock.recv(1, socket.MSG_PEEK):
                    answered = True
                    break
            except BlockingIOError:
                pass
            except OSError:
                break
            try:
                sock.setblocking(True)
                sock.send(bytes([byte]))
            except OSError:
                break
            if stop.wait(3):
                break
        sock.setblocking(True)
        count(slow_answers, answer_of(sock) if answered or not stop.is_set() else "cut by the bench")
        sock.close()

fresh_rss = rss_kb()
if round_number == 1:
    # Warm up: the first digests load tables the engine reads lazily.
    for body in (SMALL, LARGE):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        conn.request("POST", "/v1/digest", body, {"Content-Type": "application/json"})
        conn.getresponse().read()
        conn.close()
    time.sleep(0.5)
start_rss = rss_kb()
peak = [start_rss]
def watch_rss():
    while not stop.is_set():
        peak[0] = max(peak[0], rss_kb())
        stop.wait(0.05)

workers = [threading.Thread(target=slow_client, args=(n,)) for n in range(slow_count)]
workers += [threading.Thread(target=watch_rss)]
for t in workers:
    t.start()
time.sleep(1)  # the slow clients hold their connections before the measured load starts
load = [threading.Thread(target=small_client, args=(n,)) for n in range(4)]
load += [threading.Thread(target=large_client), threading.Thread(target=hostile_client)]
for t in load:
    t.start()
time.sleep(seconds)
stop.set()
for t in load + workers:
    t.join()
time.sleep(2)  # the server settles: lingering sockets closed, threads idle
after = rss_kb()

small_ms.sort()
def pct(p):
    return small_ms[min(len(small_ms) - 1, int(p / 100 * len(small_ms)))] if small_ms else float("nan")
print(f"round {round_number}: {len(small_ms)} small requests (half digests of 2 articles, half health checks): "
      f"p50 {pct(50):.1f} ms, p99 {pct(99):.1f} ms, max {small_ms[-1] if small_ms else float('nan'):.1f} ms")
print("  answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
print("  slow clients' answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(slow_answers.items())))
if round_number == 1:
    print(f"  RSS of the fresh server {fresh_rss / 1024:.1f} MB; after one small and one large request (warm) {start_rss / 1024:.1f} MB")
print(f"  RSS: start {start_rss / 1024:.1f} MB, peak {peak[0] / 1024:.1f} MB, after the round {after / 1024:.1f} MB "
      f"({(after - start_rss) / start_rss * 100:+.0f}%)")
PY
done
kill -TERM $pid
wait $pid || true
