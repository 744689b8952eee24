//! Bytes as a policy file: decode, then the whole reading pipeline in each
//! format. Nothing may panic, and every clause must be non-empty and trimmed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polidx::ingest::decode::decode;
use polidx::ingest::{Format, SourceText};
use polidx::policy::read_policy;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(data) else {
        return;
    };
    for format in [Format::Text, Format::Markdown, Format::Html] {
        let source = SourceText {
            rel_path: "fuzz".into(),
            format,
            encoding: decoded.encoding,
            text: decoded.text.clone(),
        };
        let policy = read_policy(&source, None);
        for section in &policy.sections {
            assert_eq!(section.heading.trim(), section.heading);
            for clause in &section.clauses {
                assert!(!clause.is_empty());
                assert_eq!(clause.trim(), clause);
            }
        }
    }
});
