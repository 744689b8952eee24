//! `polidx companies` and `polidx practices`: terminal, JSON Lines and CSV.

use std::io::{self, Write};

use super::Style;
use crate::answers::{Answer, CompanyRow, PracticeRow, SELLING};
use crate::practices::Category;

pub fn companies_json(out: &mut impl Write, rows: &[CompanyRow]) -> io::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row)?;
        writeln!(out)?;
    }
    Ok(())
}

pub fn companies_csv(out: &mut impl Write, rows: &[CompanyRow]) -> io::Result<()> {
    writeln!(
        out,
        "company,domain,lang,stance,support,matched,section,clause,path,archived,other_policies"
    )?;
    for r in rows {
        let others = r.other_policies.join(";");
        let fields = [
            r.company.as_str(),
            r.domain.as_deref().unwrap_or(""),
            r.lang.as_str(),
            r.stance.as_str(),
            &r.support.to_string(),
            &r.matched.to_string(),
            r.section.as_str(),
            r.clause.as_str(),
            r.path.as_str(),
            r.archived.as_deref().unwrap_or(""),
            &others,
        ]
        .map(csv_field);
        writeln!(out, "{}", fields.join(","))?;
    }
    Ok(())
}

pub fn companies_terminal(
    out: &mut impl Write,
    rows: &[CompanyRow],
    style: Style,
) -> io::Result<()> {
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "{}  {}  {}  {}",
            style.company(&r.company),
            stance_style(r.stance, style),
            style.dim(&format!("[{}]", r.lang)),
            style.dim(&format!("{} of {} matching clauses", r.support, r.matched))
        )?;
        let section = if r.section.is_empty() {
            "(opening text)"
        } else {
            &r.section
        };
        writeln!(out, "   {}: {}", style.heading(section), r.clause)?;
        let mut origin = r.path.clone();
        if let Some(domain) = &r.domain {
            origin.push_str(&format!(" · {domain}"));
        }
        if let Some(archived) = &r.archived {
            origin.push_str(&format!(" · archived {archived}"));
        }
        if !r.via.is_empty() {
            origin.push_str(&format!(" · matched: {}", r.via.join(", ")));
        }
        writeln!(out, "   {}", style.dim(&origin))?;
        if !r.other_policies.is_empty() {
            let also = format!(
                "also: {} (older or other copies)",
                r.other_policies.join(", ")
            );
            writeln!(out, "   {}", style.dim(&also))?;
        }
    }
    Ok(())
}

fn stance_style(stance: Answer, style: Style) -> String {
    let text = stance.as_str();
    if !style.color {
        return text.to_string();
    }
    let code = match stance {
        Answer::Affirmed => "1;33",
        Answer::Limited => "1;36",
        Answer::Denied => "1;32",
        Answer::Unstated | Answer::Addressed => "2",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

pub fn practices_json(out: &mut impl Write, rows: &[PracticeRow]) -> io::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row)?;
        writeln!(out)?;
    }
    Ok(())
}

/// One line per company and practice.
pub fn practices_csv(out: &mut impl Write, rows: &[PracticeRow]) -> io::Result<()> {
    writeln!(
        out,
        "company,domain,lang,practice,stance,clauses,section,clause,path,archived,other_policies"
    )?;
    for row in rows {
        let others = row.other_policies.join(";");
        for (practice, cell) in &row.practices {
            let fields = [
                row.company.as_str(),
                row.domain.as_deref().unwrap_or(""),
                row.lang.as_str(),
                practice,
                cell.stance.as_str(),
                &cell.clauses.to_string(),
                cell.section.as_str(),
                cell.clause.as_str(),
                row.path.as_str(),
                row.archived.as_deref().unwrap_or(""),
                &others,
            ]
            .map(csv_field);
            writeln!(out, "{}", fields.join(","))?;
        }
    }
    Ok(())
}

/// The matrix: a row per company, a column per practice. Sharing and
/// selling cells show the stance; the others how many clauses speak to it.
pub fn practices_terminal(
    out: &mut impl Write,
    rows: &[PracticeRow],
    style: Style,
) -> io::Result<()> {
    let columns: Vec<(&str, &str)> = Category::ALL
        .iter()
        .map(|c| (c.slug(), short_name(c.slug())))
        .chain(std::iter::once((SELLING, "selling")))
        .collect();
    let name_width = rows
        .iter()
        .map(|r| r.company.chars().count())
        .max()
        .unwrap_or(7)
        .clamp(7, 30);
    let mut header = format!("{:<name_width$}", "company");
    for (_, short) in &columns {
        header.push_str(&format!("  {short:>9}"));
    }
    writeln!(out, "{}", style.bold(&header))?;
    for row in rows {
        let name: String = row.company.chars().take(name_width).collect();
        let mut line = format!("{name:<name_width$}");
        for (slug, _) in &columns {
            let cell = match row.practices.get(slug) {
                None => "·".to_string(),
                Some(cell) => match cell.stance {
                    Answer::Addressed => cell.clauses.to_string(),
                    stance => stance.as_str().to_string(),
                },
            };
            line.push_str(&format!("  {cell:>9}"));
        }
        writeln!(out, "{line}")?;
    }
    writeln!(
        out,
        "{}",
        style.dim(
            "numbers: clauses on the practice; ·: none. Evidence for every cell: --json or --csv."
        )
    )?;
    Ok(())
}

fn short_name(slug: &str) -> &str {
    match slug {
        "first-party-collection" => "collect",
        "third-party-sharing" => "share",
        "user-choice" => "choice",
        "user-access" => "access",
        "data-retention" => "retention",
        "data-security" => "security",
        "policy-change" => "change",
        "do-not-track" => "dnt",
        "specific-audiences" => "audiences",
        "other" => "other",
        other => other,
    }
}

/// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).
fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    }
}
