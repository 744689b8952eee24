//! Answers across companies: clause hits folded into one row per company
//! (`polidx companies`) or a company × practice matrix (`polidx practices`).

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::index::PolicyIndex;
use crate::practices::{self, Action, Category, Stance};
use crate::search::{self, Hit, SearchError, SearchRequest};

/// What a company's policy says on the asked topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Affirmed,
    Limited,
    Denied,
    /// The policy speaks to the topic but makes no sharing or selling
    /// statement about it (only listed on request).
    Unstated,
    /// The topic is not about sharing or selling: the policy addresses it.
    Addressed,
}

impl Answer {
    pub fn of(stance: Stance) -> Answer {
        match stance {
            Stance::Affirmed => Answer::Affirmed,
            Stance::Limited => Answer::Limited,
            Stance::Denied => Answer::Denied,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Affirmed => "affirmed",
            Answer::Limited => "limited",
            Answer::Denied => "denied",
            Answer::Unstated => "unstated",
            Answer::Addressed => "addressed",
        }
    }
}

/// One company's answer, with its strongest evidence.
#[derive(Debug, Clone, Serialize)]
pub struct CompanyRow {
    pub company: String,
    pub domain: Option<String>,
    pub lang: String,
    pub stance: Answer,
    /// The clause that best supports the stance.
    pub clause: String,
    pub section: String,
    pub path: String,
    /// The archive date of the policy the row speaks for, when known.
    pub archived: Option<String>,
    /// The company's other policies that matched (older snapshots, other
    /// copies), which the row does not speak for.
    pub other_policies: Vec<String>,
    /// How many clauses support the stance.
    pub support: usize,
    /// How many clauses of the policy matched at all.
    pub matched: usize,
    pub score: f32,
    /// Translations the evidence was reached through.
    pub via: Vec<String>,
}

/// Which statement a question is about: selling when the query speaks of
/// selling, sharing when it speaks of sharing or asks for the
/// third-party-sharing category, else none.
pub fn action_for(query: Option<&str>, category: Option<Category>) -> Option<Action> {
    const SELL: &[&str] = &[
        "sell",
        "sells",
        "selling",
        "sold",
        "sale",
        "rent",
        "rents",
        "renting",
        "trade",
        "lease",
        "jual",
        "menjual",
        "dijual",
        "sewa",
        "menyewa",
        "menyewakan",
    ];
    const SHARE: &[&str] = &[
        "share",
        "shares",
        "sharing",
        "shared",
        "disclose",
        "discloses",
        "disclosed",
        "disclosure",
        "transfer",
        "transfers",
        "third",
        "parties",
        "party",
        "kongsi",
        "berkongsi",
        "dikongsi",
        "dedah",
        "mendedahkan",
        "pendedahan",
        "pihak",
        "ketiga",
        "pindah",
        "memindahkan",
    ];
    if let Some(query) = query {
        let words: Vec<String> = query
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.iter().any(|w| SELL.contains(&w.as_str())) {
            return Some(Action::Sell);
        }
        if words.iter().any(|w| SHARE.contains(&w.as_str())) {
            return Some(Action::Share);
        }
    }
    (category == Some(Category::ThirdPartySharing)).then_some(Action::Share)
}

/// One row per company that answers `request`, with the stance most of its
/// matching clauses take; affirmed rows first, then limited, then denied
/// (then unstated, with `include_unstated`).
pub fn companies(
    idx: &PolicyIndex,
    request: &SearchRequest,
    include_unstated: bool,
) -> Result<Vec<CompanyRow>, SearchError> {
    let action = action_for(request.query.as_deref(), request.category);
    let rows = search::map_policies(idx, request, |hits| {
        let matched = hits.len();
        let answer_of = |hit: &Hit| match action {
            Some(action) => hit
                .labels
                .stance(action)
                .map(Answer::of)
                .unwrap_or(Answer::Unstated),
            None => Answer::Addressed,
        };
        let stance = majority(hits.iter().map(answer_of))?;
        if stance == Answer::Unstated && !include_unstated {
            return None;
        }
        let support: Vec<&Hit> = hits.iter().filter(|h| answer_of(h) == stance).collect();
        // Hits are sorted best first, so the first supporting hit that says
        // something on its own is the strongest evidence. A category alone
        // scores every clause the same: then a clause under a heading about
        // that practice ("How we disclose information") beats one that
        // mentions it in passing ("Introduction").
        let on_topic = match (&request.query, request.category) {
            (None, Some(category)) => support
                .iter()
                .filter(|h| !is_lead_in(&h.clause))
                .find(|h| practices::heading_is_about(&h.section, &h.lang, category)),
            _ => None,
        };
        let best = on_topic
            .or_else(|| support.iter().find(|h| !is_lead_in(&h.clause)))
            .unwrap_or(&support[0]);
        Some(CompanyRow {
            company: best.company.clone(),
            domain: best.domain.clone(),
            lang: best.lang.clone(),
            stance,
            clause: best.clause.clone(),
            section: best.section.clone(),
            path: best.path.clone(),
            archived: best.archived.clone(),
            other_policies: Vec::new(),
            support: support.len(),
            matched,
            score: best.score,
            via: best.via.clone(),
        })
    })?;
    let mut rows = one_per_company(rows);
    rows.sort_by(|a, b| {
        a.stance
            .cmp(&b.stance)
            .then(b.score.total_cmp(&a.score))
            .then_with(|| a.company.cmp(&b.company))
            .then_with(|| a.path.cmp(&b.path))
    });
    Ok(rows)
}

/// A clause that only opens a list ("Your information may be disclosed:"):
/// it says nothing a reader can weigh without the items under it, so it is
/// evidence only when nothing better takes the same stance.
fn is_lead_in(clause: &str) -> bool {
    clause.trim_end().ends_with([':', '：'])
}

/// The stance most of a policy's clauses take, so that one misread clause
/// cannot flip a company's answer; a tie goes to the broader stance
/// (affirmed over limited over denied). Clauses without a stance count only
/// when no clause has one.
pub fn majority(answers: impl Iterator<Item = Answer>) -> Option<Answer> {
    let mut counts: BTreeMap<Answer, usize> = BTreeMap::new();
    for answer in answers {
        *counts.entry(answer).or_default() += 1;
    }
    majority_of(&counts)
}

/// [`majority`] of answers already counted.
fn majority_of(counts: &BTreeMap<Answer, usize>) -> Option<Answer> {
    let stated = counts
        .iter()
        .filter(|(a, _)| !matches!(a, Answer::Unstated | Answer::Addressed))
        .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        .map(|(a, _)| *a);
    stated.or_else(|| counts.keys().next().copied())
}

/// A row made from one policy, to be folded with the company's others.
trait PolicyRow {
    fn company(&self) -> &str;
    fn domain(&self) -> Option<&str>;
    fn archived(&self) -> Option<&str>;
    fn path(&self) -> &str;
    fn other_policies(&mut self) -> &mut Vec<String>;
}

macro_rules! policy_row {
    ($row:ty) => {
        impl PolicyRow for $row {
            fn company(&self) -> &str {
                &self.company
            }
            fn domain(&self) -> Option<&str> {
                self.domain.as_deref()
            }
            fn archived(&self) -> Option<&str> {
                self.archived.as_deref()
            }
            fn path(&self) -> &str {
                &self.path
            }
            fn other_policies(&mut self) -> &mut Vec<String> {
                &mut self.other_policies
            }
        }
    };
}
policy_row!(CompanyRow);
policy_row!(PracticeRow);

/// One row per company: a corpus may hold several policies of one company
/// (snapshots of different years, the same policy as HTML and Markdown).
/// The row speaks for the newest, so an answer never mixes a withdrawn
/// policy's words with the current one's; the others are listed by path.
/// Policies are the same company's when name (in any case) and domain
/// agree, so two companies that share a name on different sites stay apart.
fn one_per_company<R: PolicyRow>(rows: Vec<R>) -> Vec<R> {
    let mut by_company: HashMap<(String, Option<String>), R> = HashMap::new();
    for row in rows {
        let key = (
            row.company().to_lowercase(),
            row.domain().map(str::to_lowercase),
        );
        match by_company.remove(&key) {
            None => {
                by_company.insert(key, row);
            }
            Some(kept) => {
                let (mut newest, mut other) = if newer(&row, &kept) == Ordering::Greater {
                    (row, kept)
                } else {
                    (kept, row)
                };
                let path = other.path().to_string();
                let mut folded = std::mem::take(other.other_policies());
                folded.push(path);
                newest.other_policies().append(&mut folded);
                newest.other_policies().sort();
                by_company.insert(key, newest);
            }
        }
    }
    by_company.into_values().collect()
}

/// Which of two policies of a company is the newer: the later archive date;
/// a policy with no archive date is the live one, newer than any snapshot.
/// Equal dates go to the first path, so the choice does not depend on the
/// order policies are read in.
fn newer(a: &impl PolicyRow, b: &impl PolicyRow) -> Ordering {
    match (a.archived(), b.archived()) {
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (x, y) => x.cmp(&y).then_with(|| b.path().cmp(a.path())),
    }
}

/// One cell of the practice matrix.
#[derive(Debug, Clone, Serialize)]
pub struct PracticeCell {
    /// For third-party sharing and selling: the stance; otherwise
    /// "addressed" when any clause speaks to the practice.
    pub stance: Answer,
    pub clauses: usize,
    /// Evidence: the first clause with that stance, and its section.
    pub clause: String,
    pub section: String,
    /// Clauses per stance, to take the majority.
    #[serde(skip)]
    votes: BTreeMap<Answer, usize>,
}

/// A company's row of the practice matrix.
#[derive(Debug, Clone, Serialize)]
pub struct PracticeRow {
    pub company: String,
    pub domain: Option<String>,
    pub lang: String,
    pub path: String,
    pub archived: Option<String>,
    /// As in [`CompanyRow::other_policies`].
    pub other_policies: Vec<String>,
    /// Category slug (and "selling") → cell; absent when the policy does not
    /// speak to the practice.
    pub practices: BTreeMap<&'static str, PracticeCell>,
}

/// The column for selling statements, beside the ten categories.
pub const SELLING: &str = "selling";

/// The company × practice matrix for the policies `company` selects (all
/// when None).
pub fn practices(
    idx: &PolicyIndex,
    company: Option<String>,
) -> Result<Vec<PracticeRow>, SearchError> {
    let request = SearchRequest {
        company,
        ..SearchRequest::default()
    };
    let rows = search::map_policies(idx, &request, |mut hits| {
        // Document order, so evidence is the first clause.
        hits.sort_by_key(|h| (h.section_index, h.clause_index));
        let first = hits.first()?;
        let mut row = PracticeRow {
            company: first.company.clone(),
            domain: first.domain.clone(),
            lang: first.lang.clone(),
            path: first.path.clone(),
            archived: first.archived.clone(),
            other_policies: Vec::new(),
            practices: BTreeMap::new(),
        };
        for hit in &hits {
            add_practices(&mut row, hit);
        }
        Some(row)
    })?;
    let mut rows = one_per_company(rows);
    rows.sort_by(|a, b| a.company.cmp(&b.company).then_with(|| a.path.cmp(&b.path)));
    Ok(rows)
}

/// Counts one clause in the cells of the practices it speaks to.
fn add_practices(row: &mut PracticeRow, hit: &Hit) {
    for category in hit.labels.categories() {
        let stance = if category == Category::ThirdPartySharing {
            hit.labels.share.map(Answer::of).unwrap_or(Answer::Unstated)
        } else {
            Answer::Addressed
        };
        add_evidence(&mut row.practices, category.slug(), stance, hit);
    }
    if let Some(sell) = hit.labels.sell {
        add_evidence(&mut row.practices, SELLING, Answer::of(sell), hit);
    }
}

/// Counts a clause in a cell and keeps the strongest stance's first clause.
fn add_evidence(
    cells: &mut BTreeMap<&'static str, PracticeCell>,
    key: &'static str,
    stance: Answer,
    hit: &Hit,
) {
    let cell = cells.entry(key).or_insert_with(|| PracticeCell {
        stance,
        clauses: 0,
        clause: hit.clause.clone(),
        section: hit.section.clone(),
        votes: BTreeMap::new(),
    });
    cell.clauses += 1;
    *cell.votes.entry(stance).or_default() += 1;
    let leading = majority_of(&cell.votes).unwrap_or(stance);
    // Evidence follows the leading stance: the first clause that takes it,
    // passing over list lead-ins when a later clause says more.
    let better = stance == leading && is_lead_in(&cell.clause) && !is_lead_in(&hit.clause);
    if stance == leading && (leading != cell.stance || better) {
        cell.stance = leading;
        cell.clause = hit.clause.clone();
        cell.section = hit.section.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_question_decides_the_statement() {
        assert_eq!(action_for(Some("sell"), None), Some(Action::Sell));
        assert_eq!(
            action_for(Some("\"do not sell\" data"), None),
            Some(Action::Sell)
        );
        assert_eq!(action_for(Some("menjual"), None), Some(Action::Sell));
        assert_eq!(
            action_for(Some("\"third parties\""), None),
            Some(Action::Share)
        );
        assert_eq!(
            action_for(None, Some(Category::ThirdPartySharing)),
            Some(Action::Share)
        );
        assert_eq!(
            action_for(Some("cookies"), Some(Category::UserChoice)),
            None
        );
        assert_eq!(action_for(None, None), None);
    }

    #[test]
    fn a_company_takes_the_stance_most_of_its_clauses_take() {
        use Answer::*;
        assert_eq!(
            majority([Limited, Affirmed, Limited, Denied].into_iter()),
            Some(Limited)
        );
        assert_eq!(
            majority([Limited, Affirmed].into_iter()),
            Some(Affirmed),
            "ties go to the broader stance"
        );
        assert_eq!(
            majority([Unstated, Unstated, Denied].into_iter()),
            Some(Denied)
        );
        assert_eq!(majority([Unstated].into_iter()), Some(Unstated));
        assert_eq!(
            majority([Addressed, Addressed].into_iter()),
            Some(Addressed)
        );
        assert_eq!(majority(std::iter::empty()), None);
    }

    #[test]
    fn a_list_lead_in_is_not_evidence_on_its_own() {
        assert!(is_lead_in("Your Personal Information may be disclosed:"));
        assert!(is_lead_in("Kami boleh mendedahkan Data anda kepada： "));
        assert!(!is_lead_in("We share it with our service providers."));
        assert!(!is_lead_in("Note: we do not sell data"));
    }

    fn row(company: &str, domain: Option<&str>, archived: Option<&str>, path: &str) -> CompanyRow {
        CompanyRow {
            company: company.into(),
            domain: domain.map(Into::into),
            lang: "en".into(),
            stance: Answer::Affirmed,
            clause: String::new(),
            section: String::new(),
            path: path.into(),
            archived: archived.map(Into::into),
            other_policies: Vec::new(),
            support: 1,
            matched: 1,
            score: 1.0,
            via: Vec::new(),
        }
    }

    #[test]
    fn a_company_with_several_policies_gets_one_row_for_the_newest() {
        let acme = Some("acme.com");
        let rows = vec![
            row("Acme", acme, Some("2015-01-01"), "a/2015.md"),
            row("ACME", acme, Some("2019-06-30"), "a/2019.md"),
            row("Acme", acme, Some("2012-03-04"), "a/2012.html"),
            // Same name on another site: another company.
            row("Acme", Some("acme.co.uk"), None, "uk.md"),
            row("Globex", None, None, "g.md"),
        ];
        let mut folded = one_per_company(rows);
        folded.sort_by(|a, b| a.path.cmp(&b.path));
        let paths: Vec<&str> = folded.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(paths, ["a/2019.md", "g.md", "uk.md"]);
        assert_eq!(folded[0].other_policies, ["a/2012.html", "a/2015.md"]);
        assert!(folded[1].other_policies.is_empty());

        // A policy with no archive date is the live one; equal dates go to
        // the first path, whatever the order read.
        let live = one_per_company(vec![
            row("Acme", acme, Some("2019-06-30"), "old.md"),
            row("Acme", acme, None, "live.md"),
        ]);
        assert_eq!(live[0].path, "live.md");
        for order in [["b.md", "a.md"], ["a.md", "b.md"]] {
            let tie = one_per_company(order.map(|p| row("Acme", acme, None, p)).to_vec());
            assert_eq!(
                (tie[0].path.as_str(), &tie[0].other_policies[..]),
                ("a.md", &["b.md".to_string()][..])
            );
        }
    }

    #[test]
    fn answers_order_affirmed_limited_denied() {
        assert!(Answer::Affirmed < Answer::Limited);
        assert!(Answer::Limited < Answer::Denied);
        assert!(Answer::Denied < Answer::Unstated);
    }
}
