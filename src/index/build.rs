//! Building and updating the index from a corpus folder.
//!
//! A run is incremental: files whose size and modification time match the
//! index are not read again; a changed file is read, and when its content
//! hash differs its documents are deleted and added again; files gone from
//! the corpus are deleted. Reading runs on worker threads; the writer adds
//! documents in corpus order so that two runs build the same index.
//!
//! Crash safety comes from tantivy's commits: each commit swaps `meta.json`
//! atomically, so a run killed at any moment leaves the last commit intact,
//! and files of an unfinished run are garbage-collected by the next one.
//! Large runs commit every `commit_every` policies; each policy's delete and
//! add land in the same commit, so every commit is a consistent index.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant, UNIX_EPOCH};

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::schema::TantivyDocument;
use tantivy::{IndexWriter, Term};

use super::schema::{KIND_POLICY, KIND_SECTION};
use super::{Fields, PolicyIndex};
use crate::ingest::{self, PolicyFile, Skip};
use crate::manifest::Manifest;
use crate::policy::{read_policy, Policy};

#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Writer heap for tantivy, in bytes.
    pub memory_bytes: usize,
    pub max_file_bytes: u64,
    /// Read every file again, even unchanged ones.
    pub rebuild: bool,
    /// Reader threads; 0 means one per core.
    pub threads: usize,
    /// Commit after this many changed policies.
    pub commit_every: usize,
    /// …or after this much time since the last commit.
    pub commit_interval: Duration,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            memory_bytes: 256 * 1024 * 1024,
            max_file_bytes: ingest::DEFAULT_MAX_FILE_BYTES,
            rebuild: false,
            threads: 0,
            commit_every: 20_000,
            commit_interval: Duration::from_secs(300),
        }
    }
}

/// What an indexing run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexSummary {
    pub corpus: String,
    pub index: String,
    /// Policies in the index after the run.
    pub policies: usize,
    pub sections: usize,
    pub clauses: usize,
    /// Policies per language, after the run.
    pub languages: BTreeMap<String, usize>,
    /// Sections per language, after the run.
    pub section_languages: BTreeMap<String, usize>,
    /// Files new to the index.
    pub added: usize,
    /// Files whose content changed.
    pub updated: usize,
    /// Files gone from the corpus, deleted from the index.
    pub removed: usize,
    /// Files left as they were.
    pub unchanged: usize,
    pub skipped: Vec<Skip>,
    pub commits: usize,
    /// Merges of small segments at the end of the run.
    pub tail_merges: usize,
    pub seconds: f64,
}

/// Reports progress of a run; the terminal progress bar implements it.
pub trait Progress: Sync {
    fn start(&self, _files_to_read: usize) {}
    fn advance(&self, _path: &str) {}
    fn finish(&self) {}
}

/// No progress output.
pub struct Quiet;
impl Progress for Quiet {}

/// The run was stopped by Ctrl-C; nothing half-done was committed.
#[derive(Debug, thiserror::Error)]
#[error("interrupted: nothing half-done was committed ({committed} changed policies were committed before the interruption); run `polidx index` again to finish")]
pub struct Interrupted {
    pub committed: usize,
}

/// What the index knew of a policy file.
#[derive(Debug, Clone, Copy)]
struct Known {
    hash: u64,
    size: u64,
    mtime: u64,
}

/// Brings the index in line with the corpus folder.
pub fn index_corpus(
    idx: &PolicyIndex,
    corpus: &Path,
    options: &IndexOptions,
    progress: &dyn Progress,
    interrupted: &AtomicBool,
) -> Result<IndexSummary> {
    let started = Instant::now();
    bound_allocator_arenas();
    let manifest = Manifest::load(corpus)?;
    let (files, mut skipped) = ingest::walk_corpus(corpus);
    // Take the writer lock before reading anything, so a concurrent run fails at once.
    let mut writer: IndexWriter = idx.writer(options.memory_bytes)?;
    let known = read_catalog(idx)?;
    // Documents made by another reading (an older polidx's labels,
    // sections or companies) are replaced even where the file is unchanged.
    let reread = options.rebuild || !super::reading_is_current(&idx.dir);

    let mut summary = IndexSummary {
        corpus: corpus.display().to_string(),
        index: idx.dir.display().to_string(),
        ..IndexSummary::default()
    };
    let present: HashSet<&str> = files.iter().map(|f| f.rel_path.as_str()).collect();
    // References, not copies: at a million files a copy of the list is
    // hundreds of megabytes.
    let mut to_read: Vec<&PolicyFile> = Vec::new();
    for file in &files {
        match known.get(&file.rel_path) {
            Some(k) if !reread && k.size == file.size && k.mtime == mtime_of(file) => {
                summary.unchanged += 1;
            }
            _ => to_read.push(file),
        }
    }
    for path in known.keys().filter(|p| !present.contains(&p[..])) {
        writer.delete_term(Term::from_field_text(idx.fields.policy_id, path));
        summary.removed += 1;
    }

    progress.start(to_read.len());
    let mut since_commit = 0;
    let mut committed_changes = 0;
    let mut last_commit = Instant::now();
    let mut pending_changes = 0;
    let reading = Reading {
        manifest: &manifest,
        fields: &idx.fields,
        max_file_bytes: options.max_file_bytes,
    };
    let outcome = read_in_parallel(&to_read, &reading, options, interrupted, |outcome| {
        progress.advance(&outcome.rel_path);
        match outcome.result {
            // A file that can no longer be read keeps its old documents:
            // losing a policy to a transient error would be worse.
            Err(skip) => skipped.push(skip),
            Ok(mut read) => {
                let old = known.get(&read.policy.path);
                if !reread && old.is_some_and(|k| k.hash == read.hash) {
                    // Touched but not changed: keep the documents as they are.
                    summary.unchanged += 1;
                    return Ok(());
                }
                if old.is_some() {
                    writer.delete_term(Term::from_field_text(
                        idx.fields.policy_id,
                        &read.policy.path,
                    ));
                    summary.updated += 1;
                } else {
                    summary.added += 1;
                }
                for doc in std::mem::take(&mut read.documents) {
                    writer.add_document(doc)?;
                }
                since_commit += 1;
                pending_changes += 1;
                if since_commit >= options.commit_every
                    || last_commit.elapsed() >= options.commit_interval
                {
                    writer.commit().context("committing the index")?;
                    summary.commits += 1;
                    committed_changes += pending_changes;
                    pending_changes = 0;
                    since_commit = 0;
                    last_commit = Instant::now();
                }
            }
        }
        Ok(())
    });
    progress.finish();
    match outcome {
        Ok(true) => {}
        Ok(false) => {
            writer
                .rollback()
                .context("discarding the unfinished part of the run")?;
            return Err(Interrupted {
                committed: committed_changes,
            }
            .into());
        }
        Err(err) => {
            // Nothing uncommitted is kept: the last commit stays as it was.
            let _ = writer.rollback();
            return Err(err);
        }
    }
    if pending_changes > 0 || summary.removed > 0 {
        writer.commit().context("committing the index")?;
        summary.commits += 1;
    }
    writer
        .wait_merging_threads()
        .context("merging index segments")?;
    // Only a finished run vouches for every document; an interrupted one
    // leaves the old fingerprint, so the next run re-reads again.
    if reread {
        super::write_version(&idx.dir)
            .with_context(|| format!("recording the index version in {}", idx.dir.display()))?;
    }
    // A run that wrote a large part of the index merges the small segments
    // it leaves (see `merge::tail_merges`).
    let changed = summary.added + summary.updated + summary.removed;
    let policies_after = known.len() + summary.added - summary.removed;
    if changed > 0 && changed * 4 >= known.len().max(policies_after) {
        summary.tail_merges = idx
            .merge_tail(interrupted)
            .context("merging the small segments (the run's changes are committed)")?;
    }

    // Totals of the index as committed: what queries will see.
    let now = super::stats::stats(idx)?;
    summary.policies = now.policies;
    summary.sections = now.sections;
    summary.clauses = now.clauses as usize;
    summary.languages = now.languages;
    summary.section_languages = now.section_languages;
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    summary.skipped = skipped;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// A file read by a worker, with its documents.
struct ReadPolicy {
    policy: Policy,
    documents: Vec<TantivyDocument>,
    hash: u64,
}

/// What a worker needs to turn a file into documents.
struct Reading<'a> {
    manifest: &'a Manifest,
    fields: &'a Fields,
    max_file_bytes: u64,
}

struct Outcome {
    rel_path: String,
    result: Result<ReadPolicy, Skip>,
}

/// Caps glibc's malloc at two arenas. By default each thread that
/// allocates may get its own arena of up to 64 MB, which keeps freed memory
/// for reuse: across the reading, indexing and merging threads of a long
/// build that held most of a gigabyte. Small allocations still go through
/// per-thread caches, so the cap costs little time.
fn bound_allocator_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const M_ARENA_MAX: std::ffi::c_int = -8;
        extern "C" {
            fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        }
        // SAFETY: mallopt only sets an allocator parameter; a failure
        // (return 0) leaves the default in place, which is harmless.
        unsafe {
            mallopt(M_ARENA_MAX, 2);
        }
    }
}

/// How far past the next file to apply a worker may read.
const MAX_AHEAD: usize = 512;

/// Reads `files` on worker threads and hands each outcome to `apply`, in
/// the order of `files`. Returns Ok(false) when interrupted.
fn read_in_parallel(
    files: &[&PolicyFile],
    reading: &Reading,
    options: &IndexOptions,
    interrupted: &AtomicBool,
    mut apply: impl FnMut(Outcome) -> Result<()>,
) -> Result<bool> {
    let threads = match options.threads {
        0 => thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let applied = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, Outcome)>(256);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, applied, stop) = (&next, &applied, &stop);
            scope.spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                // Behind one slow file (a huge policy), the others would pile
                // up in memory waiting for their turn: stay within a window.
                while i >= applied.load(Ordering::Relaxed) + MAX_AHEAD
                    && !stop.load(Ordering::Relaxed)
                {
                    thread::sleep(Duration::from_millis(2));
                }
                let outcome = read_one(file, reading);
                if tx.send((i, outcome)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Apply in corpus order: hold early arrivals until their turn.
        let mut waiting: BTreeMap<usize, Outcome> = BTreeMap::new();
        let mut turn = 0;
        let mut result = Ok(true);
        for (i, outcome) in rx.iter() {
            if interrupted.load(Ordering::Relaxed) {
                result = Ok(false);
                break;
            }
            waiting.insert(i, outcome);
            while let Some(outcome) = waiting.remove(&turn) {
                turn += 1;
                applied.store(turn, Ordering::Relaxed);
                if let Err(err) = apply(outcome) {
                    result = Err(err);
                    break;
                }
            }
            if result.is_err() {
                break;
            }
        }
        if interrupted.load(Ordering::Relaxed) && matches!(result, Ok(true)) {
            result = Ok(false);
        }
        stop.store(true, Ordering::Relaxed);
        // Unblock workers waiting to send, then let them finish.
        for _ in rx.iter() {}
        result
    })
}

fn read_one(file: &PolicyFile, reading: &Reading) -> Outcome {
    let result = ingest::read_policy_file(file, reading.max_file_bytes).and_then(|source| {
        let policy = read_policy(&source, reading.manifest.get(&file.rel_path));
        if policy.clause_count() == 0 {
            return Err(Skip {
                path: file.rel_path.clone(),
                reason: "no policy text left after removing markup and boilerplate".into(),
            });
        }
        let (hash, mtime) = (content_hash(source.text.as_bytes()), mtime_of(file));
        Ok(ReadPolicy {
            documents: policy_documents(reading.fields, &policy, hash, file.size, mtime),
            hash,
            policy,
        })
    });
    Outcome {
        rel_path: file.rel_path.clone(),
        result,
    }
}

/// Modification time in nanoseconds since the epoch (0 when unknown).
fn mtime_of(file: &PolicyFile) -> u64 {
    std::fs::metadata(&file.path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64)
}

/// The policy records of the last commit, by path.
fn read_catalog(idx: &PolicyIndex) -> Result<HashMap<String, Known>> {
    let reader = idx.reader()?;
    let records = super::policy_records(&reader.searcher())?;
    Ok(records
        .into_iter()
        .map(|r| {
            let known = Known {
                hash: r.hash,
                size: r.size,
                mtime: r.mtime,
            };
            (r.path, known)
        })
        .collect())
}

/// How many times a section's heading goes into its text field: its words
/// count that many times over, BM25F's field weight by repetition. One
/// field per language, not a heading field and a body field, lets tantivy
/// rank a word with its single-term block-max WAND, where a union of the
/// two fields stepped through both lists for the commonest words.
pub const HEADING_WEIGHT: usize = 3;

/// The documents of one policy: one per section and one policy record.
/// Built on the reading threads, so the writer thread only hands them on.
pub fn policy_documents(
    f: &Fields,
    policy: &Policy,
    hash: u64,
    size: u64,
    mtime: u64,
) -> Vec<TantivyDocument> {
    let mut docs = Vec::with_capacity(policy.sections.len() + 1);
    let company_key = policy.company.to_lowercase();
    let common = |doc: &mut TantivyDocument| {
        doc.add_text(f.policy_id, &policy.path);
        doc.add_text(f.company, &policy.company);
        doc.add_text(f.company_key, &company_key);
        if let Some(domain) = &policy.domain {
            doc.add_text(f.domain, domain);
        }
        if let Some(legal) = &policy.legal_name {
            doc.add_text(f.legal_name, legal);
        }
        if let Some(archived) = &policy.archived {
            doc.add_text(f.archived, archived);
        }
    };
    for (i, section) in policy.sections.iter().enumerate() {
        let mut doc = TantivyDocument::default();
        doc.add_text(f.kind, KIND_SECTION);
        common(&mut doc);
        doc.add_text(f.lang, &section.lang);
        doc.add_text(f.heading, &section.heading);
        doc.add_u64(f.section_index, i as u64);
        for clause in &section.clauses {
            doc.add_text(f.clause, clause);
        }
        let mut categories = 0u16;
        for labels in &section.labels {
            doc.add_u64(f.clause_labels, labels.pack());
            categories |= labels.categories;
        }
        let union = crate::policy::ClauseLabels {
            categories,
            ..Default::default()
        };
        for category in union.categories() {
            doc.add_facet(f.categories, super::schema::category_facet(category));
        }
        let text = f.text_field(&section.lang);
        for _ in 0..HEADING_WEIGHT {
            doc.add_text(text, &section.heading);
        }
        doc.add_text(text, section.clauses.join("\n"));
        docs.push(doc);
    }
    let mut record = TantivyDocument::default();
    record.add_text(f.kind, KIND_POLICY);
    common(&mut record);
    record.add_text(f.lang, &policy.lang);
    record.add_u64(f.content_hash, hash);
    record.add_u64(f.file_size, size);
    record.add_u64(f.mtime, mtime);
    record.add_u64(f.sections, policy.sections.len() as u64);
    record.add_u64(f.clauses, policy.clause_count() as u64);
    docs.push(record);
    docs
}

/// A stable 64-bit FNV-1a hash of a file's text: enough to tell whether a
/// policy changed between runs, and stable across Rust versions (unlike
/// std's `DefaultHasher`).
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_stable_and_sensitive() {
        assert_eq!(content_hash(b""), 0xcbf29ce484222325);
        assert_eq!(content_hash(b"a"), 0xaf63dc4c8601ec8c);
        assert_ne!(content_hash(b"policy v1"), content_hash(b"policy v2"));
    }
}
