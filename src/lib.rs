//! polidx: a search engine for website privacy policies.
//!
//! The pipeline, one module per stage, each feeding the next:
//! [`ingest`] (files → text) → [`clean`] (boilerplate out) → [`segment`]
//! (sections and clauses) → [`lang`] (language) → [`company`] (whose policy)
//! → [`index`] (tantivy) → [`search`] (ranked clause hits) → [`render`].
//! [`policy`] holds the types that flow between them and runs the reading
//! stages on one file.

pub mod analysis;
pub mod answers;
pub mod app;
pub mod clean;
pub mod cli;
pub mod company;
pub mod evaluation;
pub mod exit_codes;
pub mod glossary;
pub mod index;
pub mod ingest;
pub mod lang;
pub mod manifest;
pub mod policy;
pub mod practices;
pub mod render;
pub mod search;
pub mod segment;
