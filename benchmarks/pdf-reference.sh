#!/usr/bin/env bash
# PDF speed against the fixed reference of docs/benchmarks.md, in one run: tabula-java 1.0.5 extracting the same PDFs
# as a whole process, and in the same rounds `./budgetwatch extract --json` on them (CPU = user + sys of the process,
# and wall time; rounds interleaved, medians), then the JMH PDF benchmark (pages per second per core), then the same
# rounds again, so that every figure stands beside the reference timed on the same machine at the same hour.
#
#   benchmarks/pdf-reference.sh [--rounds=5] [--no-jmh] [--jmh-rounds=1] [--no-build] [--files=a.pdf,b.pdf]
#                               [--compare=NAME=COMMAND]... [--compare-jmh=NAME=BENCHMARKS_JAR]...
#
# --compare times another command in the same rounds (the PDF's path is appended to it), --compare-jmh runs the JMH PDF
# benchmark of another build's benchmarks.jar after this build's (--jmh-rounds=2: A B A B): before and after in one
# session. Needs ../shared beside the project root; writes everything to benchmarks/target/pdf-reference/<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=5
jmh=true
jmh_rounds=1
build=true
files=shanghai-putuo-finance-bureau-2025-budget.pdf,chongqing-commerce-commission-2026-budget.pdf
names=(tabula budgetwatch)
commands=()
jmh_names=(budgetwatch)
jmh_jars=(benchmarks/target/benchmarks.jar)
for arg in "$@"; do
  case "$arg" in
    --rounds=*) rounds="${arg#*=}" ;;
    --no-jmh) jmh=false ;;
    --jmh-rounds=*) jmh_rounds="${arg#*=}" ;;
    --no-build) build=false ;;
    --files=*) files="${arg#*=}" ;;
    --compare=*) spec="${arg#*=}"; names+=("${spec%%=*}"); commands+=("${spec#*=}") ;;
    --compare-jmh=*) spec="${arg#*=}"; jmh_names+=("${spec%%=*}"); jmh_jars+=("${spec#*=}") ;;
    *) echo "unknown option $arg (see the comment at the top of $0)" >&2; exit 64 ;;
  esac
done

pdfs=../shared/corpus/pdf
if [ ! -d "$pdfs" ]; then
  echo "No $pdfs beside the project root: the shared PDFs are what this measures." >&2
  exit 1
fi
IFS=, read -r -a file_list <<< "$files"
for file in "${file_list[@]}"; do
  [ -f "$pdfs/$file" ] || { echo "$pdfs/$file is absent" >&2; exit 1; }
done

if $build; then
  ./mvnw -q -DskipTests -pl cli,benchmarks -am package
  ./mvnw -q -f benchmarks/tabula-reference/pom.xml package
fi
tabula=benchmarks/tabula-reference/target/tabula-1.0.5-jar-with-dependencies.jar
[ -f "$tabula" ] || { echo "$tabula is missing: run without --no-build" >&2; exit 1; }

out="benchmarks/target/pdf-reference/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out/tabula-fontcache"
# PDFBox 2 (tabula) and PDFBox 3 write the same ~/.pdfbox.cache in two formats and each rebuilds the other's, which
# would time a font scan on every alternation: tabula keeps its cache in its own folder, warmed before the clock.
reference=(java "-Dpdfbox.fontcache=$out/tabula-fontcache" -jar "$tabula" -p all -f JSON)

command_of() { # name -> the words of its command, the PDF appended later
  case "$1" in
    tabula) printf '%s\n' "${reference[@]}" ;;
    budgetwatch) printf '%s\n' ./budgetwatch extract --json ;;
    *) for i in "${!names[@]}"; do
         if [ "${names[$i]}" = "$1" ]; then printf '%s\n' ${commands[$((i - 2))]}; fi
       done ;;
  esac
}

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs' || echo ' (with uncommitted changes)')"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "rounds: $rounds, interleaved; files: ${file_list[*]}"
  for name in "${names[@]}"; do echo "command $name: $(command_of "$name" | tr '\n' ' ')PDF"; done
} | tee "$out/machine.txt"

timed() { # phase round file name: runs one whole process, appends its times and the load average to times.tsv
  local phase=$1 round=$2 file=$3 name=$4 load times
  mapfile -t words < <(command_of "$name")
  load=$(cut -d' ' -f1 /proc/loadavg)
  times=$( { TIMEFORMAT='%3R %3U %3S'; time "${words[@]}" "$pdfs/$file" > "$out/$name-$file.json" 2> "$out/$name-$file.err"; } 2>&1 ) || {
    echo "$name failed on $file: $(tail -3 "$out/$name-$file.err")" >&2; exit 1; }
  [ -s "$out/$name-$file.json" ] || { echo "$name printed nothing for $file" >&2; exit 1; }
  read -r wall user sys <<< "$times"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$round" "$file" "$name" "$wall" "$user" "$sys" "$load" >> "$out/times.tsv"
}

rounds_of() { # phase: the interleaved rounds, each command once per file per round, the order turning each round
  local phase=$1 round i k file count=${#names[@]}
  for ((round = 1; round <= rounds; round++)); do
    for file in "${file_list[@]}"; do
      for ((i = 0; i < count; i++)); do
        k=$(((i + round - 1) % count))
        timed "$phase" "$round" "$file" "${names[$k]}"
      done
    done
    echo "  $phase round $round of $rounds done (load $(cut -d' ' -f1-3 /proc/loadavg))"
  done
}

printf 'phase\tround\tfile\tcommand\twall_s\tuser_s\tsys_s\tload1\n' > "$out/times.tsv"
echo "warm-up: each command once on each file, untimed (page cache, tabula's font cache, the CLI's class archive)"
for file in "${file_list[@]}"; do
  for name in "${names[@]}"; do
    timed warmup 0 "$file" "$name"
  done
done
rounds_of before-jmh

if $jmh; then
  for ((jmh_round = 1; jmh_round <= jmh_rounds; jmh_round++)); do
    for i in "${!jmh_names[@]}"; do
      run="jmh-${jmh_names[$i]}-$jmh_round"
      echo "JMH PDF benchmark, round $jmh_round: ${jmh_names[$i]} (${jmh_jars[$i]}), load $(cut -d' ' -f1-3 /proc/loadavg)"
      java -cp "${jmh_jars[$i]}" org.budgetwatch.benchmarks.pdf.PdfPagesPerCore --folder="$pdfs" --json="$out/$run.json" > "$out/$run.txt" 2>&1
      sed -n '/^skipped/p; /^PDF pages per second/,$p' "$out/$run.txt"
      echo "  (load after: $(cut -d' ' -f1-3 /proc/loadavg))"
    done
  done
  rounds_of after-jmh
fi

echo
awk -F'\t' '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function range(list,   n, a, i, lo, hi) {
    n = split(list, a, " "); lo = hi = a[1]
    for (i = 2; i <= n; i++) { if (a[i] + 0 < lo + 0) lo = a[i]; if (a[i] + 0 > hi + 0) hi = a[i] }
    return sprintf("%.2f-%.2f", lo, hi)
  }
  NR == 1 || $1 == "warmup" { next }
  {
    key = $3 SUBSEP $4
    cpu[key] = cpu[key] " " ($6 + $7); wall[key] = wall[key] " " $5; loads = loads " " $8; runs[key]++
    if (!(($3) in seenfile)) { seenfile[$3]; files[++nf] = $3 }
    if (!(($4) in seencmd)) { seencmd[$4]; cmds[++nc] = $4 }
    inround[$1 SUBSEP $2 SUBSEP $3 SUBSEP $4] = $6 + $7
  }
  END {
    # each run against the reference of its own round: what drifting load on a shared machine distorts least
    for (k in inround) {
      split(k, p, SUBSEP)
      ref = inround[p[1] SUBSEP p[2] SUBSEP p[3] SUBSEP "tabula"]
      if (ref > 0) ratios[p[3] SUBSEP p[4]] = ratios[p[3] SUBSEP p[4]] " " inround[k] / ref
    }
    printf "Whole process, medians of %d runs each; load average (1 min) at their start: median %s, %s\n",
        runs[files[1] SUBSEP cmds[1]], median(loads), range(loads)
    printf "%-48s %-12s %7s %7s %11s %11s %16s\n", "file", "command", "CPU s", "wall s", "CPU/tabula", "wall/tabula", "CPU/tabula/round"
    for (f = 1; f <= nf; f++) {
      tc = median(cpu[files[f] SUBSEP "tabula"]); tw = median(wall[files[f] SUBSEP "tabula"])
      for (c = 1; c <= nc; c++) {
        k = files[f] SUBSEP cmds[c]
        printf "%-48s %-12s %7.2f %7.2f %11.2f %11.2f %16s\n", files[f], cmds[c], median(cpu[k]), median(wall[k]),
            median(cpu[k]) / tc, median(wall[k]) / tw, sprintf("%.2f (%s)", median(ratios[k]), range(ratios[k]))
      }
    }
  }' "$out/times.tsv" | tee "$out/summary.txt"
echo "all figures: $out"
