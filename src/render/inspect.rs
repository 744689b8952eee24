//! `polidx inspect`: how one file was read.

use std::io::{self, Write};

use super::Style;
use crate::policy::Policy;

pub fn json(out: &mut impl Write, policy: &Policy) -> io::Result<()> {
    serde_json::to_writer(&mut *out, policy)?;
    writeln!(out)
}

pub fn terminal(out: &mut impl Write, policy: &Policy, style: Style) -> io::Result<()> {
    writeln!(out, "{} {}", style.bold("file:"), policy.path)?;
    let mut company = style.company(&policy.company);
    let mut facts = Vec::new();
    if let Some(domain) = &policy.domain {
        facts.push(format!("domain {domain}"));
    }
    if let Some(legal) = &policy.legal_name {
        facts.push(format!("legal name {legal}"));
    }
    facts.push(format!("from {}", policy.company_source));
    company.push_str(&style.dim(&format!("  ({})", facts.join("; "))));
    writeln!(out, "{} {company}", style.bold("company:"))?;
    writeln!(
        out,
        "{} {} ({:.2})   {} {}   {} {:?}, {}",
        style.bold("language:"),
        policy.lang,
        policy.lang_confidence,
        style.bold("archived:"),
        policy.archived.as_deref().unwrap_or("-"),
        style.bold("format:"),
        policy.format,
        policy.encoding
    )?;
    writeln!(
        out,
        "{} {} sections, {} clauses",
        style.bold("outline:"),
        policy.sections.len(),
        policy.clause_count()
    )?;
    for (i, section) in policy.sections.iter().enumerate() {
        let heading = if section.heading.is_empty() {
            style.dim("(opening text)")
        } else {
            style.heading(&section.heading)
        };
        writeln!(out)?;
        writeln!(
            out,
            "[{}] {heading}  {}",
            i + 1,
            style.dim(&format!(
                "{} · {} clauses",
                section.lang,
                section.clauses.len()
            ))
        )?;
        for clause in &section.clauses {
            writeln!(out, "    · {clause}")?;
        }
    }
    Ok(())
}
