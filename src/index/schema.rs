//! The tantivy schema and handles to its fields.

use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
    STRING,
};

use crate::analysis::{Analyzer, ANALYZERS};

/// Values of the `kind` field.
pub const KIND_SECTION: &str = "section";
pub const KIND_POLICY: &str = "policy";

/// Field handles, looked up once.
#[derive(Debug, Clone)]
pub struct Fields {
    /// `section` or `policy`.
    pub kind: Field,
    /// Path relative to the corpus root: the policy's unique id.
    pub policy_id: Field,
    pub company: Field,
    /// Lowercased company name, for `--company`.
    pub company_key: Field,
    pub domain: Field,
    pub legal_name: Field,
    /// Section language on sections, policy language on policy records.
    pub lang: Field,
    pub archived: Field,
    pub heading: Field,
    /// Position of the section in its policy, from 0.
    pub section_index: Field,
    /// One stored value per clause, in order.
    pub clause: Field,
    /// Packed practice labels of each clause (`ClauseLabels::pack`), in order.
    pub clause_labels: Field,
    /// Facet `/SLUG` for every practice category a clause of the section speaks to.
    pub categories: Field,
    /// Policy records: content hash, size and modification time of the
    /// file (to tell what changed), and counts.
    pub content_hash: Field,
    pub file_size: Field,
    pub mtime: Field,
    pub sections: Field,
    pub clauses: Field,
    /// Per analyzer: the field of its sections' heading and text.
    pub text: Vec<(&'static Analyzer, Field)>,
}

impl Fields {
    pub fn from_schema(schema: &Schema) -> Result<Fields, String> {
        let get = |name: &str| {
            schema
                .get_field(name)
                .map_err(|_| format!("field '{name}' missing"))
        };
        let mut text = Vec::with_capacity(ANALYZERS.len());
        for analyzer in ANALYZERS {
            text.push((analyzer, get(&analyzer.text_field())?));
        }
        Ok(Fields {
            kind: get("kind")?,
            policy_id: get("policy_id")?,
            company: get("company")?,
            company_key: get("company_key")?,
            domain: get("domain")?,
            legal_name: get("legal_name")?,
            lang: get("lang")?,
            archived: get("archived")?,
            heading: get("heading")?,
            section_index: get("section_index")?,
            clause: get("clause")?,
            clause_labels: get("clause_labels")?,
            categories: get("categories")?,
            content_hash: get("content_hash")?,
            file_size: get("file_size")?,
            mtime: get("mtime")?,
            sections: get("sections")?,
            clauses: get("clauses")?,
            text,
        })
    }

    /// The text field of the analyzer for a language code.
    pub fn text_field(&self, lang: &str) -> Field {
        let analyzer = Analyzer::for_lang(lang);
        self.text
            .iter()
            .find(|(a, _)| a.key == analyzer.key)
            .map(|(_, field)| *field)
            .expect("every analyzer has a field")
    }
}

/// The facet of a practice category.
pub fn category_facet(category: crate::practices::Category) -> tantivy::schema::Facet {
    tantivy::schema::Facet::from_path([category.slug()])
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    b.add_text_field("kind", STRING);
    b.add_text_field("policy_id", STRING | STORED | FAST);
    b.add_text_field("company", STORED | FAST);
    b.add_text_field("company_key", STRING);
    // FAST: `--company` scans the distinct names and domains (search.rs).
    b.add_text_field("domain", STRING | STORED | FAST);
    b.add_text_field("legal_name", STORED);
    b.add_text_field("lang", STRING | STORED | FAST);
    b.add_text_field("archived", STORED);
    b.add_text_field("heading", STORED);
    b.add_u64_field("section_index", STORED);
    b.add_text_field("clause", STORED);
    b.add_u64_field("clause_labels", STORED);
    b.add_facet_field("categories", FacetOptions::default());
    // Policy records are read column-wise (FAST): reading them from the
    // document store would decompress every section's stored clauses too.
    b.add_u64_field("content_hash", FAST);
    b.add_u64_field("file_size", FAST);
    b.add_u64_field("mtime", FAST);
    b.add_u64_field("sections", FAST);
    b.add_u64_field("clauses", FAST);
    for analyzer in ANALYZERS {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(&analyzer.tokenizer_name())
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        b.add_text_field(&analyzer.text_field(), options);
    }
    let schema = b.build();
    let fields = Fields::from_schema(&schema).expect("schema has every field");
    (schema, fields)
}
