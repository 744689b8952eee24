//! Exports the sections polidx reads from a corpus, one CSV record per
//! section, so that another engine (the benchmark's SQLite FTS5 peer) can be
//! fed exactly the same text that `polidx index` stores.
//!
//! Run: `cargo run --release --example export-sections -- CORPUS [--threads T] > sections.csv`
//!
//! Each policy file is read as `polidx index` reads it (the same walk, the
//! same `polidx-manifest.tsv` overrides, the same reading pipeline; files
//! with no clauses left are skipped). Columns, in this order and without a
//! header line: `path` (relative to CORPUS), `company`, `lang` (the
//! section's), `heading`, `body` (the section's clauses joined by a newline,
//! as polidx indexes them): the columns of the benchmark's FTS5 table, so
//! `sqlite3`'s `.import` can load them straight into it. Fields are quoted as RFC 4180 says
//! (inside double quotes, `"` doubled), so tabs and newlines in the text are
//! safe: `sqlite3` reads the file with `.import --csv`. Records come in the
//! corpus order whatever the number of threads. A summary goes to stderr.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

use polidx::ingest::{self, PolicyFile, DEFAULT_MAX_FILE_BYTES};
use polidx::manifest::Manifest;
use polidx::policy::read_policy;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("export-sections: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Appends `field` as one CSV field.
fn push_field(out: &mut Vec<u8>, field: &str, last: bool) {
    out.push(b'"');
    for &b in field.as_bytes() {
        match b {
            b'"' => out.extend_from_slice(b"\"\""),
            // NUL would end the string in SQLite's C API: drop it.
            0 => {}
            b => out.push(b),
        }
    }
    out.push(b'"');
    out.push(if last { b'\n' } else { b',' });
}

/// The CSV records of one file, and how many sections it had (None: skipped).
fn export_one(file: &PolicyFile, manifest: &Manifest) -> (Vec<u8>, Option<usize>) {
    let mut out = Vec::new();
    let Ok(source) = ingest::read_policy_file(file, DEFAULT_MAX_FILE_BYTES) else {
        return (out, None);
    };
    let policy = read_policy(&source, manifest.get(&file.rel_path));
    if policy.clause_count() == 0 {
        return (out, None);
    }
    for section in &policy.sections {
        push_field(&mut out, &policy.path, false);
        push_field(&mut out, &policy.company, false);
        push_field(&mut out, &section.lang, false);
        push_field(&mut out, &section.heading, false);
        push_field(&mut out, &section.clauses.join("\n"), true);
    }
    (out, Some(policy.sections.len()))
}

fn run() -> Result<(), String> {
    let usage = "usage: export-sections CORPUS [--threads T] > sections.csv";
    let mut corpus = None;
    let mut threads = thread::available_parallelism().map_or(1, |n| n.get());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--threads" => {
                let v = args
                    .next()
                    .ok_or_else(|| format!("--threads needs a value\n{usage}"))?;
                threads = v.parse().map_err(|e| format!("--threads {v}: {e}"))?;
            }
            "-h" | "--help" => {
                println!("{usage}");
                return Ok(());
            }
            other if corpus.is_none() && !other.starts_with('-') => {
                corpus = Some(PathBuf::from(other));
            }
            other => return Err(format!("unknown argument '{other}'\n{usage}")),
        }
    }
    let corpus = corpus.ok_or_else(|| usage.to_string())?;
    if !corpus.is_dir() {
        return Err(format!("{} is not a folder", corpus.display()));
    }
    let started = Instant::now();
    let manifest = Manifest::load(&corpus).map_err(|e| format!("{e:#}"))?;
    let (files, walk_skipped) = ingest::walk_corpus(&corpus);
    let threads = threads.clamp(1, files.len().max(1));

    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let (mut policies, mut sections, mut skipped) = (0usize, 0usize, walk_skipped.len());
    let next = AtomicUsize::new(0);
    let written: io::Result<()> = thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, (Vec<u8>, Option<usize>))>(threads * 64);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, files, manifest) = (&next, &files, &manifest);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                if tx.send((i, export_one(file, manifest))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Write in corpus order: hold early arrivals until their turn.
        let mut waiting = BTreeMap::new();
        let mut turn = 0;
        for (i, result) in rx.iter() {
            waiting.insert(i, result);
            while let Some((bytes, count)) = waiting.remove(&turn) {
                turn += 1;
                match count {
                    Some(n) => {
                        policies += 1;
                        sections += n;
                    }
                    None => skipped += 1,
                }
                out.write_all(&bytes)?;
            }
        }
        out.flush()
    });
    written.map_err(|e| format!("writing: {e}"))?;
    eprintln!(
        "export-sections: {} policies, {} sections, {} files skipped, in {:.1} s ({} threads)",
        policies,
        sections,
        skipped,
        started.elapsed().as_secs_f64(),
        threads
    );
    Ok(())
}
