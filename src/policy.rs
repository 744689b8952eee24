//! A policy as polidx understands it, and the reading pipeline that builds
//! one from a file: ingest → clean → segment → detect language → identify
//! company → label practices.

use serde::Serialize;

use crate::clean::{self, CleanDoc};
use crate::company::{self, CompanyEvidence};
use crate::ingest::{Format, SourceText};
use crate::lang;
use crate::manifest::ManifestEntry;
use crate::practices::{self, Action, Category, OwnNames, Stance};
use crate::segment::{self, SectionText};

/// Language code used when no language can be detected at all.
pub const UNDETERMINED: &str = "und";

#[derive(Debug, Clone, Serialize)]
pub struct Policy {
    /// Path relative to the corpus root (for `inspect`, the file name).
    pub path: String,
    /// Display name of whose policy this is.
    pub company: String,
    /// Domain the policy was published on, when known.
    pub domain: Option<String>,
    /// Legal entity the text names as the owner, when found.
    pub legal_name: Option<String>,
    /// How the company was identified.
    pub company_source: &'static str,
    /// Archive date, `YYYY-MM-DD`, when known.
    pub archived: Option<String>,
    /// ISO 639-1 code of the policy's main language.
    pub lang: String,
    pub lang_confidence: f64,
    pub title: Option<String>,
    pub format: Format,
    pub encoding: &'static str,
    pub sections: Vec<Section>,
    /// The names the practice labeller read as the company itself
    /// (`practices::OwnNames`).
    #[serde(skip)]
    pub own_names: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Empty for the text before the first heading.
    pub heading: String,
    pub level: u8,
    pub lang: String,
    pub clauses: Vec<String>,
    /// Practice labels of each clause, in the order of `clauses`.
    pub labels: Vec<ClauseLabels>,
}

/// The practices a clause speaks to, and its stance on sharing and selling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClauseLabels {
    /// Bit i set: the clause speaks to `Category::ALL[i]`.
    pub categories: u16,
    pub share: Option<Stance>,
    pub sell: Option<Stance>,
}

impl ClauseLabels {
    pub fn of(clause: &str, heading: &str, lang: &str) -> ClauseLabels {
        ClauseLabels::of_policy(clause, heading, lang, &OwnNames::default())
    }

    /// The labels of a clause in a policy whose company goes by `own`.
    pub fn of_policy(clause: &str, heading: &str, lang: &str, own: &OwnNames) -> ClauseLabels {
        let labels = practices::label_in(clause, heading, lang, own);
        let mut categories = 0;
        for category in labels.categories {
            categories |= 1 << category_bit(category);
        }
        ClauseLabels {
            categories,
            share: labels.share,
            sell: labels.sell,
        }
    }

    pub fn has(&self, category: Category) -> bool {
        self.categories & (1 << category_bit(category)) != 0
    }

    pub fn categories(&self) -> impl Iterator<Item = Category> + '_ {
        Category::ALL.into_iter().filter(|c| self.has(*c))
    }

    pub fn stance(&self, action: Action) -> Option<Stance> {
        match action {
            Action::Share => self.share,
            Action::Sell => self.sell,
        }
    }

    /// Packs the labels into one number for the index: categories in bits
    /// 0–9, the sharing stance in bits 10–11, the selling stance in 12–13.
    pub fn pack(&self) -> u64 {
        u64::from(self.categories)
            | (stance_code(self.share) << 10)
            | (stance_code(self.sell) << 12)
    }

    pub fn unpack(packed: u64) -> ClauseLabels {
        ClauseLabels {
            categories: (packed & 0x3ff) as u16,
            share: stance_of(packed >> 10),
            sell: stance_of(packed >> 12),
        }
    }
}

impl Serialize for ClauseLabels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("ClauseLabels", 3)?;
        s.serialize_field(
            "categories",
            &self.categories().map(Category::slug).collect::<Vec<_>>(),
        )?;
        s.serialize_field("share", &self.share.map(Stance::as_str))?;
        s.serialize_field("sell", &self.sell.map(Stance::as_str))?;
        s.end()
    }
}

fn category_bit(category: Category) -> usize {
    Category::ALL
        .iter()
        .position(|c| *c == category)
        .expect("listed category")
}

fn stance_code(stance: Option<Stance>) -> u64 {
    match stance {
        None => 0,
        Some(Stance::Affirmed) => 1,
        Some(Stance::Limited) => 2,
        Some(Stance::Denied) => 3,
    }
}

fn stance_of(code: u64) -> Option<Stance> {
    match code & 3 {
        1 => Some(Stance::Affirmed),
        2 => Some(Stance::Limited),
        3 => Some(Stance::Denied),
        _ => None,
    }
}

impl Policy {
    pub fn clause_count(&self) -> usize {
        self.sections.iter().map(|s| s.clauses.len()).sum()
    }
}

/// Runs the reading pipeline on one decoded file: ingest → clean →
/// segment → detect language → identify company → label practices.
///
/// The company comes before the labels: a clause that names it ("Acme
/// Bank may share ...") speaks of the company itself, not of an outside
/// bank.
pub fn read_policy(source: &SourceText, known: Option<&ManifestEntry>) -> Policy {
    let doc = clean::clean(source);
    let sections = segment::segment(&doc.lines);
    let title = title_of(&doc, &sections);
    let (policy_lang, confidence) = policy_language(&sections);
    let sample = company_sample(&sections);
    let company = company::identify(&CompanyEvidence {
        title: title.as_deref(),
        banner_domain: doc.provenance.domain.as_deref(),
        text: &sample,
        link_hosts: &doc.link_hosts,
    });
    let own_names = own_names(&company, doc.provenance.domain.as_deref(), known);
    let own = OwnNames::new(own_names.iter().map(String::as_str));
    let sections: Vec<Section> = sections
        .into_iter()
        .map(|s| {
            let lang = section_language(&s, policy_lang);
            let labels = s
                .clauses
                .iter()
                .map(|c| ClauseLabels::of_policy(c, &s.heading, lang, &own))
                .collect();
            Section {
                heading: s.heading,
                level: s.level,
                lang: lang.to_string(),
                clauses: s.clauses,
                labels,
            }
        })
        .collect();
    let mut policy = Policy {
        path: source.rel_path.clone(),
        company: company.name,
        domain: company.domain,
        legal_name: company.legal_name,
        company_source: company.source,
        archived: doc.provenance.archived.clone(),
        lang: policy_lang.to_string(),
        lang_confidence: confidence,
        title,
        format: source.format,
        encoding: source.encoding,
        sections,
        own_names,
    };
    if let Some(known) = known {
        apply_manifest(&mut policy, known);
    }
    policy
}

/// The names the labeller reads as the company itself. A domain found only
/// in the text may be a partner's ("passed on to RealEnglish.com"), so it
/// counts only when the policy was published there or the company is named
/// after it.
fn own_names(
    company: &company::Company,
    banner_domain: Option<&str>,
    known: Option<&ManifestEntry>,
) -> Vec<String> {
    let bare = |d: &str| d.trim_start_matches("www.").to_ascii_lowercase();
    let published = company.domain.as_deref().filter(|d| {
        banner_domain.is_some_and(|b| bare(b) == bare(d))
            || matches!(
                company.source,
                company::SOURCE_DOMAIN_MATCH | company::SOURCE_DOMAIN
            )
    });
    let name = known
        .and_then(|k| k.company.as_deref())
        .unwrap_or(&company.name);
    let domain = known.and_then(|k| k.domain.as_deref()).or(published);
    [Some(name), domain, company.legal_name.as_deref()]
        .into_iter()
        .flatten()
        .map(str::to_owned)
        .collect()
}

/// The part of a policy read for its company: the opening, where policies
/// name and define themselves, and little else. Bounds the cost of company
/// identification on long policies. The first 12,000 bytes of the
/// headings and clauses, one per line, copied without joining the rest.
fn company_sample(sections: &[SectionText]) -> String {
    const SAMPLE_BYTES: usize = 12_000;
    let mut sample = String::with_capacity(SAMPLE_BYTES + 256);
    let lines = sections
        .iter()
        .flat_map(|s| std::iter::once(&s.heading).chain(&s.clauses));
    for (i, line) in lines.enumerate() {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        if i > 0 {
            sample.push('\n');
        }
        sample.push_str(line);
    }
    if sample.len() > SAMPLE_BYTES {
        let mut end = SAMPLE_BYTES;
        while !sample.is_char_boundary(end) {
            end -= 1;
        }
        sample.truncate(end);
    }
    sample
}

fn apply_manifest(policy: &mut Policy, known: &ManifestEntry) {
    if let Some(company) = &known.company {
        policy.company = company.clone();
        policy.company_source = "manifest";
    }
    if let Some(domain) = &known.domain {
        policy.domain = Some(domain.clone());
    }
    if let Some(archived) = &known.archived {
        policy.archived = Some(archived.clone());
    }
    if let Some(lang) = &known.lang {
        let old = std::mem::replace(&mut policy.lang, lang.clone());
        for section in &mut policy.sections {
            if section.lang == old {
                section.lang = lang.clone();
            }
        }
        policy.lang_confidence = 1.0;
    }
}

/// The first explicit heading near the top, else the page title, else a
/// plain-text file's opening heading (plain text has no heading levels).
fn title_of(doc: &CleanDoc, sections: &[SectionText]) -> Option<String> {
    sections
        .iter()
        .take(3)
        .find(|s| (1..=2).contains(&s.level) && !s.heading.is_empty())
        .map(|s| s.heading.clone())
        .or_else(|| doc.html_title.clone())
        .or_else(|| {
            sections
                .first()
                .filter(|s| s.level == 0 && !s.heading.is_empty())
                .map(|s| s.heading.clone())
        })
}

/// Bytes of a policy read to detect its language: plenty for whatlang and
/// for the Malay/Indonesian markers, and detection cost grows with it.
const POLICY_SAMPLE_BYTES: usize = 2500;

/// Detects the language over a sample of the whole policy.
fn policy_language(sections: &[SectionText]) -> (&'static str, f64) {
    let mut sample = String::new();
    'outer: for section in sections {
        for clause in &section.clauses {
            sample.push_str(clause);
            sample.push('\n');
            if sample.len() > POLICY_SAMPLE_BYTES {
                break 'outer;
            }
        }
    }
    match lang::detect(&sample) {
        Some(d) => (d.code, d.confidence),
        None => (UNDETERMINED, 0.0),
    }
}

/// Sections shorter than this take the policy's language: too little text
/// for a reliable judgement.
const SECTION_MIN_WORDS: usize = 20;

/// A section's own language when it clearly has one, else the policy's.
fn section_language(section: &SectionText, policy_lang: &'static str) -> &'static str {
    // A sample of the section is enough to tell a language, and detection
    // is the costliest step of reading: cap it.
    const SAMPLE_BYTES: usize = 1200;
    let mut text = String::with_capacity(SAMPLE_BYTES + 200);
    for clause in &section.clauses {
        if text.len() >= SAMPLE_BYTES {
            break;
        }
        text.push_str(clause);
        text.push(' ');
    }
    if text.split_whitespace().nth(SECTION_MIN_WORDS - 1).is_none() {
        return policy_lang;
    }
    // Most sections are in the policy's language; confirm that cheaply
    // before paying for a full detection.
    if lang::plainly_in(policy_lang, &text) == Some(true) {
        return policy_lang;
    }
    match lang::detect(&text) {
        // Malay and Indonesian share most words: a short section cannot
        // overturn the policy-wide decision between the two.
        Some(d) if is_malay_indonesian(d.code) && is_malay_indonesian(policy_lang) => policy_lang,
        Some(d) if d.reliable => d.code,
        _ => policy_lang,
    }
}

fn is_malay_indonesian(code: &str) -> bool {
    code == "ms" || code == "id"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> SourceText {
        SourceText {
            rel_path: "p.md".into(),
            format: Format::Markdown,
            encoding: "UTF-8",
            text: text.into(),
        }
    }

    /// Plain text has no heading levels: its opening heading is the title,
    /// and the company it names outweighs a vendor's address in the text.
    #[test]
    fn a_plain_text_opening_heading_is_the_title() {
        let text = "Privacy Notice of Meandskend\n\n\
                    Last updated: April 21, 2014\n\n\
                    Meandskend understands and respects your concerns about privacy.\n\n\
                    DoubleClick DART Cookie\n\n\
                    Google, as a third party vendor, uses cookies to serve ads on our site. \
                    Google's use of the DART cookie enables it to serve ads to our users. \
                    Users may opt out at http://www.google.com/privacy_ads.html.\n";
        let src = SourceText {
            rel_path: "p.txt".into(),
            format: Format::Text,
            encoding: "UTF-8",
            text: text.into(),
        };
        let policy = read_policy(&src, None);
        assert_eq!(
            policy.title.as_deref(),
            Some("Privacy Notice of Meandskend")
        );
        assert_eq!(policy.company, "Meandskend");
        assert_ne!(policy.domain.as_deref(), Some("google.com"));
    }

    /// The company is identified before the clauses are labelled: its own
    /// name is not an outside bank, while a partner's domain named in the
    /// text still is a recipient.
    #[test]
    fn clauses_are_labelled_knowing_the_company() {
        let text = "# Northwind Bank Privacy Policy\n\n\
                    Northwind Bank respects your privacy.\n\n\
                    ## Sharing\n\n\
                    Your personal information may be provided to Northwind Bank.\n\n\
                    Your order details are passed on to RealEnglish.com.\n";
        let policy = read_policy(&source(text), None);
        assert_eq!(policy.company, "Northwind Bank");
        assert!(!policy.own_names.iter().any(|n| n.contains("realenglish")));
        let sharing = policy
            .sections
            .iter()
            .find(|s| s.heading == "Sharing")
            .expect("a Sharing section");
        let stances: Vec<Option<Stance>> = sharing.labels.iter().map(|l| l.share).collect();
        assert_eq!(stances, [None, Some(Stance::Affirmed)]);
        // The same clause read without its company names an outside bank.
        let alone = ClauseLabels::of(&sharing.clauses[0], "Sharing", "en");
        assert_eq!(alone.share, Some(Stance::Affirmed));
    }

    #[test]
    fn manifest_overrides_detection() {
        let text = "# Privacy Policy\n\nExample Widgets Inc. collects your name and e-mail address when you register. Example Widgets uses the data to run the service and never sells it.";
        let known = ManifestEntry {
            company: Some("Widget Co".into()),
            domain: Some("widgets.example".into()),
            lang: Some("en".into()),
            archived: Some("2020-01-02".into()),
        };
        let policy = read_policy(&source(text), Some(&known));
        assert_eq!(policy.company, "Widget Co");
        assert_eq!(policy.company_source, "manifest");
        assert_eq!(policy.domain.as_deref(), Some("widgets.example"));
        assert_eq!(policy.own_names[..2], ["Widget Co", "widgets.example"]);
        assert_eq!(policy.archived.as_deref(), Some("2020-01-02"));
        assert_eq!(policy.lang, "en");
    }

    #[test]
    fn clause_labels_pack_and_unpack() {
        let labels = ClauseLabels::of("We DO NOT sell customer information.", "Sharing", "en");
        assert_eq!(labels.sell, Some(Stance::Denied));
        assert!(labels.has(Category::ThirdPartySharing));
        assert_eq!(ClauseLabels::unpack(labels.pack()), labels);
        let none = ClauseLabels::default();
        assert_eq!(ClauseLabels::unpack(none.pack()), none);
    }

    #[test]
    fn short_sections_take_the_policy_language() {
        let text = "# Dasar Privasi\n\nKami mengumpul maklumat peribadi anda apabila anda mendaftar akaun dengan kami. Kami tidak akan menjual maklumat anda kepada pihak ketiga kerana privasi anda penting.\n\n## Kuki\n\nKami guna kuki.";
        let policy = read_policy(&source(text), None);
        assert_eq!(policy.lang, "ms");
        assert!(
            policy.sections.iter().all(|s| s.lang == "ms"),
            "{:?}",
            policy.sections
        );
    }
}
