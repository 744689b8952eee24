//! Measures practice labelling against the hand-judged clauses: precision
//! and recall per category, and stance accuracy for sharing and selling.
//!
//! Run: `cargo run --release --example eval-practices [-- PATH]`
//! (PATH defaults to `tests/judged/clauses.tsv`).

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/judged/clauses.tsv".into());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("eval-practices: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    use polidx::evaluation::{evaluate, Split};
    for (title, split) in [
        (
            "held-out half (never looked at while tuning)",
            Split::HeldOut,
        ),
        ("development half", Split::Development),
        ("all judged clauses", Split::All),
    ] {
        match evaluate(&text, split) {
            Ok(report) => println!("## {title}\n\n{report}"),
            Err(e) => {
                eprintln!("eval-practices: {path}: {e}");
                std::process::exit(2);
            }
        }
    }
}
