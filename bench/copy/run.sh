#!/usr/bin/env bash
# Copy benchmark: our engine (`wave copy`) against AzCopy, on one local Azurite per case (bench/README.md, "Copy").
#   bench/copy/run.sh                 every case: a b c d (about 15 minutes on 2 cores)
#   CASES="a b" REPS=3 bench/copy/run.sh
# Everything goes to 127.0.0.1. Work files: work/bench/ (git-ignored). Figures: work/bench/results/summary.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
W=$root/work/bench
CASES=${CASES:-a b c d}
REPS=${REPS:-5}              # runs per tool for (a); (b), (c) and (d) use B_REPS, RESUME_REPS, D_REPS
B_REPS=${B_REPS:-3}          # (b) is the slowest case (AzCopy ~36 s a run against Azurite) and far from its target
RESUME_REPS=${RESUME_REPS:-3}
D_REPS=${D_REPS:-3}
HEAP=${HEAP:--Xmx1g}         # our JVM's heap
AZCOPY_VERSION=10.32.2
A_MIB=4096; A_FRACTION=0.05  # (a) and (c): 4 GiB fixed VHD, ~5% of the 4 MiB chunks hold data
B_MIB=1024                   # (b): 1 GiB block blob (random bytes)
D_MIB=256; D_FRACTION=0.05   # (d): every machine has 2 sparse disks of 256 MiB
D_BIG=${D_BIG:-100}          # (d): our RSS at 10 and at D_BIG machines, each with 2 sparse disks of E_MIB
E_MIB=64
RES=$W/results
mkdir -p "$W" "$RES"
log() { echo "[bench $(date +%T)] $*" >&2; }

# ---------- tools ----------
"$root/bin/setup-services" >&2                                   # Azurite in work/tools
need=()
[ -x /usr/bin/time ] || need+=(time)
ldconfig -p | grep -q libsecret-1.so.0 || need+=(libsecret-1-0)
if ((${#need[@]})); then
  [ "$(id -u)" = 0 ] || { echo "bench: install ${need[*]} (apt-get install -y ${need[*]})" >&2; exit 3; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
AZ=$W/tools/node_modules/@azure-tools/azcopy-linux/dist/bin/azcopy_linux_amd64
if [ ! -x "$AZ" ] || ! "$AZ" --version | grep -q "$AZCOPY_VERSION"; then
  log "installing AzCopy $AZCOPY_VERSION from npm into $W/tools"
  mkdir -p "$W/tools"
  (cd "$W/tools" && { [ -f package.json ] || echo '{"name":"bench-tools","private":true}' > package.json; } &&
    npm install --no-audit --no-fund --loglevel=error "@azure-tools/azcopy-linux@$AZCOPY_VERSION" >/dev/null)
  chmod +x "$AZ"
fi
export AZCOPY_LOG_LOCATION=$W/azcopy/logs AZCOPY_JOB_PLAN_LOCATION=$W/azcopy/plans AZCOPY_DISABLE_SYSLOG=true

# Our side: build as bin/wave does, then run from a snapshot of the classes so that a colleague's rebuild of
# target/ during the benchmark cannot change (or break) what is measured. Same JVM command bin/wave execs.
"$root/bin/wave" --help >/dev/null
rm -rf "$W/snapshot" && mkdir -p "$W/snapshot"
cp -r "$root/target/classes" "$root/target/test-classes" "$W/snapshot/"
DEPS=$(cat "$root/target/cli.classpath")
CP="$W/snapshot/classes:$W/snapshot/test-classes:$DEPS"
javac -nowarn -cp "$CP" -d "$W/snapshot/bench" "$root/bench/copy/CopyBench.java"  # compiled once, not per call
helper() { java -cp "$W/snapshot/bench:$CP" CopyBench "$@" 2>/dev/null; }
wave() { java $HEAP -Dwave.home="$root" -cp "$CP" io.jenkins.plugins.azuremigration.cli.WaveCli "$@"; }
export -f wave; export HEAP root CP

{
  echo "date: $(date -u +%FT%TZ)"; echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB RAM, $(uname -r)"
  echo "java: $(java -version 2>&1 | head -1), heap $HEAP"; echo "azcopy: $("$AZ" --version)"
  echo "azurite: $(cd "$root/work/tools" && node -p 'require("azurite/package.json").version' 2>/dev/null)"
  echo "engine: $(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet HEAD -- src/main || echo ' + uncommitted src/main changes')"
} > "$RES/env.txt"

# ---------- sources (kept between runs: same seeds, same bytes) ----------
S=$W/src
mkdir -p "$S/d"
if [ ! -f "$S/a.vhd.info" ]; then
  log "making (a) a ${A_MIB} MiB sparse fixed VHD"; helper vhd "$S/a.vhd" $A_MIB $A_FRACTION 1 > "$S/a.vhd.info.tmp"
  echo "nonzero=$(helper nonzero "$S/a.vhd")" >> "$S/a.vhd.info.tmp"; mv "$S/a.vhd.info.tmp" "$S/a.vhd.info"
fi
if [ ! -f "$S/b.bin.ok" ]; then
  log "making (b) ${B_MIB} MiB of random bytes"; head -c $((B_MIB << 20)) /dev/urandom > "$S/b.bin"; touch "$S/b.bin.ok"
fi
if [ ! -f "$S/d.ok" ]; then
  log "making (d) 20 sparse disks of ${D_MIB} MiB"; nz=0
  for i in $(seq -w 1 10); do for k in os data; do
    seed=$((10#$i * 2 + $([ $k = os ] && echo 0 || echo 1)))
    helper vhd "$S/d/m$i-$k.vhd" $D_MIB $D_FRACTION $((100 + seed)) >/dev/null
    nz=$((nz + $(helper nonzero "$S/d/m$i-$k.vhd")))
  done; done
  echo "nonzero=$nz" > "$S/d.info"; touch "$S/d.ok"
fi
if [ ! -f "$S/e.ok" ]; then
  log "making (d, RSS) 20 sparse disks of ${E_MIB} MiB"; mkdir -p "$S/e"
  for i in $(seq -w 1 10); do for k in os data; do
    helper vhd "$S/e/m$i-$k.vhd" $E_MIB $D_FRACTION $((200 + 10#$i * 2 + $([ $k = os ] && echo 0 || echo 1))) >/dev/null
  done; done; touch "$S/e.ok"
fi
A_NONZERO=$(sed -n 's/^nonzero=//p' "$S/a.vhd.info")
D_NONZERO=$(sed -n 's/^nonzero=//p' "$S/d.info")

# ---------- Azurite, one fresh instance (and data folder) per case ----------
AZURITE_PID=
azurite_start() { # CASE
  local dir=$W/azurite-$1
  rm -rf "$dir"; mkdir -p "$dir"
  PORT=41000; while (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done
  "$root/work/tools/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort $PORT --location "$dir" \
    --skipApiVersionCheck --loose --disableProductStyleUrl > "$RES/azurite-$1.log" 2>&1 &
  AZURITE_PID=$!
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
  ENDPOINT=http://127.0.0.1:$PORT/devstoreaccount1
  export BENCH_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=$ENDPOINT;"
  SAS=$(helper sas $PORT)
  log "case $1: Azurite pid $AZURITE_PID on $ENDPOINT"
}
azurite_stop() { # CASE
  [ -n "$AZURITE_PID" ] || return 0
  echo "case $1: Azurite data folder at the end: $(du -sh "$W/azurite-$1" | cut -f1)" >> "$RES/disk-usage.txt"
  kill "$AZURITE_PID" 2>/dev/null || true   # SIGTERM; its data is thrown away, so do not wait long for it
  for _ in $(seq 50); do kill -0 "$AZURITE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$AZURITE_PID" 2>/dev/null || true; wait "$AZURITE_PID" 2>/dev/null || true; AZURITE_PID=
  rm -rf "$W/azurite-$1"
}
trap 'azurite_stop interrupted' EXIT

# A wave file for our engine: MACHINES machines, each with the given disks (DISKS: "src:blob:type ...").
write_wave() { # FILE CONTAINER MACHINES DISKSPEC...
  local file=$1 container=$2 machines=$3; shift 3
  { echo "name: bench"; echo "storage:"; echo '  connectionString: ${env:BENCH_STORAGE}'; echo "machines:"
    for m in $(seq -w 1 "$machines"); do
      echo "  - name: m$m"; echo "    disks:"
      for spec in "$@"; do
        IFS=: read -r src blob type <<< "${spec//\{m\}/$m}"
        echo "      - source: $src"; echo "        target: $ENDPOINT/$container/$blob"; echo "        type: $type"
      done
    done; } > "$file"
}

# Runs a command under /usr/bin/time -v; appends one TSV row: case tool rep wall user sys maxrss_kib extra.
TSV=$RES/runs.tsv
[ -f "$TSV" ] && [ "${KEEP:-0}" = 1 ] || printf 'case\ttool\trep\twall_s\tuser_s\tsys_s\tmaxrss_kib\textra\n' > "$TSV"
measure() { # CASE TOOL REP OUTFILE CMD...
  local c=$1 t=$2 r=$3 out=$4; shift 4
  local tf=$RES/time-$c-$t-$r.txt rc=0
  /usr/bin/time -v -o "$tf" "$@" > "$out" 2>&1 || rc=$?
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tf")
  user=$(awk -F': ' '/User time/{print $2}' "$tf"); sys=$(awk -F': ' '/System time/{print $2}' "$tf")
  rss=$(awk -F': ' '/Maximum resident/{print $2}' "$tf")
  LAST_WALL=$wall; LAST_RSS=$rss; LAST_RC=$rc
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t' "$c" "$t" "$r" "$wall" "$user" "$sys" "$rss" >> "$TSV"
}
row_end() { printf '%s\n' "$*" >> "$TSV"; }
json_sum() { # FILE FIELD: sum of a numeric field over every disk of the copy in wave-report.json
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(sum(d.get(sys.argv[2], 0) for m in (r.get("copy") or {}).get("machines", []) for d in m.get("disks", [])))' "$1" "$2" 2>/dev/null || echo 0
}
azcopy_job() { grep -o 'Job [0-9a-f-]* has started' "$1" | head -1 | awk '{print $2}'; }
azcopy_bytes() { sed -n 's/^Total Number of Bytes Transferred: //p' "$1" | tail -1; }

# ---------- (a) 4 GiB sparse fixed VHD, page blob ----------
case_a() {
  azurite_start a
  for r in $(seq 1 "$REPS"); do
    local c=ours-$r; helper container $PORT a-$c
    write_wave "$W/a-$c.yaml" a-$c 1 "$S/a.vhd:a.vhd:page"; rm -rf "$W/out-a-$c"
    measure a ours $r "$RES/a-$c.log" bash -c "wave copy '$W/a-$c.yaml' --out '$W/out-a-$c'"
    row_end "rc=$LAST_RC sent=$(json_sum "$W/out-a-$c/wave-report.json" bytesSent) $(helper written $PORT a-$c)"
    c=azcopy-$r; helper container $PORT a-$c
    measure a azcopy $r "$RES/a-$c.log" "$AZ" copy "$S/a.vhd" "$ENDPOINT/a-$c/a.vhd?$SAS" --from-to LocalBlob \
      --blob-type PageBlob
    row_end "rc=$LAST_RC $(helper written $PORT a-$c)"
    log "(a) rep $r done"
  done
  azurite_stop a
}

# ---------- (b) 1 GiB block blob ----------
case_b() {
  azurite_start b
  for r in $(seq 1 "$B_REPS"); do
    local c=ours-$r; write_wave "$W/b-$c.yaml" b-$c 1 "$S/b.bin:b.bin:block"; rm -rf "$W/out-b-$c"
    measure b ours $r "$RES/b-$c.log" bash -c "wave copy '$W/b-$c.yaml' --out '$W/out-b-$c'"
    row_end "rc=$LAST_RC sent=$(json_sum "$W/out-b-$c/wave-report.json" bytesSent) $(helper written $PORT b-$c)"
    c=azcopy-$r; helper container $PORT b-$c
    measure b azcopy $r "$RES/b-$c.log" "$AZ" copy "$S/b.bin" "$ENDPOINT/b-$c/b.bin?$SAS" --from-to LocalBlob \
      --blob-type BlockBlob
    row_end "rc=$LAST_RC $(helper written $PORT b-$c)"
    log "(b) rep $r done"
  done
  azurite_stop b
}

# ---------- (c) kill -9 at about half the data, then resume (the (a) disk) ----------
case_c() {
  azurite_start c
  local half=$((A_NONZERO / 2))
  for r in $(seq 1 "$RESUME_REPS"); do
    # ours: kill -9 the JVM once the journal holds half the non-zero bytes, then run the same command again
    local c=ours-$r out=$W/out-c-ours-$r; rm -rf "$out"
    write_wave "$W/c-$c.yaml" c-$c 1 "$S/a.vhd:a.vhd:page"
    measure c ours-killed $r "$RES/c-$c-killed.log" bash -c "java $HEAP -Dwave.home='$root' -cp '$CP' \
      io.jenkins.plugins.azuremigration.cli.WaveCli copy '$W/c-$c.yaml' --out '$out' & jvm=\$!; \
      java -cp '$W/snapshot/bench:$CP' CopyBench kill-at \$jvm journal '$out/copy-journal.log' $half 2>/dev/null; \
      wait \$jvm"
    local killed_wall=$LAST_WALL at_kill
    at_kill=$(helper written $PORT c-$c | sed 's/.*pageBytes=\([0-9]*\).*/\1/')
    row_end "journal=$(awk '$1=="chunk"{s+=$4} END{print s+0}' "$out/copy-journal.log") pagesAtKill=$at_kill $(grep -ho 'killed=[0-9]* at=[0-9]*\|finished-before-kill at=[0-9]*' "$RES/c-$c-killed.log" | tr '\n' ' ')"
    measure c ours-resume $r "$RES/c-$c-resume.log" bash -c "wave copy '$W/c-$c.yaml' --out '$out'"
    row_end "rc=$LAST_RC sent=$(json_sum "$out/wave-report.json" bytesSent) resumed=$(json_sum "$out/wave-report.json" bytesResumed) pagesAtKill=$at_kill killedWall=$killed_wall $(helper written $PORT c-$c)"
    # AzCopy: kill -9 once the blob's page ranges hold half the non-zero bytes, then `azcopy jobs resume`
    c=azcopy-$r; helper container $PORT c-$c
    measure c azcopy-killed $r "$RES/c-$c-killed.log" bash -c "'$AZ' copy '$S/a.vhd' '$ENDPOINT/c-$c/a.vhd?$SAS' \
      --from-to LocalBlob --blob-type PageBlob & az=\$!; \
      java -cp '$W/snapshot/bench:$CP' CopyBench kill-at \$az ranges $PORT c-$c $half 2>/dev/null; wait \$az"
    killed_wall=$LAST_WALL
    at_kill=$(helper written $PORT c-$c | sed 's/.*pageBytes=\([0-9]*\).*/\1/')
    local job; job=$(azcopy_job "$RES/c-$c-killed.log")
    row_end "job=$job pagesAtKill=$at_kill $(grep -ho 'killed=[0-9]* at=[0-9]*\|finished-before-kill at=[0-9]*' "$RES/c-$c-killed.log" | tr '\n' ' ')"
    measure c azcopy-resume $r "$RES/c-$c-resume.log" "$AZ" jobs resume "$job" --destination-sas "$SAS"
    row_end "rc=$LAST_RC transferred=$(azcopy_bytes "$RES/c-$c-resume.log") pagesAtKill=$at_kill killedWall=$killed_wall $(helper written $PORT c-$c)"
    log "(c) rep $r done"
  done
  azurite_stop c
}

# ---------- (d) 10 machines x 2 sparse disks at once; our RSS again at D_BIG machines ----------
case_d() {
  azurite_start d
  local specs=("$S/d/m{m}-os.vhd:m{m}-os.vhd:page" "$S/d/m{m}-data.vhd:m{m}-data.vhd:page")
  for r in $(seq 1 "$D_REPS"); do
    local c=ours-$r; write_wave "$W/d-$c.yaml" d-$c 10 "${specs[@]}"; rm -rf "$W/out-d-$c"
    measure d ours $r "$RES/d-$c.log" bash -c "wave copy '$W/d-$c.yaml' --out '$W/out-d-$c'"
    row_end "rc=$LAST_RC machines=10 sent=$(json_sum "$W/out-d-$c/wave-report.json" bytesSent) $(helper written $PORT d-$c)"
    c=azcopy-$r; helper container $PORT d-$c
    measure d azcopy $r "$RES/d-$c.log" "$AZ" copy "$S/d/*" "$ENDPOINT/d-$c?$SAS" --from-to LocalBlob \
      --blob-type PageBlob
    row_end "rc=$LAST_RC machines=10 $(helper written $PORT d-$c)"
    log "(d) rep $r done"
  done
  # RSS against the number of machines (ours only): 10 and D_BIG machines, each with 2 sparse disks of E_MIB;
  # machine i copies the disks of machine (i-1)%10+1 (sources repeat, targets do not)
  for n in 10 "$D_BIG"; do
    local big=$W/d-ours-$n.yaml
    { echo "name: bench-$n"; echo "storage:"; echo '  connectionString: ${env:BENCH_STORAGE}'; echo "machines:"
      for i in $(seq 1 "$n"); do
        local m; m=$(printf %02d $(( (i - 1) % 10 + 1 )))
        echo "  - name: big$i"; echo "    disks:"
        for k in os data; do
          echo "      - source: $S/e/m$m-$k.vhd"; echo "        target: $ENDPOINT/d-$n/big$i-$k.vhd"; echo "        type: page"
        done
      done; } > "$big"
    rm -rf "$W/out-d-$n"
    measure d ours-x$n 1 "$RES/d-ours-x$n.log" bash -c "wave copy '$big' --out '$W/out-d-$n'"
    row_end "rc=$LAST_RC machines=$n sent=$(json_sum "$W/out-d-$n/wave-report.json" bytesSent) $(helper written $PORT d-$n)"
    log "(d) $n machines x 2 disks of $E_MIB MiB: done"
  done
  azurite_stop d
}

started=$(date +%s)
for c in $CASES; do "case_$c"; done
rm -rf "$W/azcopy/plans"
log "all cases done in $(( $(date +%s) - started )) s"
bash "$root/bench/copy/summarize.sh" "$RES" "$A_NONZERO" "$D_NONZERO" | tee "$RES/summary.md"
