//! Measuring practice labelling against hand-judged clauses.
//!
//! Two judged sets live in `tests/judged/`: `clauses.tsv`, the development
//! set the labeller's rules were tuned on, and `held-out.tsv`, judged
//! independently from policies of which no clause is in the development
//! set, and never looked at while tuning: the honest measure. Both are
//! tab-separated with the header `source lang section clause categories
//! sell share`; categories are comma-separated slugs, stances
//! `affirmed`/`limited`/`denied`/`-`.
//!
//! Beside them, `companies.tsv` (header `source names`; then the source
//! and one column per name) records the names of the company polidx
//! identifies for each judged source, as reading the whole file finds
//! them; the labeller reads each clause knowing its policy's company, as
//! `polidx index` does.
//! `cargo run --example judged-companies -- CORPUS…` writes it.

use std::collections::BTreeMap;
use std::fmt;

use crate::answers::{majority, Answer};
use crate::practices::{label_in, Category, OwnNames, Stance};

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

/// The own names of each judged source's company, from `companies.tsv`.
pub fn parse_companies(text: &str) -> Result<BTreeMap<String, OwnNames>, String> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let source = cols.next().unwrap_or_default();
        let names: Vec<&str> = cols.filter(|n| !n.trim().is_empty()).collect();
        if names.is_empty() {
            return Err(format!("line {}: {source:?} has no names", i + 1));
        }
        out.insert(source.to_owned(), OwnNames::new(names));
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
    fn record(&mut self, gold: bool, predicted: bool) {
        match (gold, predicted) {
            (true, true) => self.true_positives += 1,
            (false, true) => self.false_positives += 1,
            (true, false) => self.false_negatives += 1,
            (false, false) => {}
        }
    }

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
    /// The judge saw a stance, the labeller none: a statement not found.
    pub missed: usize,
    /// The labeller saw a stance, the judge none.
    pub spurious: usize,
}

impl StanceScore {
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.judged)
    }

    /// Clauses where both saw a stance.
    pub fn both_saw(&self) -> usize {
        self.judged - self.missed - self.spurious
    }

    /// Accuracy where both saw a stance: telling the stances apart, apart
    /// from finding the statements.
    pub fn accuracy_where_both_saw(&self) -> f64 {
        ratio(self.correct, self.both_saw())
    }

    fn record(&mut self, gold: Option<Stance>, predicted: Option<Stance>) {
        if gold.is_none() && predicted.is_none() {
            return;
        }
        self.judged += 1;
        if gold == predicted {
            self.correct += 1;
        }
        if predicted.is_none() {
            self.missed += 1;
        }
        if gold.is_none() {
            self.spurious += 1;
        }
    }
}

/// Agreement on the answer `polidx companies` gives per policy: the
/// judge's clauses folded by the same majority rule as the labeller's.
#[derive(Debug, Clone, Copy, Default)]
pub struct AnswerScore {
    /// Policies where the judge or the labeller found a statement.
    pub policies: usize,
    pub correct: usize,
}

impl AnswerScore {
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.policies)
    }
}

/// The stances of one policy's clauses, as the judge and the labeller saw them.
#[derive(Debug, Default)]
struct PolicyVotes {
    judged: Vec<Answer>,
    labelled: Vec<Answer>,
}

impl PolicyVotes {
    /// Whether both fold to the same answer; None when neither found one.
    fn agree(&self) -> Option<bool> {
        let fold =
            |votes: &[Answer]| majority(votes.iter().copied()).filter(|a| *a != Answer::Unstated);
        let (judged, labelled) = (fold(&self.judged), fold(&self.labelled));
        if judged.is_none() && labelled.is_none() {
            return None;
        }
        Some(judged == labelled)
    }
}

fn vote(stance: Option<Stance>) -> Answer {
    stance.map(Answer::of).unwrap_or(Answer::Unstated)
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
    /// Per policy, the sharing answer of `companies --category
    /// third-party-sharing`: over the clauses each side puts in that
    /// category.
    pub share_answers: AnswerScore,
    /// Per policy, the selling answer: over every clause with a selling stance.
    pub sell_answers: AnswerScore,
    /// Per language: third-party-sharing labels and sharing stances.
    pub by_lang_sharing: BTreeMap<String, (CategoryScore, StanceScore)>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Labels every judged clause, knowing its policy's company from
/// `companies_tsv` (empty: no company known), and compares.
pub fn evaluate(judged_tsv: &str, companies_tsv: &str) -> Result<Report, String> {
    let judged = parse_judged(judged_tsv)?;
    let companies = parse_companies(companies_tsv)?;
    let unknown = OwnNames::default();
    let mut report = Report {
        clauses: judged.len(),
        ..Report::default()
    };
    for category in Category::ALL {
        report
            .categories
            .insert(category.slug(), CategoryScore::default());
    }
    let mut share_votes: BTreeMap<&str, PolicyVotes> = BTreeMap::new();
    let mut sell_votes: BTreeMap<&str, PolicyVotes> = BTreeMap::new();
    for j in &judged {
        *report.by_lang.entry(j.lang.clone()).or_default() += 1;
        let own = companies.get(&j.source).unwrap_or(&unknown);
        let got = label_in(&j.clause, &j.section, &j.lang, own);
        for category in Category::ALL {
            report
                .categories
                .get_mut(category.slug())
                .expect("every category")
                .record(
                    j.categories.contains(&category),
                    got.categories.contains(&category),
                );
        }
        let lang = report.by_lang_sharing.entry(j.lang.clone()).or_default();
        lang.0.record(
            j.categories.contains(&Category::ThirdPartySharing),
            got.categories.contains(&Category::ThirdPartySharing),
        );
        lang.1.record(j.share, got.share);
        report.share.record(j.share, got.share);
        report.sell.record(j.sell, got.sell);
        report.stance.record(j.share, got.share);
        report.stance.record(j.sell, got.sell);
        let share = share_votes.entry(&j.source).or_default();
        if j.categories.contains(&Category::ThirdPartySharing) {
            share.judged.push(vote(j.share));
        }
        if got.categories.contains(&Category::ThirdPartySharing) {
            share.labelled.push(vote(got.share));
        }
        let sell = sell_votes.entry(&j.source).or_default();
        if j.sell.is_some() {
            sell.judged.push(vote(j.sell));
        }
        if got.sell.is_some() {
            sell.labelled.push(vote(got.sell));
        }
    }
    for (votes, score) in [
        (&share_votes, &mut report.share_answers),
        (&sell_votes, &mut report.sell_answers),
    ] {
        for agree in votes.values().filter_map(PolicyVotes::agree) {
            score.policies += 1;
            score.correct += usize::from(agree);
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
        writeln!(
            f,
            "| stance | accuracy | clauses with a stance | missed | spurious | accuracy where both saw one |"
        )?;
        writeln!(f, "|---|---|---|---|---|---|")?;
        for (name, score) in [
            ("sharing", &self.share),
            ("selling", &self.sell),
            ("both", &self.stance),
        ] {
            writeln!(
                f,
                "| {name} | {:.2} | {} | {} | {} | {:.2} ({}) |",
                score.accuracy(),
                score.judged,
                score.missed,
                score.spurious,
                score.accuracy_where_both_saw(),
                score.both_saw()
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "| language | clauses | third-party-sharing precision | recall | sharing stance (clauses) |"
        )?;
        writeln!(f, "|---|---|---|---|---|")?;
        for (lang, (sharing, stance)) in &self.by_lang_sharing {
            writeln!(
                f,
                "| {lang} | {} | {:.2} | {:.2} | {:.2} ({}) |",
                self.by_lang[lang],
                sharing.precision(),
                sharing.recall(),
                stance.accuracy(),
                stance.judged
            )?;
        }
        writeln!(f)?;
        writeln!(f, "| answer per policy | agreement | policies |")?;
        writeln!(f, "|---|---|---|")?;
        for (name, score) in [
            ("sharing", &self.share_answers),
            ("selling", &self.sell_answers),
        ] {
            writeln!(
                f,
                "| {name} | {:.2} | {} |",
                score.accuracy(),
                score.policies
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_answer_folds_its_clauses_as_companies_does() {
        use Answer::*;
        let votes = |judged: &[Answer], labelled: &[Answer]| PolicyVotes {
            judged: judged.to_vec(),
            labelled: labelled.to_vec(),
        };
        // One misread clause of three does not change the answer.
        assert_eq!(
            votes(&[Limited, Limited, Affirmed], &[Limited, Affirmed, Limited]).agree(),
            Some(true)
        );
        assert_eq!(
            votes(&[Denied, Unstated], &[Affirmed, Unstated]).agree(),
            Some(false)
        );
        // A statement found on one side only is a disagreement.
        assert_eq!(votes(&[Unstated], &[Denied]).agree(), Some(false));
        // Neither side found a statement: not counted.
        assert_eq!(votes(&[Unstated], &[]).agree(), None);
    }

    #[test]
    fn clauses_are_judged_knowing_their_company() {
        let judged = "source\tlang\tsection\tclause\tcategories\tsell\tshare\n\
                      a.md\ten\tSharing\tYour data may be provided to Northwind Bank.\t\
                      third-party-sharing\t-\t-\n";
        let companies = "source\tnames\na.md\tNorthwind Bank\tnorthwind.com\n";
        assert_eq!(evaluate(judged, companies).unwrap().share.spurious, 0);
        // Without the company, "Bank" reads as an outside recipient.
        assert_eq!(evaluate(judged, "").unwrap().share.spurious, 1);
        assert!(parse_companies("source\tnames\na.md\n").is_err());
    }

    #[test]
    fn stance_errors_split_into_missed_spurious_and_confused() {
        let mut s = StanceScore::default();
        s.record(None, None); // about neither: left out
        s.record(Some(Stance::Affirmed), Some(Stance::Affirmed));
        s.record(Some(Stance::Denied), Some(Stance::Limited));
        s.record(Some(Stance::Limited), None);
        s.record(None, Some(Stance::Affirmed));
        assert_eq!((s.judged, s.correct, s.missed, s.spurious), (4, 1, 1, 1));
        assert_eq!(s.both_saw(), 2);
        assert!((s.accuracy() - 0.25).abs() < 1e-9);
        assert!((s.accuracy_where_both_saw() - 0.5).abs() < 1e-9);
    }
}
