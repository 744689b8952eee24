//! Measures practice labelling against hand-judged clauses: precision and
//! recall per category, and stance accuracy for sharing and selling.
//!
//! Run: `cargo run --release --example eval-practices [-- PATH…]`
//! (default: the held-out set, then the development set, in `tests/judged/`).
//! Each clause is labelled knowing its policy's company, from the
//! `companies.tsv` beside the judged set.

use polidx::evaluation::evaluate;

fn main() {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        paths = vec![
            "tests/judged/held-out.tsv".into(),
            "tests/judged/clauses.tsv".into(),
        ];
    }
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("eval-practices: cannot read {path}: {e}");
                std::process::exit(2);
            }
        };
        // The companies of the judged sources, beside the judged set.
        let companies_path = std::path::Path::new(&path).with_file_name("companies.tsv");
        let companies = match std::fs::read_to_string(&companies_path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                eprintln!(
                    "eval-practices: cannot read {}: {e}",
                    companies_path.display()
                );
                std::process::exit(2);
            }
        };
        match evaluate(&text, &companies) {
            Ok(report) => println!("## {path}\n\n{report}"),
            Err(e) => {
                eprintln!("eval-practices: {path}: {e}");
                std::process::exit(2);
            }
        }
    }
}
