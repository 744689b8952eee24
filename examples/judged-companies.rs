//! Writes `tests/judged/companies.tsv`: the names of the company polidx
//! identifies for each source of the judged sets (as the labeller reads
//! them: display name, published domain, legal name), read from the policy
//! files themselves, so that the evaluation labels each clause knowing its
//! policy's company, as `polidx index` does.
//!
//! Run: `cargo run --release --example judged-companies -- CORPUS… > tests/judged/companies.tsv`
//!
//! Every CORPUS folder is walked; a file counts when its name is a judged
//! source. A judged source found in no folder is reported on stderr and
//! the exit code is 1.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use polidx::evaluation::parse_judged;
use polidx::ingest::{read_policy_file, walk_corpus, DEFAULT_MAX_FILE_BYTES};
use polidx::policy::read_policy;

const JUDGED: [&str; 2] = ["tests/judged/clauses.tsv", "tests/judged/held-out.tsv"];

fn main() -> ExitCode {
    let mut rows: BTreeMap<String, Option<String>> = BTreeMap::new();
    for path in JUDGED {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("judged-companies: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        };
        match parse_judged(&text) {
            Ok(judged) => rows.extend(judged.into_iter().map(|j| (j.source, None))),
            Err(e) => {
                eprintln!("judged-companies: {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    for root in std::env::args().skip(1) {
        let (files, _) = walk_corpus(Path::new(&root));
        for file in files {
            let Some(name) = file.path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let Some(row) = rows.get_mut(name) else {
                continue;
            };
            match read_policy_file(&file, DEFAULT_MAX_FILE_BYTES) {
                Ok(source) => {
                    let p = read_policy(&source, None);
                    *row = Some(format!("{name}\t{}", p.own_names.join("\t")));
                }
                Err(e) => eprintln!("judged-companies: {}: {e}", file.path.display()),
            }
        }
    }
    println!("source\tnames");
    let mut missing = false;
    for (source, row) in rows {
        match row {
            Some(row) => println!("{row}"),
            None => {
                eprintln!("judged-companies: {source}: not found in any corpus given");
                missing = true;
            }
        }
    }
    if missing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
