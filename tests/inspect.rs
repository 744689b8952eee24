//! `polidx inspect` on the bundled policies and on real development-corpus
//! files: company, language, sections, no boilerplate, nothing lost.

mod common;

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use common::*;
use serde_json::Value;

fn inspect(path: &Path) -> Value {
    let run = run(&["inspect", path.to_str().unwrap(), "--json"], &root());
    assert_eq!(
        run.code(),
        0,
        "inspect {} failed: {}",
        path.display(),
        run.stderr()
    );
    run.json()
}

fn headings(policy: &Value) -> Vec<String> {
    policy["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["heading"].as_str().unwrap().to_string())
        .collect()
}

fn output_text(policy: &Value) -> String {
    let mut text = String::new();
    for section in policy["sections"].as_array().unwrap() {
        text.push_str(section["heading"].as_str().unwrap());
        text.push('\n');
        for clause in section["clauses"].as_array().unwrap() {
            text.push_str(clause.as_str().unwrap());
            text.push('\n');
        }
    }
    text
}

/// Share of the source's words (after dropping the given boilerplate lines
/// and Markdown link targets) that reach a heading or a clause.
fn word_coverage(path: &Path, policy: &Value, boilerplate: &[&str]) -> f64 {
    let raw = fs::read_to_string(path).unwrap();
    let mut body = String::new();
    for line in raw.lines() {
        if boilerplate.iter().any(|b| {
            line.trim() == *b
                || (b.ends_with('…') && line.trim().starts_with(b.trim_end_matches('…')))
        }) {
            continue;
        }
        // Drop Markdown link targets: "](https://…)".
        let mut rest = line;
        while let Some(i) = rest.find("](") {
            body.push_str(&rest[..i]);
            rest = rest[i..].find(')').map_or("", |j| &rest[i + j + 1..]);
        }
        body.push_str(rest);
        body.push('\n');
    }
    let mut have: HashMap<String, usize> = HashMap::new();
    for w in words(&output_text(policy)) {
        *have.entry(w).or_default() += 1;
    }
    let source = words(&body);
    let mut found = 0;
    for w in &source {
        if let Some(n) = have.get_mut(w) {
            if *n > 0 {
                *n -= 1;
                found += 1;
            }
        }
    }
    found as f64 / source.len() as f64
}

fn assert_no_boilerplate(policy: &Value, phrases: &[&str]) {
    let text = output_text(policy);
    for phrase in phrases {
        assert!(
            !text.contains(phrase),
            "boilerplate {phrase:?} left in the output"
        );
    }
}

const BANNER: &str = "> *The following text is extracted and transformed from…";

#[test]
fn acrcloud_policy() {
    let path = corpus().join("000_bab96dcd4987aff5.txt");
    let p = inspect(&path);
    assert_eq!(p["company"], "ACRCloud");
    assert_eq!(p["domain"], "acrcloud.com");
    assert_eq!(p["archived"], "2018-06-29");
    assert_eq!(p["lang"], "en");
    assert_eq!(
        headings(&p),
        [
            "Privacy Policy - ACRCloud",
            "Privacy Policy",
            "PERSONAL INFORMATION WE COLLECT",
            "HOW WE USE PERSONAL INFORMATION",
            "HOW PERSONAL INFORMATION IS DISCLOSED",
            "OTHER INFORMATION WE COLLECT",
            "HOW WE COLLECT OTHER INFORMATION",
            "HOW WE USE AND DISCLOSE OTHER INFORMATION",
            "THIRD PARTY SITES",
            "SECURITY",
            "YOUR CHOICES REGARDING OUR USE AND DISCLOSURE OF YOUR PERSONAL INFORMATION",
            "HOW YOU CAN ACCESS, CHANGE OR SUPPRESS YOUR PERSONAL INFORMATION",
            "RETENTION PERIOD",
            "USE OF SITE BY MINORS",
            "CROSS-BORDER TRANSFER",
            "SENSITIVE INFORMATION",
            "UPDATES TO THIS PRIVACY POLICY",
            "CONTACTING US",
        ]
    );
    assert_no_boilerplate(&p, &["Wayback", "archived on", "extracted and transformed"]);
    let coverage = word_coverage(&path, &p, &[BANNER]);
    assert!(coverage >= 0.97, "coverage {coverage}");
    // List items are clauses of their own, without the bullet glyph.
    let personal = &p["sections"][2]["clauses"];
    assert_eq!(personal[1], "Name");
    assert_eq!(personal[5], "Email address");
}

#[test]
fn acr_call_recorder_policy() {
    let path = corpus().join("001_ceb4bf6ec6573dce.txt");
    let p = inspect(&path);
    assert_eq!(p["company"], "ACR Call Recorder");
    assert_eq!(p["lang"], "en");
    assert_eq!(
        headings(&p),
        [
            "Privacy Policy",
            "What Does This Privacy Policy Cover?",
            "What Information Do We Collect?",
            "How Do We Use the Information We Collect?",
            "Sharing Or Disclosing Information",
            "Information Retention Policy",
            "Your Choices",
            "Third-Party Services",
            "Recordings",
            "Children",
            "Confidentiality And Security",
            "International Users and Data Transfers",
            "Conclusion",
            "Notice for California Users",
        ]
    );
    let coverage = word_coverage(&path, &p, &[]);
    assert!(coverage >= 0.97, "coverage {coverage}");
    // Abbreviations do not end clauses.
    let text = output_text(&p);
    assert!(text.lines().any(
        |l| l.starts_with("Under Cal. Civ. Code § 1798.80, a user residing")
            && l.ends_with("for direct marketing purposes.")
    ));
}

#[test]
fn aclaro_malay_policy() {
    let path = corpus().join("002_e4a214cb1e8f383f.txt");
    let p = inspect(&path);
    assert_eq!(p["company"], "Aclaro");
    assert_eq!(p["domain"], "aclaro.io");
    assert_eq!(p["lang"], "ms");
    assert!(p["sections"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["lang"] == "ms"));
    assert_eq!(
        headings(&p),
        [
            "POLISI PRIVASI",
            "1. Maklumat yang Kami Kumpulkan",
            "2. Persetujuan dan Pengeluarannya",
            "3. Bagaimana Kami Menggunakan dan Proses Data",
            "4. Pendedahan Data",
            "5. Penyimpanan Data",
            "6. Bagaimana Kami Melindungi Maklumat Anda",
            "7. Hak Pengguna",
            "8. Pematuhan dengan GDPR",
            "9. Kuki",
            "10. Pautan Pihak Ketiga",
            "11. Perubahan kepada Kenyataan Privasi ini",
            "12. Hubungi kami",
        ]
    );
    assert_no_boilerplate(&p, &["Langkau pautan"]);
    let coverage = word_coverage(&path, &p, &["Langkau pautan"]);
    assert!(coverage >= 0.97, "coverage {coverage}");
    // Numbered paragraphs are clauses inside their section, enumerators kept.
    let first = &p["sections"][1]["clauses"];
    assert!(first
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c.as_str().unwrap().starts_with("1.2.1 Data Komunikasi")));
    let rights = output_text(&p);
    assert!(rights.contains("\ni. mengesahkan identiti anda;\n"));
}

#[test]
fn connact_hard_wrapped_policy_with_table_of_contents() {
    let path = corpus().join("003_22804a30df8bcfcb.txt");
    let p = inspect(&path);
    assert_eq!(p["company"], "CONNACT");
    assert_eq!(p["lang"], "en");
    assert_eq!(
        headings(&p),
        [
            "PRIVACY POLICY",
            "AUTOMATIC COLLECTION OF INFORMATION",
            "PRIVACY OF CHILDREN",
            "USE AND PROCESSING OF COLLECTED INFORMATION",
            "DISCLOSURE OF INFORMATION",
            "RETENTION OF INFORMATION",
            "DATA ANALYTICS",
            "DO NOT TRACK SIGNALS",
            "SOCIAL MEDIA FEATURES",
            "EMAIL MARKETING",
            "LINKS TO OTHER RESOURCES",
            "INFORMATION SECURITY",
            "DATA BREACH",
            "CHANGES AND AMENDMENTS",
            "ACCEPTANCE OF THIS POLICY",
            "CONTACTING US",
        ]
    );
    assert_no_boilerplate(
        &p,
        &[
            "TABLE OF CONTENTS",
            "\nAutomatic collection of information\n",
        ],
    );
    let raw = fs::read_to_string(&path).unwrap();
    let toc: Vec<&str> = raw
        .lines()
        .skip_while(|l| *l != "TABLE OF CONTENTS")
        .take_while(|l| *l != "AUTOMATIC COLLECTION OF INFORMATION")
        .collect();
    assert_eq!(toc.len(), 16, "the fixture's table of contents");
    let coverage = word_coverage(&path, &p, &toc);
    assert!(coverage >= 0.97, "coverage {coverage}");
    // Hard-wrapped lines are re-joined into whole sentences.
    let children = &p["sections"][2]["clauses"];
    assert_eq!(
        children[0],
        "We do not knowingly collect any Personal Information from children under the age of 18."
    );
}

#[test]
fn acronis_markdown_page_with_navigation() {
    let path = corpus().join("004_f0861a98cb5ee88a.txt");
    let p = inspect(&path);
    assert_eq!(p["company"], "Acronis");
    assert_eq!(p["domain"], "acronis.com");
    assert_eq!(p["archived"], "2012-12-09");
    assert_eq!(p["lang"], "en");
    assert_eq!(
        headings(&p),
        [
            "Acronis Privacy Statement",
            "What we collect",
            "How we use your information",
            "Removal procedures",
            "Cookies",
            "Security",
            "Business Relationships",
            "Forums",
            "Contacting Acronis",
        ]
    );
    assert_no_boilerplate(
        &p,
        &[
            "Board of Directors",
            "Newsroom",
            "Online Solution Wizard",
            "Newsletter",
            "Have questions",
            "web.archive.org",
        ],
    );
    let boilerplate = [
        BANNER,
        "* […",
        "[Have questions?",
        "### Online Solution Wizard",
        "Get answers",
        "](https://web.archive.org/support/?ow=1)",
        "### Newsletter",
    ];
    let coverage = word_coverage(&path, &p, &boilerplate);
    assert!(coverage >= 0.97, "coverage {coverage}");
    // Link text stays, link targets go.
    assert!(output_text(&p)
        .contains("simply visit https://www.acronis.com/my/subscriptions/ and check"));
}

#[test]
fn inspect_terminal_outline_is_readable() {
    let run = run(
        &[
            "inspect",
            corpus().join("003_22804a30df8bcfcb.txt").to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(run.code(), 0);
    let out = run.stdout();
    assert!(out.contains("company: CONNACT"), "{out}");
    assert!(
        out.contains("[2] AUTOMATIC COLLECTION OF INFORMATION"),
        "{out}"
    );
    assert!(!out.contains('\x1b'), "no colour when not on a terminal");
}

#[test]
fn inspect_reports_a_missing_file() {
    let run = run(&["inspect", "no/such/file.txt"], &root());
    assert_eq!(run.code(), 2);
    assert!(
        run.stderr().contains("no/such/file.txt"),
        "{}",
        run.stderr()
    );
}

/// Every development-corpus fixture reads without a panic, and a file with
/// several headings never comes out as one section.
#[test]
fn development_fixtures_are_sectioned() {
    let dir = root().join("tests/fixtures/dev");
    let mut seen = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let p = inspect(&path);
        seen += 1;
        let sections = p["sections"].as_array().unwrap();
        assert!(
            sections.len() > 1,
            "{} came out as {} section(s)",
            path.display(),
            sections.len()
        );
        assert_ne!(p["company"], "unknown", "{}", path.display());
        assert_eq!(p["lang"], "en", "{}", path.display());
        for s in sections {
            for c in s["clauses"].as_array().unwrap() {
                assert!(
                    !c.as_str().unwrap().trim().is_empty(),
                    "empty clause in {}",
                    path.display()
                );
            }
        }
    }
    assert!(seen >= 10, "fixtures missing");
}
