//! The optional corpus manifest: known metadata that overrides detection.
//!
//! A file named `polidx-manifest.tsv` in the corpus root, tab-separated,
//! UTF-8, with a header line naming its columns (`path`, `company`,
//! `domain`, `lang`, `archived`, in any order). `path` (relative to the
//! corpus root) is required; the others are optional and may be left empty.
//! The README shows an example.
//!
//! Lines starting with `#` and blank lines are ignored.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::ingest::MANIFEST_FILE;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ManifestEntry {
    pub company: Option<String>,
    pub domain: Option<String>,
    pub lang: Option<String>,
    pub archived: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Manifest {
    entries: HashMap<String, ManifestEntry>,
}

impl Manifest {
    /// Loads the manifest of a corpus root; an absent file is an empty manifest.
    pub fn load(corpus_root: &Path) -> Result<Manifest> {
        let path = corpus_root.join(MANIFEST_FILE);
        match fs::read_to_string(&path) {
            Ok(text) => {
                Manifest::parse(&text).with_context(|| format!("in manifest {}", path.display()))
            }
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Manifest::default()),
            Err(err) => {
                Err(err).with_context(|| format!("cannot read manifest {}", path.display()))
            }
        }
    }

    pub fn parse(text: &str) -> Result<Manifest> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let Some((_, header)) = lines.next() else {
            return Ok(Manifest::default());
        };
        let columns: Vec<String> = header
            .split('\t')
            .map(|c| c.trim().to_ascii_lowercase())
            .collect();
        let col = |name: &str| columns.iter().position(|c| c == name);
        let Some(path_col) = col("path") else {
            bail!("the header line must name a 'path' column (tab-separated: path, company, domain, lang, archived)");
        };
        for (i, name) in columns.iter().enumerate() {
            if !matches!(
                name.as_str(),
                "path" | "company" | "domain" | "lang" | "archived"
            ) {
                bail!("unknown column '{name}' (column {}); known columns: path, company, domain, lang, archived", i + 1);
            }
        }
        let mut entries = HashMap::new();
        for (line_no, line) in lines {
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let get = |c: Option<usize>| {
                c.and_then(|i| cells.get(i))
                    .filter(|v| !v.is_empty())
                    .map(|v| v.to_string())
            };
            let Some(path) = get(Some(path_col)) else {
                bail!("line {}: empty path", line_no + 1);
            };
            let entry = ManifestEntry {
                company: get(col("company")),
                domain: get(col("domain")).map(|d| d.to_ascii_lowercase()),
                lang: get(col("lang")).map(|l| crate::lang::canonical_code(&l)),
                archived: get(col("archived")),
            };
            if let Some(lang) = &entry.lang {
                if !crate::lang::is_known_code(lang) {
                    bail!("line {}: unknown language code '{lang}' (use ISO 639-1, e.g. en, ms, id, de)", line_no + 1);
                }
            }
            entries.insert(path.replace('\\', "/"), entry);
        }
        Ok(Manifest { entries })
    }

    pub fn get(&self, rel_path: &str) -> Option<&ManifestEntry> {
        self.entries.get(rel_path)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_columns_in_any_order() {
        let m = Manifest::parse("# known metadata\ncompany\tpath\tdomain\nAcme Corp\ta/acme.md\tAcme.com\n\nBeta\tb.txt\t\n").unwrap();
        assert_eq!(m.len(), 2);
        let acme = m.get("a/acme.md").unwrap();
        assert_eq!(acme.company.as_deref(), Some("Acme Corp"));
        assert_eq!(acme.domain.as_deref(), Some("acme.com"));
        assert_eq!(m.get("b.txt").unwrap().domain, None);
    }

    #[test]
    fn rejects_bad_headers_and_codes() {
        assert!(Manifest::parse("company\tdomain\nA\ta.com").is_err());
        assert!(Manifest::parse("path\tcolour\na\tred").is_err());
        assert!(Manifest::parse("path\tlang\na.txt\tklingon").is_err());
    }
}
