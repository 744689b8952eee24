//! Building the index from a corpus folder.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::schema::TantivyDocument;
use tantivy::IndexWriter;

use super::schema::{KIND_POLICY, KIND_SECTION};
use super::{Fields, PolicyIndex};
use crate::ingest::{self, Skip};
use crate::manifest::Manifest;
use crate::policy::{read_policy, Policy};

#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Writer heap for tantivy, in bytes.
    pub memory_bytes: usize,
    pub max_file_bytes: u64,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            memory_bytes: 200 * 1024 * 1024,
            max_file_bytes: ingest::DEFAULT_MAX_FILE_BYTES,
        }
    }
}

/// What an indexing run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexSummary {
    pub corpus: String,
    pub index: String,
    pub policies: usize,
    pub sections: usize,
    pub clauses: usize,
    /// Policies per language.
    pub languages: BTreeMap<String, usize>,
    /// Sections per language.
    pub section_languages: BTreeMap<String, usize>,
    pub skipped: Vec<Skip>,
    pub seconds: f64,
}

/// Reads every policy under `corpus` and replaces the index's contents with
/// them in one commit: until it lands, readers see the previous index.
pub fn index_corpus(
    idx: &PolicyIndex,
    corpus: &Path,
    options: &IndexOptions,
    mut on_file: impl FnMut(&str),
) -> Result<IndexSummary> {
    let started = Instant::now();
    let manifest = Manifest::load(corpus)?;
    let (files, mut skipped) = ingest::walk_corpus(corpus);
    let mut writer: IndexWriter = idx.writer(options.memory_bytes)?;
    writer.delete_all_documents()?;
    let mut summary = IndexSummary {
        corpus: corpus.display().to_string(),
        index: idx.dir.display().to_string(),
        ..IndexSummary::default()
    };
    for file in &files {
        on_file(&file.rel_path);
        let source = match ingest::read_policy_file(file, options.max_file_bytes) {
            Ok(source) => source,
            Err(skip) => {
                skipped.push(skip);
                continue;
            }
        };
        let policy = read_policy(&source, manifest.get(&file.rel_path));
        if policy.clause_count() == 0 {
            skipped.push(Skip {
                path: file.rel_path.clone(),
                reason: "no policy text left after removing markup and boilerplate".into(),
            });
            continue;
        }
        let hash = content_hash(source.text.as_bytes());
        add_policy(&mut writer, &idx.fields, &policy, &hash)?;
        summary.policies += 1;
        summary.sections += policy.sections.len();
        summary.clauses += policy.clause_count();
        *summary.languages.entry(policy.lang.clone()).or_default() += 1;
        for section in &policy.sections {
            *summary
                .section_languages
                .entry(section.lang.clone())
                .or_default() += 1;
        }
    }
    writer.commit().context("committing the index")?;
    writer
        .wait_merging_threads()
        .context("merging index segments")?;
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    summary.skipped = skipped;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Adds one policy: a document per section and one policy record.
pub fn add_policy(
    writer: &mut IndexWriter,
    f: &Fields,
    policy: &Policy,
    hash: &str,
) -> tantivy::Result<()> {
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
        let (heading_field, body_field) = f.text_fields(&section.lang);
        doc.add_text(heading_field, &section.heading);
        doc.add_text(body_field, section.clauses.join("\n"));
        writer.add_document(doc)?;
    }
    let mut record = TantivyDocument::default();
    record.add_text(f.kind, KIND_POLICY);
    common(&mut record);
    record.add_text(f.lang, &policy.lang);
    record.add_text(f.content_hash, hash);
    record.add_u64(f.sections, policy.sections.len() as u64);
    record.add_u64(f.clauses, policy.clause_count() as u64);
    writer.add_document(record)?;
    Ok(())
}

/// A stable 64-bit FNV-1a hash of a file's text, hex-encoded: enough to
/// tell whether a policy changed between runs.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_stable_and_sensitive() {
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_eq!(content_hash(b"a"), "af63dc4c8601ec8c");
        assert_ne!(content_hash(b"policy v1"), content_hash(b"policy v2"));
    }
}
