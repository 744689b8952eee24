//! Answers across companies: clause hits folded into one row per company
//! (`polidx companies`) or a company × practice matrix (`polidx practices`).

use std::collections::BTreeMap;

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
    let mut rows = search::map_policies(idx, request, |hits| {
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
            support: support.len(),
            matched,
            score: best.score,
            via: best.via.clone(),
        })
    })?;
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
    let mut rows = search::map_policies(idx, &request, |mut hits| {
        // Document order, so evidence is the first clause.
        hits.sort_by_key(|h| (h.section_index, h.clause_index));
        let first = hits.first()?;
        let mut row = PracticeRow {
            company: first.company.clone(),
            domain: first.domain.clone(),
            lang: first.lang.clone(),
            path: first.path.clone(),
            practices: BTreeMap::new(),
        };
        for hit in &hits {
            add_practices(&mut row, hit);
        }
        Some(row)
    })?;
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

    #[test]
    fn answers_order_affirmed_limited_denied() {
        assert!(Answer::Affirmed < Answer::Limited);
        assert!(Answer::Limited < Answer::Denied);
        assert!(Answer::Denied < Answer::Unstated);
    }
}
