//! Measures practice labelling against hand-judged clauses: precision and
//! recall per category, and stance accuracy for sharing and selling.
//!
//! Run: `cargo run --release --example eval-practices [-- PATH…]`
//! (default: the held-out set, then the development set, in `tests/judged/`).

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
        match evaluate(&text) {
            Ok(report) => println!("## {path}\n\n{report}"),
            Err(e) => {
                eprintln!("eval-practices: {path}: {e}");
                std::process::exit(2);
            }
        }
    }
}
