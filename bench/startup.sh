#!/usr/bin/env bash
# Start-up cost of the chorus CLI (docs/bench/startup.md): `chorus --version`,
# and a digest of five invented two-sentence articles, each run 20 times
# under `perf stat`. Usage: bench/startup.sh [path/to/chorus]
set -euo pipefail
chorus=${1:-build/chorus}
[[ -x "$chorus" ]] || { echo "startup.sh: $chorus is not an executable (build first)" >&2; exit 2; }
command -v perf >/dev/null || { echo "startup.sh: perf not found (Debian package linux-perf)" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# Five outlets report one invented event: a fire at a disused mill.
cat >"$dir/a.txt" <<'TEXT'
Harbor Daily
Fire crews in Millbrook put out a blaze at the old Carver textile mill on Tuesday night, after three hours of work. Fire chief Dana Ortiz said 40 firefighters fought the flames and nobody was hurt.
TEXT
cat >"$dir/b.txt" <<'TEXT'
Valley Courier
A fire destroyed part of the disused Carver mill in Millbrook late on Tuesday. About 45 firefighters were sent and no injuries were reported, chief Dana Ortiz told reporters.
TEXT
cat >"$dir/c.txt" <<'TEXT'
Millbrook Record
The Carver textile mill caught fire on Tuesday evening and burned for three hours before crews brought it under control. Officials said the cause of the fire is under investigation.
TEXT
cat >"$dir/d.txt" <<'TEXT'
State News Service
Firefighters battled a large blaze at a vacant mill in Millbrook on Tuesday. Chief Dana Ortiz said the building, owned by Carver Holdings, will probably be demolished.
TEXT
cat >"$dir/e.txt" <<'TEXT'
Evening Post
Smoke rose over Millbrook on Tuesday as the Carver mill burned. Dana Ortiz, the town's fire chief, said no one was injured and 40 firefighters were at the scene.
TEXT

echo "== $chorus --version"
perf stat -r 20 "$chorus" --version 2>&1 >/dev/null | grep -E "task-clock|page-faults|elapsed"
echo "== $chorus digest (five two-sentence articles)"
perf stat -r 20 "$chorus" digest "$dir"/{a,b,c,d,e}.txt 2>&1 >/dev/null | grep -E "task-clock|page-faults|elapsed"
echo "== shared objects loaded: $(LD_TRACE_LOADED_OBJECTS=1 "$chorus" | grep -c '=>')"
