//! Company identification measured against a generated corpus, whose
//! manifest knows each policy's company:
//!
//! ```sh
//! cargo run --release --example eval-companies -- DIR [LIMIT]
//! ```
//!
//! Reads the first LIMIT policies of DIR (all by default) as `polidx index`
//! does, without the manifest, and compares the company found with the one
//! in `DIR/manifest.tsv` (written by `gen-corpus`), ignoring case: the same
//! name, a shorter or longer form of it ("Dioxtynha" for "Dioxtynha
//! Group"), or another name, each listed. Without a manifest it prints the
//! company, domain and evidence of every policy.

use std::collections::HashMap;
use std::path::Path;

use polidx::ingest::{read_policy_file, walk_corpus};
use polidx::policy::read_policy;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(root) = args.get(1).map(Path::new) else {
        eprintln!("usage: eval-companies DIR [LIMIT]");
        std::process::exit(2);
    };
    let limit: usize = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let mut truth = HashMap::new();
    if let Ok(text) = std::fs::read_to_string(root.join("manifest.tsv")) {
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() > 1 {
                truth.insert(cols[0].to_string(), cols[1].to_lowercase());
            }
        }
    }
    let (files, _) = walk_corpus(root);
    let (mut n, mut same, mut form, mut other) = (0, 0, 0, 0);
    for file in files.into_iter().take(limit) {
        let Ok(source) = read_policy_file(&file, 64 << 20) else {
            continue;
        };
        let policy = read_policy(&source, None);
        let Some(want) = truth.get(&policy.path) else {
            println!(
                "{}\t{}\t{}\t{}",
                policy.path,
                policy.company,
                policy.domain.as_deref().unwrap_or("-"),
                policy.company_source
            );
            continue;
        };
        n += 1;
        let got = policy.company.to_lowercase();
        if &got == want {
            same += 1;
        } else if want.starts_with(&got) || got.starts_with(want.as_str()) {
            form += 1;
        } else {
            other += 1;
            println!(
                "other\t{}\t{}\t{}\t{}",
                policy.path, policy.company, want, policy.company_source
            );
        }
    }
    if n > 0 {
        let pct = |k: usize| 100.0 * k as f64 / n as f64;
        println!(
            "policies {n}: same name {same} ({:.1}%), shorter or longer form {form} ({:.1}%), another name {other} ({:.2}%)",
            pct(same),
            pct(form),
            pct(other)
        );
    }
}
