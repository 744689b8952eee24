#!/usr/bin/env bash
# Side-by-side benchmark of polidx, SQLite FTS5 and ripgrep on one generated
# corpus of N policies (examples/gen-corpus.rs).
#
#   scripts/bench.sh N [--skip-rg] [--skip-fts] [--runs R] [--rg-runs R] [--seed S]
#   scripts/bench.sh N --report-only    # rewrite the report from bench-data/work-N
#
# Writes the report to bench-results/N.md and prints it. Generated data
# (corpus, polidx index, FTS5 database, hyperfine JSON) goes to bench-data/;
# an existing corpus with the same N, seed and generator is reused.
#
# Steps: install the peers if missing (ripgrep, sqlite3, hyperfine, time);
# build polidx and the examples; generate the corpus; polidx full index
# build (wall time, peak RSS) and a no-change re-run; export polidx's
# sections (examples/export-sections.rs) and load them into an FTS5 table;
# then each query of a fixed set, whole process with a warm cache, under
# hyperfine, for each engine.
#
# Disk: the corpus is about 16 KB per policy, the polidx index about as much,
# and the FTS5 side about 4× that at its peak (CSV export, database, and its
# journal while optimizing), so 1M policies need about 100 GB with FTS5 and
# about 35 GB with --skip-fts (the 1M targets do not involve FTS5 or rg:
# `scripts/bench.sh 1000000 --skip-rg --skip-fts`). The script checks first.
set -euo pipefail

usage() {
  echo "usage: scripts/bench.sh N [--skip-rg] [--skip-fts] [--runs R] [--rg-runs R] [--seed S] [--report-only]" >&2
  exit 2
}
die() {
  printf 'bench: %s\n' "$*" >&2
  exit 2
}
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Writes the Markdown report of the run in WORK to REPORT and prints it.
write_report() {
python3 - "$1" "$2" <<'PY'
import json, math, os, re, sys

work, report = sys.argv[1], sys.argv[2]
facts = {}
for line in open(os.path.join(work, "facts.env"), encoding="utf-8"):
    key, _, value = line.rstrip("\n").partition("=")
    facts[key] = value
f = lambda k: float(facts[k]) if k in facts else None
n = int(facts["n"])
skip_rg = facts["skip_rg"] == "1"
skip_fts = facts.get("skip_fts") == "1"
build = json.load(open(os.path.join(work, "build.json")))
rerun = json.load(open(os.path.join(work, "rerun.json")))


def times(qid, engine):
    path = os.path.join(work, "hf", f"{qid}-{engine}.json")
    if not os.path.exists(path):
        return None
    t = sorted(json.load(open(path))["results"][0]["times"])
    if not t:
        return None
    def pct(p):
        # Linear interpolation between closest ranks (numpy's default).
        x = p * (len(t) - 1)
        lo = math.floor(x)
        hi = min(lo + 1, len(t) - 1)
        return t[lo] + (t[hi] - t[lo]) * (x - lo)
    return {"median": pct(0.5), "p95": pct(0.95), "runs": len(t)}


def ms(seconds):
    if seconds is None:
        return "–"
    v = seconds * 1000
    if v >= 10000:
        return f"{seconds:.1f} s"
    if v >= 1000:
        return f"{seconds:.2f} s"
    if v >= 100:
        return f"{v:.0f} ms"
    return f"{v:.1f} ms"


def dur(seconds):
    if seconds >= 3600:
        return f"{seconds / 3600:.2f} h ({seconds:.0f} s)"
    if seconds >= 60:
        return f"{seconds / 60:.1f} min ({seconds:.0f} s)"
    return f"{seconds:.2f} s"


def worst(items, k=6):
    items = [text for _, text in sorted(items, reverse=True)]
    more = f" and {len(items) - k} more" if len(items) > k else ""
    return ", ".join(items[:k]) + more


def size(b):
    b = float(b)
    for unit in ["B", "KB", "MB", "GB"]:
        if b < 1000 or unit == "GB":
            return f"{b:.0f} {unit}" if unit == "B" else f"{b:.1f} {unit}"
        b /= 1000


mark = lambda ok: "✓" if ok else "✗"

queries = []
for line in open(os.path.join(work, "queries.tsv"), encoding="utf-8"):
    (qid, label, kind, pq, popts, where, rgcmd, note, hp, hf, hr, pcmd) = line.rstrip("\n").split("\t")
    queries.append(dict(id=qid, label=label, kind=kind, pq=pq, popts=popts, where=where,
                        rg=rgcmd, note=note, hp=hp, hf=hf, hr=hr, pcmd=pcmd,
                        p=times(qid, "polidx"), s=times(qid, "fts5"), r=times(qid, "rg")))

corpus_bytes = f("corpus_bytes")
build_s = f("build_seconds")
rerun_s = f("rerun_seconds")
rss_kb = f("build_rss_kb")
index_bytes = f("index_bytes")
fts_load = f("fts_load_seconds")
fts_opt = f("fts_optimize_seconds")
fts_build = None if skip_fts else fts_load + fts_opt
export_s = f("export_seconds")

out = []
w = out.append
w(f"# polidx benchmark: {n:,} policies")
w("")
w(f"- Date: {facts['start_date']} → {facts['end_date']}")
w(f"- Command: `{facts['command']}` (seed {facts['seed']}; {facts['runs']} runs per query for polidx"
  + ("" if skip_fts else " and FTS5") + ", " + ("rg skipped" if skip_rg else f"{facts['rg_runs']} for rg")
  + ("; FTS5 skipped" if skip_fts else "") + "; 2 warm-up runs each)")
w(f"- Machine: {facts['nproc']} cores, {facts['mem']} memory, CPU {facts['cpu']}, disk {facts['disk']} (bench-data), {facts['kernel']}")
w(f"- Versions: {facts['polidx_version']}, {facts['rustc']}, {facts['rg_version']}, sqlite3 {facts['sqlite_version']}, {facts['hyperfine_version']}")
w(f"- Shared machine: other processes were running during the benchmark (load average {facts['start_load']} at the start, "
  f"{facts['end_load']} at the end, on {facts['nproc']} cores"
  + (f"; busiest at the start: {facts['others']}" if facts.get("others") else "") + "). Timings are noisier and slower than on an idle machine.")
w("")
w("## Corpus")
w("")
w(f"{build['policies']:,} policies read by polidx ({size(corpus_bytes)}, {corpus_bytes / max(n, 1) / 1000:.1f} KB per policy on average), "
  f"{build['sections']:,} sections, {build['clauses']:,} clauses; policy languages {build['languages']}; "
  f"section languages {build['section_languages']}; skipped files: {len(build['skipped'])}"
  + (" (" + "; ".join(f"`{s['path']}`: {s['reason']}" for s in build['skipped'][:3]) + ")" if build['skipped'] else "") + ".")
# The generator's log names the folder by its absolute path: keep it relative.
gen_note = re.sub(r"\S*/(bench-data/)", r"\1", facts["gen_note"])
w(f"Corpus `bench-data/corpus-{n}`, {gen_note}.")
try:
    import sqlite3
    if skip_fts:
        raise StopIteration
    generated = {}
    with open(os.path.join(facts["corpus"], "manifest.tsv"), encoding="utf-8") as m:
        next(m)
        for row in m:
            cols = row.rstrip("\n").split("\t")
            generated[cols[0]] = cols[1].lower()
    db = sqlite3.connect(f"file:{os.path.join(work, 'fts.db')}?mode=ro", uri=True)
    exact = close = total = 0
    for path, company in db.execute("SELECT path, company FROM sections GROUP BY path"):
        g, d = generated.get(path), (company or "").lower()
        if g is None:
            continue
        total += 1
        exact += g == d
        close += bool(d) and (g in d or d in g)
    if total:
        w(f"polidx detected the generated company name for {exact / total * 100:.1f}% of the policies "
          f"(one name containing the other: {close / total * 100:.1f}%).")
except StopIteration:
    pass
except Exception as e:  # a sanity figure only
    w(f"(company detection check failed: {e})")
w("")
w("## Index build")
w("")
w("| what | time | throughput | peak RSS | size on disk |")
w("|---|---:|---:|---:|---:|")
w(f"| polidx full build (`polidx index`, all cores) | {dur(build_s)} | {corpus_bytes / 1e6 / build_s:.2f} MB/s | {rss_kb / 1048576:.2f} GiB | {size(index_bytes)} ({index_bytes / corpus_bytes:.2f}× corpus) |")
w(f"| polidx no-change re-run | {dur(rerun_s)} ({rerun_s / build_s * 100:.1f}% of full build) | | {f('rerun_rss_kb') / 1024:.0f} MiB | |")
anon_kb = facts.get("build_anon_kb")
file_kb = facts.get("build_file_kb")
memory_split = (f"Peak RSS of the full build, split (sampled every 0.5 s): {float(anon_kb) / 1048576:.2f} GiB "
                f"anonymous (allocated), {float(file_kb) / 1048576:.2f} GiB mapped index files (pages the kernel "
                "may drop at any time), each at its own peak.") if anon_kb and file_kb else None
if skip_fts:
    w("| SQLite FTS5 | skipped (`--skip-fts`) | | | |")
else:
    w(f"| export of polidx's sections to CSV (examples/export-sections, not part of FTS5's build) | {dur(export_s)} | {corpus_bytes / 1e6 / export_s:.2f} MB/s | | {size(f('export_bytes'))} CSV |")
    w(f"| FTS5 load (`.import` of the CSV into the FTS5 table, one transaction, 256 MiB cache) | {dur(fts_load)} | | | |")
    w(f"| FTS5 optimize | {dur(fts_opt)} | | | |")
    w(f"| **FTS5 build** (load + optimize) | **{dur(fts_build)}** | {corpus_bytes / 1e6 / fts_build:.2f} MB/s of corpus | | {size(f('fts_bytes'))} ({f('fts_bytes') / corpus_bytes:.2f}× corpus) |")
    w("")
    w(f"FTS5 table rows: {int(f('fts_rows')):,}; polidx sections: {build['sections']:,}"
      + (" (the same sections)." if int(f('fts_rows')) == build['sections'] else " (**differ**)."))
    w(f"polidx full build / FTS5 build = {build_s / fts_build:.2f}× (against the FTS5 load alone, without optimize: {build_s / fts_load:.2f}×). "
      "FTS5 gets the sections already read and segmented by polidx; polidx's build includes reading, decoding, cleaning, "
      "segmenting, language detection and practice labelling of every file.")
if memory_split:
    w("")
    w(memory_split)
w("")
w("## Query latency")
w("")
w("Whole process (start, open, search, print, exit), warm cache, measured by hyperfine; times in ms unless marked. "
  "p95 interpolated between the closest ranks of the runs. Ratios use medians. "
  "Hits: polidx clauses printed (`--limit 10`) / FTS5 matching sections (all, counted separately) / rg matching files.")
w("")
w("| # | query | kind | polidx median | polidx p95 | FTS5 median | FTS5 p95 | rg median | rg p95 | polidx/FTS5 | rg/polidx | hits p / F / rg |")
w("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
ratios, ratios_nx = [], []
slower_than_fts, rg_fails = [], []
max_p95 = (0.0, "")
for i, q in enumerate(queries, 1):
    p, s, r = q["p"], q["s"], q["r"]
    pf = p["median"] / s["median"] if p and s else None
    rp = r["median"] / p["median"] if p and r else None
    label = q["label"].replace("|", "\\|")
    if q["kind"] == "cross-lingual":
        label += " †"
    if pf is not None:
        ratios.append(pf)
        if q["kind"] != "cross-lingual":
            ratios_nx.append(pf)
        if pf > 1.0:
            slower_than_fts.append((pf, f"#{i} ({pf:.2f}×)"))
    if rp is not None and rp < 10:
        rg_fails.append((-rp, f"#{i} ({rp:.1f}×)"))
    if p and p["p95"] > max_p95[0]:
        max_p95 = (p["p95"], i)
    w(f"| {i} | `{label}` | {q['kind']} | {ms(p and p['median'])} | {ms(p and p['p95'])} | {ms(s and s['median'])} | {ms(s and s['p95'])} | "
      f"{ms(r and r['median'])} | {ms(r and r['p95'])} | {'–' if pf is None else f'{pf:.2f}×'} | "
      f"{'–' if rp is None else f'{rp:.1f}×'} | {q['hp']} / {q['hf']} / {q['hr']} |")
geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios)) if ratios else float("nan")
geo_nx = math.exp(sum(math.log(x) for x in ratios_nx) / len(ratios_nx)) if ratios_nx else float("nan")
if ratios:
    w(f"| | **geometric mean** | | | | | | | | **{geo:.2f}×** | | |")
w("")
w("† cross-lingual: polidx expands the query into the other language (glossary); FTS5 and rg have no equivalent and run the literal query."
  + (f" Geometric mean of polidx/FTS5 without the cross-lingual queries: {geo_nx:.2f}×." if ratios_nx else ""))
w("")
w("## Targets")
w("")
is100k = n == 100_000
is1m = n == 1_000_000
w("| target | measured | |")
w("|---|---|:-:|")
scope = "" if is100k else " *(set for 100k; indicative here)*"
if skip_fts:
    for t in ["full build ≤ 0.5× FTS5 build time", "each query ≤ 1.0× FTS5 (median)", "geometric mean ≤ 0.5× FTS5"]:
        w(f"| 100k: {t}{scope} | FTS5 skipped | – |")
else:
    w(f"| 100k: full build ≤ 0.5× FTS5 build time{scope} | {build_s / fts_build:.2f}× ({dur(build_s)} vs {dur(fts_build)}) | {mark(build_s / fts_build <= 0.5)} |")
    nq = len([q for q in queries if q["p"] and q["s"]])
    w(f"| 100k: each query ≤ 1.0× FTS5 (median){scope} | {nq - len(slower_than_fts)}/{nq} queries"
      + (f"; slower: {worst(slower_than_fts)}" if slower_than_fts else "") + f" | {mark(not slower_than_fts)} |")
    w(f"| 100k: geometric mean ≤ 0.5× FTS5{scope} | {geo:.2f}× | {mark(geo <= 0.5)} |")
if skip_rg:
    w(f"| 100k: each query ≥ 10× faster than rg{scope} | rg skipped | – |")
else:
    nr = len([q for q in queries if q["p"] and q["r"]])
    w(f"| 100k: each query ≥ 10× faster than rg{scope} | {nr - len(rg_fails)}/{nr} queries"
      + (f"; below 10×: {worst(rg_fails)}" if rg_fails else "") + f" | {mark(not rg_fails)} |")
w(f"| 100k: no-change re-run ≤ 5% of full build{scope} | {rerun_s / build_s * 100:.1f}% ({dur(rerun_s)}) | {mark(rerun_s / build_s <= 0.05)} |")
scope = "" if is1m else " *(set for 1M; indicative here)*"
w(f"| 1M: full build ≤ 30 min{scope} | {dur(build_s)} | {mark(build_s <= 1800)} |")
w(f"| 1M: peak RSS ≤ 2 GiB{scope} | {rss_kb / 1048576:.2f} GiB"
  + (f" (anonymous {float(anon_kb) / 1048576:.2f} GiB, mapped files {float(file_kb) / 1048576:.2f} GiB)" if anon_kb and file_kb else "")
  + f" | {mark(rss_kb <= 2 * 1048576)} |")
w(f"| 1M: query p95 ≤ 200 ms{scope} | worst p95 {ms(max_p95[0])} (#{max_p95[1]}) | {mark(max_p95[0] <= 0.2)} |")
w("")
w("## The queries")
w("")
w(f"polidx runs `polidx query QUERY --index INDEX --limit 10 --json [OPTIONS] >/dev/null` (exit 1 on no hits is ignored). "
  "FTS5 runs `sqlite3 -readonly fts.db < q.sql`, where q.sql is "
  "`SELECT path, heading FROM sections WHERE <condition> ORDER BY bm25(sections) LIMIT 10;` "
  f"on `CREATE VIRTUAL TABLE sections USING fts5(path UNINDEXED, company UNINDEXED, lang UNINDEXED, heading, body, tokenize='porter unicode61')`. "
  f"rg runs over the corpus folder (`$C`), skipping `manifest.tsv`. The company is `{facts['company']}`: from the middle of the manifest on, the first "
  + ("for which polidx finds `cookies` with `--company`." if skip_fts else "whose generated name polidx detected too and that has a section matching `cookies`."))
w("")
w("| # | polidx QUERY and options | FTS5 condition | rg command | note |")
w("|---:|---|---|---|---|")
for i, q in enumerate(queries, 1):
    esc = lambda s: s.replace("|", "\\|")
    w(f"| {i} | `{esc(q['pq'])}`{(' `' + esc(q['popts']) + '`') if q['popts'] else ''} | `{esc(q['where'])}` | "
      f"`{esc(q['rg'].replace('$RGX ', ''))}` | {esc(q['note'])} |")
w("")
w("Notes:")
w("")
w("- rg is an approximation everywhere: it matches lines in files, not sections; `-w` words do not stem (polidx and FTS5's porter "
  "stemmer do: `cookies` also finds `cookie`); a phrase broken across lines by hard wrapping (about 30% of the .txt/.md files) is missed; "
  "boolean queries are file-level pipelines (`rg -l … | xargs rg …`); there is no language filter. "
  "Its timings are still the cost of answering the question by scanning the files.")
w("- FTS5 ranks every matching row by bm25 before `LIMIT 10`, as polidx ranks sections; polidx then also opens the best sections and ranks their clauses.")
w("- Each engine runs as a fresh process per query, so the times include process start-up and opening the index (hyperfine subtracts the shell's start-up).")
w(f"- Raw data: `bench-data/work-{n}/` (hyperfine JSON in `hf/`, polidx's `build.json`, `/usr/bin/time -v` output, FTS5 query files in `sql/`).")
w("")
text = "\n".join(out)
open(report, "w", encoding="utf-8").write(text)
print(text)
PY
}

N=""
SKIP_RG=0
RUNS=10
RG_RUNS=""
SEED=42
REPORT_ONLY=0
SKIP_FTS=0
ARGS_GIVEN="$*"
while (($#)); do
  case "$1" in
    --skip-rg) SKIP_RG=1 ;;
    --skip-fts) SKIP_FTS=1 ;;
    --runs) RUNS="${2:-}"; shift ;;
    --rg-runs) RG_RUNS="${2:-}"; shift ;;
    --seed) SEED="${2:-}"; shift ;;
    --report-only) REPORT_ONLY=1 ;;
    -h | --help) usage ;;
    -*) echo "bench: unknown option $1" >&2; usage ;;
    *) [[ -z "$N" ]] || usage; N="$1" ;;
  esac
  shift
done
[[ "$N" =~ ^[0-9]+$ && "$N" -gt 0 ]] || usage
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -ge 2 ]] || die "--runs needs a number ≥ 2"
[[ "$SEED" =~ ^[0-9]+$ ]] || die "--seed needs a number"
# rg scans the whole corpus on every run: fewer runs on large corpora.
if [[ -z "$RG_RUNS" ]]; then
  if ((N > 20000)); then RG_RUNS=3; else RG_RUNS=$RUNS; fi
fi
[[ "$RG_RUNS" =~ ^[0-9]+$ && "$RG_RUNS" -ge 2 ]] || die "--rg-runs needs a number ≥ 2"

cd "$(dirname "$0")/.."
ROOT="$PWD"
if ((REPORT_ONLY)); then
  [[ -f "$ROOT/bench-data/work-$N/facts.env" ]] || die "no finished run in bench-data/work-$N"
  mkdir -p bench-results
  write_report "$ROOT/bench-data/work-$N" "$ROOT/bench-results/$N.md"
  exit 0
fi
START_DATE="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
START_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
# What else was running when we started (the machine is shared).
OTHERS="$(ps -eo pcpu=,comm= --sort=-pcpu | awk '$1 > 5 {printf "%s%s (%s%% CPU)", sep, $2, $1; sep=", "}' | head -c 400)"

# ---------------------------------------------------------------- tools
missing=()
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if ((!SKIP_RG)); then command -v rg >/dev/null 2>&1 || missing+=(ripgrep); fi
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  apt-get update
  apt-get install -y "${missing[@]}"
fi
command -v cargo >/dev/null 2>&1 || die "cargo is required (install Rust with rustup)"
if ! sqlite3 :memory: "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61'); INSERT INTO t VALUES('cookies'); SELECT count(*) FROM t WHERE t MATCH 'cookie';" >/dev/null 2>&1; then
  die "this sqlite3 ($(sqlite3 --version | cut -d' ' -f1)) has no FTS5 (or no porter tokenizer): install a build with FTS5 (Debian's sqlite3 has it)"
fi
printf '"a","b"\n' >"${TMPDIR:-/tmp}/bench-import-check.csv"
if ! sqlite3 :memory: "CREATE TABLE t(x, y);" ".import --csv ${TMPDIR:-/tmp}/bench-import-check.csv t" >/dev/null 2>&1; then
  die "this sqlite3 ($(sqlite3 --version | cut -d' ' -f1)) lacks '.import --csv' (needs 3.32 or later)"
fi
rm -f "${TMPDIR:-/tmp}/bench-import-check.csv"

# ---------------------------------------------------------------- build
log "building polidx and the examples (release)"
cargo build --release --bin polidx --example gen-corpus --example export-sections
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="$ROOT/bench-data/bin"
mkdir -p "$BIN" bench-results
# Private copies: a rebuild in target/ during the run must not swap the binary under us.
cp -fp "$TARGET_DIR/release/polidx" "$TARGET_DIR/release/examples/gen-corpus" \
  "$TARGET_DIR/release/examples/export-sections" "$BIN/"
export POLIDX="$BIN/polidx"

# ---------------------------------------------------------------- corpus
CORPUS="$ROOT/bench-data/corpus-$N"
STAMP="$ROOT/bench-data/corpus-$N.stamp"
WANT="policies=$N seed=$SEED generator=$(sha256sum examples/gen-corpus.rs | cut -c1-16)"
REUSE=0
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" && -f "$CORPUS/manifest.tsv" &&
  "$(wc -l <"$CORPUS/manifest.tsv")" -eq $((N + 1)) ]]; then
  REUSE=1
fi
# Old results for this N, and a corpus that will not be reused, go first:
# they count against the free space.
rm -rf "$ROOT/bench-data/work-$N"
((REUSE)) || rm -rf "$CORPUS" "$STAMP"
# Room for the corpus (unless reused; ≈ 16 KB a policy), the index (≈ 1×
# corpus) and, unless skipped, the FTS5 side (≈ 4× corpus at its peak).
EST=$((N * 16000))
NEED=$((EST * (SKIP_FTS ? 12 : 52) / 10 + (REUSE ? 0 : EST)))
FREE=$(($(df -B1 --output=avail "$ROOT/bench-data" | tail -1)))
if ((FREE < NEED)); then
  die "bench-data needs about $((NEED / 1000000000)) GB and has $((FREE / 1000000000)) GB free: free some (bench-data/work-*, corpus-*) or use --skip-fts"
fi
if ((REUSE)); then
  log "reusing $CORPUS ($WANT)"
  GEN_NOTE="reused (generated earlier: $(tail -1 "$CORPUS.gen.log" 2>/dev/null))"
else
  log "generating $N policies into $CORPUS"
  "$BIN/gen-corpus" --policies "$N" --out "$CORPUS" --seed "$SEED" 2> >(tee "$CORPUS.gen.log" >&2)
  echo "$WANT" >"$STAMP"
  GEN_NOTE="generated now: $(tail -1 "$CORPUS.gen.log")"
fi
export C="$CORPUS"
CORPUS_BYTES="$(awk -F'\t' 'NR > 1 {s += $5} END {printf "%.0f", s}' "$CORPUS/manifest.tsv")"

WORK="$ROOT/bench-data/work-$N"
rm -rf "$WORK"
mkdir -p "$WORK/hf" "$WORK/sql"
FACTS="$WORK/facts.env"
: >"$FACTS"
fact() { printf '%s=%s\n' "$1" "$2" >>"$FACTS"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", b - a}'; }

# Peak resident memory of a running process, split into anonymous memory
# (what it allocated) and mapped files (index files the kernel can drop at
# any time), sampled twice a second: /usr/bin/time reports only their sum.
peak_memory() { # PID OUTFILE
  local pid=$1 out=$2 anon=0 file=0 total=0 a f
  while read -r a f < <(awk '/^RssAnon/ {a = $2} /^RssFile/ {f = $2} END {if (a != "") print a, f}' \
    "/proc/$pid/status" 2>/dev/null); do
    ((a > anon)) && anon=$a
    ((f > file)) && file=$f
    ((a + f > total)) && total=$((a + f))
    sleep 0.5
  done
  printf 'peak_anon_kb=%s\npeak_file_kb=%s\npeak_sampled_kb=%s\n' "$anon" "$file" "$total" >"$out"
}

# ---------------------------------------------------------------- polidx
export IDX="$WORK/index"
log "polidx: full index build"
t0=$(now)
/usr/bin/time -v -o "$WORK/build.time" "$POLIDX" index "$CORPUS" --index "$IDX" --json \
  >"$WORK/build.json" 2>"$WORK/build.stderr" &
time_pid=$!
sleep 0.2
polidx_pid=$(pgrep -P "$time_pid" | head -n 1 || true)
if [[ -n $polidx_pid ]]; then
  peak_memory "$polidx_pid" "$WORK/build.memory" &
  sampler_pid=$!
fi
wait "$time_pid"
[[ -n ${sampler_pid:-} ]] && wait "$sampler_pid"
t1=$(now)
if [[ -s $WORK/build.memory ]]; then
  fact build_anon_kb "$(awk -F= '/^peak_anon_kb/ {print $2}' "$WORK/build.memory")"
  fact build_file_kb "$(awk -F= '/^peak_file_kb/ {print $2}' "$WORK/build.memory")"
fi
fact build_seconds "$(elapsed "$t0" "$t1")"
fact build_rss_kb "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/build.time")"
fact index_bytes "$(du -sb "$IDX" | cut -f1)"
log "polidx: no-change re-run"
t0=$(now)
/usr/bin/time -v -o "$WORK/rerun.time" "$POLIDX" index "$CORPUS" --index "$IDX" --json \
  >"$WORK/rerun.json" 2>"$WORK/rerun.stderr"
t1=$(now)
fact rerun_seconds "$(elapsed "$t0" "$t1")"
fact rerun_rss_kb "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/rerun.time")"

# ---------------------------------------------------------------- SQLite FTS5
export DB="$WORK/fts.db"
if ((!SKIP_FTS)); then
  log "exporting polidx's sections (examples/export-sections)"
  t0=$(now)
  "$BIN/export-sections" "$CORPUS" >"$WORK/sections.csv" 2>"$WORK/export.stderr"
  t1=$(now)
  fact export_seconds "$(elapsed "$t0" "$t1")"
  fact export_bytes "$(stat -c %s "$WORK/sections.csv")"
  log "FTS5: loading the sections (one transaction)"
  t0=$(now)
  sqlite3 "$DB" <<SQL
PRAGMA cache_size = -262144;
CREATE VIRTUAL TABLE sections USING fts5(path UNINDEXED, company UNINDEXED, lang UNINDEXED, heading, body, tokenize='porter unicode61');
BEGIN;
.import --csv $WORK/sections.csv sections
COMMIT;
SQL
  t1=$(now)
  fact fts_load_seconds "$(elapsed "$t0" "$t1")"
  rm -f "$WORK/sections.csv"
  log "FTS5: optimize (merge into one b-tree)"
  t0=$(now)
  sqlite3 "$DB" "PRAGMA cache_size = -262144; INSERT INTO sections(sections) VALUES('optimize');"
  t1=$(now)
  fact fts_optimize_seconds "$(elapsed "$t0" "$t1")"
  fact fts_bytes "$(stat -c %s "$DB")"
  fact fts_rows "$(sqlite3 "$DB" 'SELECT count(*) FROM sections')"
fi

# ---------------------------------------------------------------- queries
# A company that is in the corpus: from the middle of the manifest on, the
# first whose generated name polidx also detected and whose policy has a
# section on cookies (so the filtered query has hits to find).
COMPANY=""
tries=0
while IFS=$'\t' read -r _ company _ && ((tries++ < 200)); do
  [[ "$company" != *\'* ]] || continue
  if ((SKIP_FTS)); then
    found=0
    "$POLIDX" query cookies --company "$company" --index "$IDX" --limit 1 >/dev/null && found=1
  else
    found=$(sqlite3 -readonly "$DB" "SELECT count(*) FROM sections WHERE sections MATCH 'cookies' AND company = '$company'")
  fi
  if ((found > 0)); then
    COMPANY="$company"
    break
  fi
done < <(tail -n +$((N / 2 + 2)) "$CORPUS/manifest.tsv")
[[ -n "$COMPANY" ]] || COMPANY="$(awk -F'\t' 'NR == 2 {print $2}' "$CORPUS/manifest.tsv")"
export RGX="-g !manifest.tsv"
# label | kind | polidx query | polidx options | FTS5 MATCH | FTS5 extra condition | rg command | note
QUERIES="$(cat <<'EOF'
information|common word|information||information||rg -i -l -w $RGX information "$C"|
cookies|common word|cookies||cookies||rg -i -l -w $RGX cookies "$C"|
security|common word|security||security||rg -i -l -w $RGX security "$C"|
subpoena|rare word|subpoena||subpoena||rg -i -l -w $RGX subpoena "$C"|
encryption|rare word|encryption||encryption||rg -i -l -w $RGX encryption "$C"|
"third parties"|common phrase|"third parties"||"third parties"||rg -i -l -F $RGX 'third parties' "$C"|
"personal information"|common phrase|"personal information"||"personal information"||rg -i -l -F $RGX 'personal information' "$C"|
"do not track"|rare phrase|"do not track"||"do not track"||rg -i -l -F $RGX 'do not track' "$C"|
"law enforcement"|phrase|"law enforcement"||"law enforcement"||rg -i -l -F $RGX 'law enforcement' "$C"|
"retention period"|rare phrase|"retention period"||"retention period"||rg -i -l -F $RGX 'retention period' "$C"|
"data breach"|rare phrase|"data breach"||"data breach"||rg -i -l -F $RGX 'data breach' "$C"|
"opt out"|phrase|"opt out"||"opt out"||rg -i -l -F $RGX 'opt out' "$C"|
sell OR rent|boolean|sell OR rent||sell OR rent||rg -i -l -w $RGX -e sell -e rent "$C"|
cookies -session|boolean|cookies -session||cookies NOT session||rg -0 -i -l -w $RGX cookies "$C" @PIPE@ xargs -0 -r rg -i -w --files-without-match session|rg: policy-level exclusion (files with cookies and without session)
children AND consent|boolean|children AND consent||children AND consent||rg -0 -i -l -w $RGX children "$C" @PIPE@ xargs -0 -r rg -i -l -w consent|rg: both words anywhere in the file
(sell OR rent) AND "personal information"|boolean|(sell OR rent) AND "personal information"||(sell OR rent) AND "personal information"||rg -0 -i -l -w $RGX -e sell -e rent "$C" @PIPE@ xargs -0 -r rg -i -l -F 'personal information'|rg: both anywhere in the file
maklumat --lang ms|language filter|maklumat|--lang ms|maklumat|lang = 'ms'|rg -i -l -w $RGX maklumat "$C"|rg: no language filter (a Malay word)
"pihak ketiga" --lang ms|language filter|"pihak ketiga"|--lang ms|"pihak ketiga"|lang = 'ms'|rg -i -l -F $RGX 'pihak ketiga' "$C"|rg: no language filter (a Malay phrase)
analytics --lang en|language filter|analytics|--lang en|analytics|lang = 'en'|rg -i -l -w $RGX analytics "$C"|rg: no language filter
cookies --company "@COMPANY@"|company filter|cookies|--company '@COMPANY@'|cookies|company LIKE '%@COMPANY@%'|rg -0 -i -l -F $RGX '@COMPANY@' "$C" @PIPE@ xargs -0 -r rg -i -l -w cookies|rg: files naming the company that mention cookies
"third parties" --lang ms|cross-lingual|"third parties"|--lang ms|"third parties"|lang = 'ms'|rg -i -l -F $RGX 'third parties' "$C"|cross-lingual: FTS5 and rg run the literal English phrase (no equivalent; rg has no language filter)
cookies --lang ms|cross-lingual|cookies|--lang ms|cookies|lang = 'ms'|rg -i -l -w $RGX cookies "$C"|cross-lingual: FTS5 and rg run the literal word (no equivalent)
kuki|cross-lingual|kuki||kuki||rg -i -l -w $RGX kuki "$C"|cross-lingual (Malay "cookies"): FTS5 and rg run the literal word
zyzzyva|no hits|zyzzyva||zyzzyva||rg -i -l -w $RGX zyzzyva "$C"|
EOF
)"
QUERIES="${QUERIES//@COMPANY@/$COMPANY}"

QTSV="$WORK/queries.tsv"
: >"$QTSV"
i=0
while IFS='|' read -r label kind pq popts fmatch fcond rgcmd note; do
  i=$((i + 1))
  id=$(printf 'q%02d' "$i")
  rgcmd="${rgcmd//@PIPE@/|}"
  pcmd="\"\$POLIDX\" query $(printf '%q' "$pq") --index \"\$IDX\" --limit 10 --json${popts:+ $popts}"
  where="sections MATCH '$fmatch'${fcond:+ AND $fcond}"
  printf '.timeout 10000\nSELECT path, heading FROM sections WHERE %s ORDER BY bm25(sections) LIMIT 10;\n' "$where" >"$WORK/sql/$id.sql"
  fcmd="sqlite3 -readonly \"\$DB\" < $WORK/sql/$id.sql"
  log "$id $label"
  # Hits (not timed): polidx clauses (≤ 10), FTS5 matching sections, rg files.
  hp=$(bash -c "$pcmd" | wc -l || true)
  if ((SKIP_FTS)); then hf="-"; else hf=$(sqlite3 -readonly "$DB" "SELECT count(*) FROM sections WHERE $where" || echo "?"); fi
  if ((SKIP_RG)); then hr="-"; else hr=$(bash -c "$rgcmd" | wc -l || true); fi
  hyperfine --shell bash -i --warmup 2 --runs "$RUNS" --style none \
    --export-json "$WORK/hf/$id-polidx.json" "$pcmd >/dev/null" >>"$WORK/hyperfine.log" 2>&1
  if ((!SKIP_FTS)); then
    hyperfine --shell bash -i --warmup 2 --runs "$RUNS" --style none \
      --export-json "$WORK/hf/$id-fts5.json" "$fcmd >/dev/null" >>"$WORK/hyperfine.log" 2>&1
  fi
  if ((!SKIP_RG)); then
    hyperfine --shell bash -i --warmup 2 --runs "$RG_RUNS" --style none \
      --export-json "$WORK/hf/$id-rg.json" "$rgcmd >/dev/null" >>"$WORK/hyperfine.log" 2>&1
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$label" "$kind" "$pq" "$popts" \
    "$where" "$rgcmd" "$note" "$hp" "$hf" "$hr" "$pcmd" >>"$QTSV"
done <<<"$QUERIES"

# ---------------------------------------------------------------- report
fact n "$N"
fact seed "$SEED"
fact runs "$RUNS"
fact rg_runs "$RG_RUNS"
fact skip_rg "$SKIP_RG"
fact skip_fts "$SKIP_FTS"
fact corpus_bytes "$CORPUS_BYTES"
fact corpus "$CORPUS"
fact company "$COMPANY"
fact command "scripts/bench.sh $ARGS_GIVEN"
fact start_date "$START_DATE"
fact end_date "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
fact start_load "$START_LOAD"
fact end_load "$(cut -d' ' -f1-3 /proc/loadavg)"
fact others "$OTHERS"
fact gen_note "$GEN_NOTE"
fact nproc "$(nproc)"
fact mem "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
fact cpu "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
fact disk "$(df -h --output=avail,size "$ROOT/bench-data" | awk 'NR == 2 {print $1 " free of " $2}')"
fact kernel "$(uname -sr)"
fact rustc "$(rustc --version)"
fact polidx_version "$("$POLIDX" --version) (binary sha256 $(sha256sum "$POLIDX" | cut -c1-12), built $(date -u -r "$POLIDX" '+%Y-%m-%d %H:%M UTC'))"
fact rg_version "$(if ((SKIP_RG)); then echo "ripgrep skipped"; else rg --version | head -1; fi)"
fact sqlite_version "$(sqlite3 --version | cut -d' ' -f1-2)"
fact hyperfine_version "$(hyperfine --version)"

REPORT="$ROOT/bench-results/$N.md"
write_report "$WORK" "$REPORT"
log "report written to bench-results/$N.md"
