//! Measuring practice labelling against hand-judged clauses.
//!
//! Two judged sets live in `tests/judged/`: `clauses.tsv`, the development
//! set the labeller's rules were tuned on, and `held-out.tsv`, judged
//! independently from policies of which no clause is in the development
//! set, and never looked at while tuning: the honest measure. Both are
//! tab-separated with the header `source lang section clause categories
//! sell share`; categories are comma-separated slugs, stances
//! `affirmed`/`limited`/`denied`/`-`.

use std::collections::BTreeMap;
use std::fmt;

use crate::practices::{label, Category, Stance};

/// One judged clause.
#[derive(Debug, Clone)]
pub struct Judged {
    pub source: String,
    pub lang: String,
    pub section: String,
    pub clause: String,
    pub categories: Vec<Category>,
    pub sell: Option<Stance>,
    pub share: Option<Stance>,
}

pub fn parse_judged(text: &str) -> Result<Vec<Judged>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 7 {
            return Err(format!(
                "line {}: expected 7 columns, found {}",
                i + 1,
                cols.len()
            ));
        }
        let categories = cols[4]
            .split(',')
            .map(|c| {
                Category::from_slug(c.trim())
                    .ok_or_else(|| format!("line {}: unknown category {c:?}", i + 1))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let stance = |s: &str| -> Result<Option<Stance>, String> {
            match s.trim() {
                "-" => Ok(None),
                "affirmed" => Ok(Some(Stance::Affirmed)),
                "limited" => Ok(Some(Stance::Limited)),
                "denied" => Ok(Some(Stance::Denied)),
                other => Err(format!("line {}: unknown stance {other:?}", i + 1)),
            }
        };
        out.push(Judged {
            source: cols[0].into(),
            lang: cols[1].into(),
            section: cols[2].into(),
            clause: cols[3].into(),
            categories,
            sell: stance(cols[5])?,
            share: stance(cols[6])?,
        });
    }
    Ok(out)
}

/// Precision and recall of one category.
#[derive(Debug, Clone, Copy, Default)]
pub struct CategoryScore {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
}

impl CategoryScore {
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }
}

/// Agreement on a stance, over the clauses where the judge or the labeller
/// saw a stance (the many clauses about neither are left out, or they would
/// inflate the figure).
#[derive(Debug, Clone, Copy, Default)]
pub struct StanceScore {
    pub judged: usize,
    pub correct: usize,
}

impl StanceScore {
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.judged)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub clauses: usize,
    pub by_lang: BTreeMap<String, usize>,
    pub categories: BTreeMap<&'static str, CategoryScore>,
    pub share: StanceScore,
    pub sell: StanceScore,
    /// Sharing and selling together.
    pub stance: StanceScore,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Labels every judged clause and compares.
pub fn evaluate(judged_tsv: &str) -> Result<Report, String> {
    let judged = parse_judged(judged_tsv)?;
    let mut report = Report {
        clauses: judged.len(),
        ..Report::default()
    };
    for category in Category::ALL {
        report
            .categories
            .insert(category.slug(), CategoryScore::default());
    }
    for j in &judged {
        *report.by_lang.entry(j.lang.clone()).or_default() += 1;
        let got = label(&j.clause, &j.section, &j.lang);
        for category in Category::ALL {
            let gold = j.categories.contains(&category);
            let predicted = got.categories.contains(&category);
            let score = report
                .categories
                .get_mut(category.slug())
                .expect("every category");
            match (gold, predicted) {
                (true, true) => score.true_positives += 1,
                (false, true) => score.false_positives += 1,
                (true, false) => score.false_negatives += 1,
                (false, false) => {}
            }
        }
        for (gold, predicted, score) in [
            (j.share, got.share, &mut report.share),
            (j.sell, got.sell, &mut report.sell),
        ] {
            if gold.is_none() && predicted.is_none() {
                continue;
            }
            score.judged += 1;
            report.stance.judged += 1;
            if gold == predicted {
                score.correct += 1;
                report.stance.correct += 1;
            }
        }
    }
    Ok(report)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let langs: Vec<String> = self
            .by_lang
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        writeln!(f, "judged clauses: {} ({})", self.clauses, langs.join(", "))?;
        writeln!(f)?;
        writeln!(f, "| category | precision | recall | judged | labelled |")?;
        writeln!(f, "|---|---|---|---|---|")?;
        for (slug, s) in &self.categories {
            writeln!(
                f,
                "| {slug} | {:.2} | {:.2} | {} | {} |",
                s.precision(),
                s.recall(),
                s.true_positives + s.false_negatives,
                s.true_positives + s.false_positives
            )?;
        }
        writeln!(f)?;
        writeln!(f, "| stance | accuracy | clauses with a stance |")?;
        writeln!(f, "|---|---|---|")?;
        writeln!(
            f,
            "| sharing | {:.2} | {} |",
            self.share.accuracy(),
            self.share.judged
        )?;
        writeln!(
            f,
            "| selling | {:.2} | {} |",
            self.sell.accuracy(),
            self.sell.judged
        )?;
        writeln!(
            f,
            "| both | {:.2} | {} |",
            self.stance.accuracy(),
            self.stance.judged
        )
    }
}
