//! Build-time settings.
//!
//! * Links the Linux binary as a position-dependent executable: a PIE's
//!   tens of thousands of load-time relocations were a third of the system
//!   time of a short query (each query is a fresh process).
//! * Fingerprints the source of the reading pipeline (everything that turns
//!   a file into index documents: ingest, clean, segment, language,
//!   company, practices, analysis, index). An index records the
//!   fingerprint it was built with; a polidx whose reading differs re-reads
//!   every policy on its next run instead of keeping documents labelled by
//!   the old rules.

use std::path::{Path, PathBuf};

/// Source that only presents or searches: changing it needs no re-read.
const NOT_READING: &[&str] = &[
    "src/render",
    "src/search",
    "src/cli.rs",
    "src/app.rs",
    "src/main.rs",
    "src/answers.rs",
    "src/evaluation.rs",
    "src/exit_codes.rs",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files.sort();
    // FNV-1a over each file's path and bytes, in path order.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &files {
        let name = path.to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(path).expect("reading a source file");
        for &b in name.as_bytes().iter().chain(&[0]).chain(&bytes) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=POLIDX_READING_FINGERPRINT={hash:016x}");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.to_string_lossy().replace('\\', "/");
        if NOT_READING.iter().any(|n| name == *n) {
            continue;
        }
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
