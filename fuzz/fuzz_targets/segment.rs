//! Bytes as Markdown: clean, then section and split into clauses; and the
//! clause splitter alone on the same text. Nothing may panic, clauses are
//! non-empty and trimmed, and the splitter keeps every non-space character
//! but a leading bullet glyph.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polidx::clean::clean;
use polidx::ingest::{Format, SourceText};
use polidx::segment::clauses::split_paragraph;
use polidx::segment::segment;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let source = SourceText {
        rel_path: "fuzz.md".into(),
        format: Format::Markdown,
        encoding: "UTF-8",
        text,
    };
    let doc = clean(&source);
    for section in segment(&doc.lines) {
        assert_eq!(section.heading.trim(), section.heading);
        for clause in &section.clauses {
            assert!(!clause.is_empty());
            assert_eq!(clause.trim(), clause);
        }
    }

    let clauses = split_paragraph(&source.text);
    let input: String = source.text.chars().filter(|c| !c.is_whitespace()).collect();
    let output: String = clauses
        .iter()
        .flat_map(|c| {
            assert!(!c.is_empty());
            assert_eq!(c.trim(), c);
            c.chars()
        })
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(
        input.ends_with(&output),
        "{:?} -> {:?}",
        source.text,
        clauses
    );
    let removed = &input[..input.len() - output.len()];
    let bullet =
        removed.chars().count() == 1 && removed.chars().all(|c| !c.is_alphanumeric() || c == 'o');
    assert!(
        removed.is_empty() || removed == "--" || bullet,
        "removed {removed:?} from {:?}",
        source.text
    );
});
