//! What an index holds, read from its policy records' columns.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use super::schema::KIND_SECTION;
use super::{IndexError, PolicyIndex, SCHEMA_VERSION};

#[derive(Debug, Clone, Serialize)]
pub struct IndexStats {
    pub index: String,
    pub policies: usize,
    pub sections: usize,
    pub clauses: u64,
    /// Policies per language.
    pub languages: BTreeMap<String, usize>,
    /// Sections per language.
    pub section_languages: BTreeMap<String, usize>,
    pub companies: usize,
    /// Company names, sorted.
    pub company_names: Vec<String>,
    pub size_bytes: u64,
    /// Segments a query opens, each with its own files.
    pub segments: usize,
    pub schema_version: u32,
}

pub fn stats(idx: &PolicyIndex) -> Result<IndexStats, IndexError> {
    let dir = idx.dir.display().to_string();
    let wrap = |source: tantivy::TantivyError| IndexError::Tantivy {
        dir: dir.clone(),
        source,
    };
    let reader = idx.reader()?;
    let searcher = reader.searcher();
    let f = &idx.fields;
    let kind = |value: &str| {
        TermQuery::new(
            Term::from_field_text(f.kind, value),
            IndexRecordOption::Basic,
        )
    };
    let records = super::policy_records(&searcher).map_err(wrap)?;
    let sections = searcher.search(&kind(KIND_SECTION), &Count).map_err(wrap)?;
    let mut languages = BTreeMap::new();
    let mut companies = BTreeSet::new();
    let mut clauses = 0;
    for record in &records {
        *languages.entry(record.lang.clone()).or_default() += 1;
        companies.insert(record.company.clone());
        clauses += record.clauses;
    }
    // Section languages: one count query per language term in the index.
    let mut section_languages = BTreeMap::new();
    let mut codes = BTreeSet::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(f.lang).map_err(wrap)?;
        let mut stream = inverted.terms().stream().map_err(|e| wrap(e.into()))?;
        while stream.advance() {
            codes.insert(String::from_utf8_lossy(stream.key()).into_owned());
        }
    }
    for code in codes {
        let query = tantivy::query::BooleanQuery::intersection(vec![
            Box::new(kind(KIND_SECTION)),
            Box::new(TermQuery::new(
                Term::from_field_text(f.lang, &code),
                IndexRecordOption::Basic,
            )),
        ]);
        let n = searcher.search(&query, &Count).map_err(wrap)?;
        if n > 0 {
            section_languages.insert(code, n);
        }
    }
    Ok(IndexStats {
        index: dir.clone(),
        policies: records.len(),
        sections,
        clauses,
        languages,
        section_languages,
        companies: companies.len(),
        company_names: companies.into_iter().collect(),
        size_bytes: idx.size_on_disk(),
        segments: searcher.segment_readers().len(),
        schema_version: SCHEMA_VERSION,
    })
}
