//! `polidx stats` and the `polidx index` summary.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::Style;
use crate::index::build::IndexSummary;
use crate::index::stats::IndexStats;

pub fn json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

fn counts(map: &BTreeMap<String, usize>) -> String {
    let mut pairs: Vec<_> = map.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    pairs
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn stats_terminal(out: &mut impl Write, s: &IndexStats, style: Style) -> io::Result<()> {
    writeln!(out, "{} {}", style.bold("index:"), s.index)?;
    writeln!(out, "{} {}", style.bold("policies:"), s.policies)?;
    writeln!(out, "{} {}", style.bold("sections:"), s.sections)?;
    writeln!(out, "{} {}", style.bold("clauses:"), s.clauses)?;
    writeln!(
        out,
        "{} {}",
        style.bold("languages (policies):"),
        counts(&s.languages)
    )?;
    writeln!(
        out,
        "{} {}",
        style.bold("languages (sections):"),
        counts(&s.section_languages)
    )?;
    let shown: Vec<&str> = s
        .company_names
        .iter()
        .take(20)
        .map(String::as_str)
        .collect();
    let more = s.companies.saturating_sub(shown.len());
    let tail = if more > 0 {
        format!(", … {more} more")
    } else {
        String::new()
    };
    writeln!(
        out,
        "{} {} ({}{tail})",
        style.bold("companies:"),
        s.companies,
        shown.join(", ")
    )?;
    writeln!(
        out,
        "{} {} in {} segment{}",
        style.bold("size on disk:"),
        human_bytes(s.size_bytes),
        s.segments,
        if s.segments == 1 { "" } else { "s" }
    )?;
    Ok(())
}

/// The index summary for stderr.
pub fn summary_terminal(out: &mut impl Write, s: &IndexSummary) -> io::Result<()> {
    writeln!(
        out,
        "indexed {} policies ({} sections, {} clauses) from {} into {} in {:.1}s",
        s.policies, s.sections, s.clauses, s.corpus, s.index, s.seconds
    )?;
    writeln!(
        out,
        "files: {} added, {} updated, {} removed, {} unchanged, {} skipped",
        s.added,
        s.updated,
        s.removed,
        s.unchanged,
        s.skipped.len()
    )?;
    if !s.languages.is_empty() {
        writeln!(
            out,
            "languages: {} (sections: {})",
            counts(&s.languages),
            counts(&s.section_languages)
        )?;
    }
    if !s.skipped.is_empty() {
        writeln!(out, "skipped {} files:", s.skipped.len())?;
        for skip in &s.skipped {
            writeln!(out, "  {skip}")?;
        }
    }
    Ok(())
}

pub fn human_bytes(n: u64) -> String {
    const UNITS: &[&str] = &["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_are_human() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(2048), "2.0 KiB");
        assert_eq!(human_bytes(5 * 1024 * 1024 + 1), "5.0 MiB");
    }
}
