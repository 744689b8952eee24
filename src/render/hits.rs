//! `polidx query`: ranked clause hits.

use std::io::{self, Write};

use super::Style;
use crate::search::Hit;

/// JSON Lines: one object per hit.
pub fn json(out: &mut impl Write, hits: &[Hit]) -> io::Result<()> {
    for hit in hits {
        serde_json::to_writer(&mut *out, hit)?;
        writeln!(out)?;
    }
    Ok(())
}

pub fn terminal(out: &mut impl Write, hits: &[Hit], style: Style) -> io::Result<()> {
    for (i, hit) in hits.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let section = if hit.section.is_empty() {
            "(opening text)"
        } else {
            &hit.section
        };
        writeln!(
            out,
            "{} {}  {}  {}",
            style.bold(&format!("{}.", hit.rank)),
            style.company(&hit.company),
            style.heading(section),
            style.dim(&format!("[{}] score {:.2}", hit.lang, hit.score))
        )?;
        writeln!(out, "   {}", highlight(&hit.clause, &hit.spans, style))?;
        let mut origin = hit.path.clone();
        if let Some(domain) = &hit.domain {
            origin.push_str(&format!(" · {domain}"));
        }
        if !hit.categories.is_empty() {
            origin.push_str(&format!(" · {}", hit.categories.join(", ")));
        }
        if let Some(share) = hit.share {
            origin.push_str(&format!(" · share: {share}"));
        }
        if let Some(sell) = hit.sell {
            origin.push_str(&format!(" · sell: {sell}"));
        }
        if hit.heading_match {
            origin.push_str(" · matched the section heading");
        }
        if !hit.via.is_empty() {
            origin.push_str(&format!(" · matched: {}", hit.via.join(", ")));
        }
        writeln!(out, "   {}", style.dim(&origin))?;
    }
    Ok(())
}

/// Marks the matched byte ranges of a clause.
pub fn highlight(text: &str, spans: &[(usize, usize)], style: Style) -> String {
    let mut out = String::with_capacity(text.len() + spans.len() * 8);
    let mut at = 0;
    for &(start, end) in spans {
        if start < at
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&style.matched(&text[start..end]));
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_without_colour_use_markers() {
        let text = "We share data with third parties.";
        assert_eq!(
            highlight(text, &[(3, 8), (19, 32)], Style::plain()),
            "We [[share]] data with [[third parties]]."
        );
    }

    #[test]
    fn overlapping_or_bad_spans_are_ignored() {
        assert_eq!(
            highlight("abc", &[(0, 2), (1, 3), (2, 9)], Style::plain()),
            "[[ab]]c"
        );
    }
}
