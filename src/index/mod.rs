//! Index: the tantivy schema and the on-disk index of section documents.
//!
//! Each section of a policy is one document: metadata fields to filter and
//! display, the heading and text in the text field of the section's
//! analyzer, and the clauses as stored values so a hit can name its clause.
//! Each policy also gets one small `policy` record (company, language,
//! counts, content hash) that `stats` and incremental runs read.

pub mod build;
pub mod merge;
pub mod schema;
pub mod stats;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use tantivy::directory::error::LockError;
use tantivy::indexer::{IndexWriterOptions, NoMergePolicy};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyError};

use crate::analysis;
pub use schema::Fields;

/// Bumped whenever the schema or the analysis changes in a way that needs
/// a rebuild. 6: fast-field dictionaries without zstd (a build without
/// tantivy's zstd feature cannot read the blocks of version 5). 7: one
/// text field per language, heading and body together.
pub const SCHEMA_VERSION: u32 = 7;
const VERSION_FILE: &str = "polidx-index.json";

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no index at {dir}: build one with `polidx index CORPUS --index {dir}`")]
    Missing { dir: String },
    #[error(
        "the index at {dir} was written by an incompatible polidx version ({found}); \
         rebuild it with `polidx index CORPUS --index {dir} --rebuild`"
    )]
    Incompatible { dir: String, found: String },
    #[error(
        "the index at {dir} is being written by another `polidx index` run; wait for it to \
         finish (queries keep working meanwhile)"
    )]
    Busy { dir: String },
    #[error(
        "the index at {dir} is damaged ({detail}); rebuild it with \
         `polidx index CORPUS --index {dir} --rebuild`"
    )]
    Corrupt { dir: String, detail: String },
    #[error("{dir} holds other files and no polidx index: give an empty or new folder to --index")]
    NotAnIndex { dir: String },
    #[error("index at {dir}: {source}")]
    Tantivy {
        dir: String,
        #[source]
        source: TantivyError,
    },
    #[error("index at {dir}: {source}")]
    Io {
        dir: String,
        #[source]
        source: std::io::Error,
    },
}

/// The least memory tantivy lets an indexing thread have.
const MIN_WRITER_BYTES_PER_THREAD: usize = 15_000_000;

/// An opened polidx index.
pub struct PolicyIndex {
    pub index: Index,
    pub fields: Fields,
    pub dir: PathBuf,
}

impl PolicyIndex {
    /// Whether `dir` holds an index (of any version).
    pub fn exists(dir: &Path) -> bool {
        dir.join("meta.json").is_file()
    }

    /// Opens an existing index for reading. Takes no lock.
    pub fn open(dir: &Path) -> Result<PolicyIndex, IndexError> {
        let shown = dir.display().to_string();
        if !PolicyIndex::exists(dir) {
            return Err(IndexError::Missing { dir: shown });
        }
        check_version(dir)?;
        let index = Index::open_in_dir(dir).map_err(|e| classify(&shown, e))?;
        let fields =
            Fields::from_schema(&index.schema()).map_err(|detail| IndexError::Incompatible {
                dir: shown.clone(),
                found: detail,
            })?;
        analysis::register(&index);
        Ok(PolicyIndex {
            index,
            fields,
            dir: dir.to_path_buf(),
        })
    }

    /// Opens the index at `dir`, creating it (and the folder) when absent.
    pub fn open_or_create(dir: &Path) -> Result<PolicyIndex, IndexError> {
        if PolicyIndex::exists(dir) {
            return PolicyIndex::open(dir);
        }
        let shown = dir.display().to_string();
        if holds_other_files(dir) {
            return Err(IndexError::NotAnIndex { dir: shown });
        }
        fs::create_dir_all(dir).map_err(|source| IndexError::Io {
            dir: shown.clone(),
            source,
        })?;
        let (schema, fields) = schema::build();
        let index = Index::create_in_dir(dir, schema).map_err(|e| classify(&shown, e))?;
        write_version(dir).map_err(|source| IndexError::Io { dir: shown, source })?;
        analysis::register(&index);
        Ok(PolicyIndex {
            index,
            fields,
            dir: dir.to_path_buf(),
        })
    }

    /// Opens the index at `dir`; an index this version cannot read (older
    /// schema, damaged) is deleted and created anew. Only index files are
    /// deleted, never anything else in the folder.
    pub fn open_or_recreate(dir: &Path) -> Result<PolicyIndex, IndexError> {
        // Opening reads only the metadata; a reader opens every segment, so
        // missing or damaged segment files show up here.
        let opened = PolicyIndex::open(dir).and_then(|idx| idx.reader().map(|_| idx));
        match opened {
            Ok(idx) => Ok(idx),
            Err(IndexError::Incompatible { .. } | IndexError::Corrupt { .. }) => {
                remove_index_files(dir).map_err(|source| IndexError::Io {
                    dir: dir.display().to_string(),
                    source,
                })?;
                PolicyIndex::open_or_create(dir)
            }
            Err(IndexError::Missing { .. }) => PolicyIndex::open_or_create(dir),
            Err(other) => Err(other),
        }
    }

    /// Takes the writer lock; fails at once if another run holds it.
    pub fn writer(&self, memory_bytes: usize) -> Result<IndexWriter, IndexError> {
        // As tantivy's `Index::writer` splits the budget, but with one merge
        // at a time: a merge maps its inputs, and merges side by side would
        // add up (see `merge`). Merging is a few per cent of a build.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let threads = cores
            .min(8)
            .min(memory_bytes / MIN_WRITER_BYTES_PER_THREAD)
            .max(1);
        let options = IndexWriterOptions::builder()
            .memory_budget_per_thread(memory_bytes / threads)
            .num_worker_threads(threads)
            .num_merge_threads(1)
            .build();
        let writer: IndexWriter = self
            .index
            .writer_with_options(options)
            .map_err(|e| classify(&self.dir.display().to_string(), e))?;
        writer.set_merge_policy(Box::<merge::CappedMergePolicy>::default());
        Ok(writer)
    }

    /// Merges the small segments a large run leaves (see
    /// `merge::tail_merges`), one merge at a time, each committed as it
    /// ends. Call it with no writer open; stops before the next merge once
    /// `stop` is set. Returns how many merges ran.
    pub fn merge_tail(&self, stop: &AtomicBool) -> Result<usize, IndexError> {
        let shown = self.dir.display().to_string();
        let wrap = |e| classify(&shown, e);
        let sized = self
            .index
            .searchable_segment_metas()
            .map_err(wrap)?
            .iter()
            .map(|meta| (meta.id(), meta.num_docs()))
            .collect();
        let merges = merge::tail_merges(sized, merge::MAX_MERGED_DOCS);
        if merges.is_empty() {
            return Ok(0);
        }
        // Merging adds no documents: the smallest writer (one thread) will do.
        let mut writer = self.writer(MIN_WRITER_BYTES_PER_THREAD)?;
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let mut done = 0;
        for segments in merges.iter().take_while(|_| !stop.load(Ordering::SeqCst)) {
            writer.merge(segments).wait().map_err(wrap)?;
            done += 1;
        }
        writer.wait_merging_threads().map_err(wrap)?;
        Ok(done)
    }

    /// A reader that sees the last commit. Loads nothing up front.
    pub fn reader(&self) -> Result<IndexReader, IndexError> {
        self.index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| classify(&self.dir.display().to_string(), e))
    }

    /// Total size of the index folder's files, in bytes.
    pub fn size_on_disk(&self) -> u64 {
        fs::read_dir(&self.dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| e.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }
}

/// What the index records of one policy file.
#[derive(Debug, Clone)]
pub struct PolicyRecord {
    pub path: String,
    pub company: String,
    pub lang: String,
    pub hash: u64,
    pub size: u64,
    pub mtime: u64,
    pub sections: u64,
    pub clauses: u64,
}

/// Reads every live policy record from the fast-field columns, without
/// touching the document store.
pub fn policy_records(searcher: &tantivy::Searcher) -> tantivy::Result<Vec<PolicyRecord>> {
    let mut out = Vec::new();
    let mut text = String::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let hash = fast.u64("content_hash")?;
        let size = fast.u64("file_size")?;
        let mtime = fast.u64("mtime")?;
        let sections = fast.u64("sections")?;
        let clauses = fast.u64("clauses")?;
        let (Some(path), Some(company), Some(lang)) = (
            fast.str("policy_id")?,
            fast.str("company")?,
            fast.str("lang")?,
        ) else {
            continue;
        };
        let mut read = |column: &tantivy::columnar::StrColumn, doc| -> tantivy::Result<String> {
            text.clear();
            if let Some(ord) = column.term_ords(doc).next() {
                column.ord_to_str(ord, &mut text)?;
            }
            Ok(text.clone())
        };
        for doc in 0..segment.max_doc() {
            if segment.is_deleted(doc) {
                continue;
            }
            // Only policy records have a content hash.
            let Some(hash) = hash.first(doc) else {
                continue;
            };
            out.push(PolicyRecord {
                path: read(&path, doc)?,
                company: read(&company, doc)?,
                lang: read(&lang, doc)?,
                hash,
                size: size.first(doc).unwrap_or(0),
                mtime: mtime.first(doc).unwrap_or(0),
                sections: sections.first(doc).unwrap_or(0),
                clauses: clauses.first(doc).unwrap_or(0),
            });
        }
    }
    Ok(out)
}

/// Whether `dir` has entries other than hidden files (a placeholder
/// `.gitignore` is fine): an index must not be written among a user's files.
fn holds_other_files(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| !e.file_name().to_string_lossy().starts_with('.'))
    })
}

/// Deletes the files tantivy and polidx write in an index folder.
fn remove_index_files(dir: &Path) -> std::io::Result<()> {
    const EXTENSIONS: &[&str] = &[
        "idx",
        "pos",
        "term",
        "store",
        "fast",
        "fieldnorm",
        "del",
        "lock",
        "json",
    ];
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name == "meta.json"
            || name == ".managed.json"
            || name == VERSION_FILE
            || name.starts_with(".tantivy-")
            || (name.len() > 32
                && name
                    .split('.')
                    .next()
                    .is_some_and(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
                && EXTENSIONS.iter().any(|ext| name.ends_with(ext)));
        if ours && entry.file_type()?.is_file() {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// Turns tantivy's errors into ones that say what to do.
fn classify(dir: &str, err: TantivyError) -> IndexError {
    match err {
        TantivyError::LockFailure(LockError::LockBusy, _) => IndexError::Busy { dir: dir.into() },
        TantivyError::DataCorruption(_)
        | TantivyError::OpenReadError(_)
        | TantivyError::DeserializeError(_)
        | TantivyError::IncompatibleIndex(_) => IndexError::Corrupt {
            dir: dir.into(),
            detail: err.to_string(),
        },
        TantivyError::IoError(ref io) if io.kind() == std::io::ErrorKind::InvalidData => {
            IndexError::Corrupt {
                dir: dir.into(),
                detail: err.to_string(),
            }
        }
        other => IndexError::Tantivy {
            dir: dir.into(),
            source: other,
        },
    }
}

/// Fingerprint of the reading pipeline's source (see `build.rs`): an index
/// built by a different reading is re-read in full on its next run.
pub const READING_FINGERPRINT: &str = env!("POLIDX_READING_FINGERPRINT");

#[derive(serde::Serialize, serde::Deserialize)]
struct VersionFile {
    format: String,
    schema_version: u32,
    /// Absent in indexes written before it was recorded.
    #[serde(default)]
    reading: String,
}

/// Records this polidx's format, schema and reading in `dir`.
pub(crate) fn write_version(dir: &Path) -> std::io::Result<()> {
    let body = serde_json::to_string(&VersionFile {
        format: "polidx-index".into(),
        schema_version: SCHEMA_VERSION,
        reading: READING_FINGERPRINT.into(),
    })?;
    let tmp = dir.join(format!("{VERSION_FILE}.tmp"));
    fs::write(&tmp, body)?;
    fs::rename(tmp, dir.join(VERSION_FILE))
}

/// Whether the index in `dir` was built by this polidx's reading pipeline.
pub(crate) fn reading_is_current(dir: &Path) -> bool {
    fs::read_to_string(dir.join(VERSION_FILE))
        .ok()
        .and_then(|text| serde_json::from_str::<VersionFile>(&text).ok())
        .is_some_and(|v| v.reading == READING_FINGERPRINT)
}

fn check_version(dir: &Path) -> Result<(), IndexError> {
    let shown = dir.display().to_string();
    let text = match fs::read_to_string(dir.join(VERSION_FILE)) {
        Ok(text) => text,
        Err(_) => {
            return Err(IndexError::Incompatible {
                dir: shown,
                found: "no polidx version file: not written by polidx".into(),
            })
        }
    };
    match serde_json::from_str::<VersionFile>(&text) {
        Ok(v) if v.format == "polidx-index" && v.schema_version == SCHEMA_VERSION => Ok(()),
        Ok(v) => Err(IndexError::Incompatible {
            dir: shown,
            found: format!(
                "schema version {}, this polidx reads {}",
                v.schema_version, SCHEMA_VERSION
            ),
        }),
        Err(e) => Err(IndexError::Incompatible {
            dir: shown,
            found: format!("unreadable version file: {e}"),
        }),
    }
}
