//! Sharing and selling stances over a grid of constructed statements: every
//! sharing verb with every kind of data and recipient, in the active and the
//! passive, affirmed, denied and limited, in English and Malay. Real clauses
//! are longer and stranger (the judged sets in `tests/judged/` measure
//! those); this grid finds the plain statements a rule misses because of one
//! word: "make your data available" read as a noun phrase, "credit card
//! number" not read as data, "our business partners" read as a product.

use polidx::practices::{label, Stance};

/// Stance for the statement's action: selling verbs are read as selling,
/// the rest as sharing.
fn stance_of(s: &str, lang: &str) -> Option<Stance> {
    let labels = label(s, "Information", lang);
    const SELLING: [&str; 16] = [
        "sell",
        "sells",
        "sold",
        "rent",
        "rents",
        "rented",
        "lease",
        "leases",
        "leased",
        "trade",
        "trades",
        "traded",
        "menjual",
        "dijual",
        "menyewakan",
        "disewakan",
    ];
    if s.split(|c: char| !c.is_alphabetic())
        .any(|w| SELLING.contains(&w))
    {
        labels.sell
    } else {
        labels.share
    }
}

struct Grid {
    failures: Vec<String>,
    checked: usize,
}

impl Grid {
    fn new() -> Grid {
        Grid {
            failures: Vec::new(),
            checked: 0,
        }
    }

    fn expect(&mut self, s: &str, lang: &str, want: Stance) {
        self.checked += 1;
        let got = stance_of(s, lang);
        if got != Some(want) {
            self.failures
                .push(format!("{s}\n    want {want:?}, got {got:?}"));
        }
    }

    fn assert_clean(self, at_least: usize) {
        assert!(self.checked >= at_least, "only {} checked", self.checked);
        assert!(
            self.failures.is_empty(),
            "{} of {} statements misread:\n{}",
            self.failures.len(),
            self.checked,
            self.failures.join("\n")
        );
    }
}

const EN_OBJECTS: [&str; 15] = [
    "your data",
    "your personal data",
    "your personal information",
    "your information",
    "your email address",
    "your credit card number",
    "information about you",
    "your contact details",
    "your name and address",
    "the information we collect",
    "personally identifiable information",
    "customer information",
    "user data",
    "your order details",
    "your usage data",
];

const EN_RECIPIENTS: [&str; 12] = [
    "third parties",
    "our partners",
    "service providers",
    "advertisers",
    "a third party",
    "other companies",
    "our affiliates",
    "our business partners",
    "marketing partners",
    "our payment processor",
    "outside parties",
    "analytics providers",
];

/// (infinitive, third person), `{O}` the data, `{R}` the recipient.
const EN_VERBS: [(&str, &str); 24] = [
    ("share {O} with {R}", "shares {O} with {R}"),
    ("disclose {O} to {R}", "discloses {O} to {R}"),
    ("provide {O} to {R}", "provides {O} to {R}"),
    ("give {O} to {R}", "gives {O} to {R}"),
    ("send {O} to {R}", "sends {O} to {R}"),
    ("transfer {O} to {R}", "transfers {O} to {R}"),
    ("make {O} available to {R}", "makes {O} available to {R}"),
    ("pass {O} on to {R}", "passes {O} on to {R}"),
    ("pass on {O} to {R}", "passes on {O} to {R}"),
    ("rent {O} to {R}", "rents {O} to {R}"),
    ("sell {O} to {R}", "sells {O} to {R}"),
    ("transmit {O} to {R}", "transmits {O} to {R}"),
    ("release {O} to {R}", "releases {O} to {R}"),
    ("forward {O} to {R}", "forwards {O} to {R}"),
    ("supply {O} to {R}", "supplies {O} to {R}"),
    ("exchange {O} with {R}", "exchanges {O} with {R}"),
    ("trade {O} with {R}", "trades {O} with {R}"),
    ("lease {O} to {R}", "leases {O} to {R}"),
    ("communicate {O} to {R}", "communicates {O} to {R}"),
    ("reveal {O} to {R}", "reveals {O} to {R}"),
    ("give {R} access to {O}", "gives {R} access to {O}"),
    ("allow {R} to access {O}", "allows {R} to access {O}"),
    ("deposit {O} with {R}", "deposits {O} with {R}"),
    ("provide {R} with {O}", "provides {R} with {O}"),
];

fn fill(template: &str, object: &str, recipient: &str) -> String {
    template.replace("{O}", object).replace("{R}", recipient)
}

#[test]
fn english_active_statements() {
    let mut grid = Grid::new();
    let subjects = ["We", "Acme", "The Company"];
    for (vi, (base, third)) in EN_VERBS.iter().enumerate() {
        for (oi, object) in EN_OBJECTS.iter().enumerate() {
            let r = EN_RECIPIENTS[(vi + oi) % EN_RECIPIENTS.len()];
            let subject = subjects[(vi + oi) % subjects.len()];
            let base = fill(base, object, r);
            let (finite, not) = if subject == "We" {
                (base.clone(), "do not")
            } else {
                (fill(third, object, r), "does not")
            };
            use Stance::*;
            grid.expect(&format!("{subject} may {base}."), "en", Affirmed);
            grid.expect(&format!("{subject} {finite}."), "en", Affirmed);
            grid.expect(&format!("{subject} {not} {base}."), "en", Denied);
            grid.expect(&format!("{subject} will never {base}."), "en", Denied);
            grid.expect(
                &format!("{subject} may {base} only with your consent."),
                "en",
                Limited,
            );
        }
    }
    grid.assert_clean(1800);
}

#[test]
fn english_passive_statements() {
    let mut grid = Grid::new();
    let participles = [
        "shared with",
        "disclosed to",
        "provided to",
        "transferred to",
        "made available to",
        "passed on to",
        "sold to",
        "rented to",
        "given to",
        "sent to",
        "released to",
        "transmitted to",
    ];
    for (pi, p) in participles.iter().enumerate() {
        for (oi, object) in EN_OBJECTS.iter().enumerate() {
            let r = EN_RECIPIENTS[(pi + oi) % EN_RECIPIENTS.len()];
            let o = format!("{}{}", object[..1].to_uppercase(), &object[1..]);
            let be = if object.ends_with('s') { "are" } else { "is" };
            use Stance::*;
            grid.expect(&format!("{o} may be {p} {r}."), "en", Affirmed);
            grid.expect(&format!("{o} {be} {p} {r}."), "en", Affirmed);
            grid.expect(&format!("{o} {be} never {p} {r}."), "en", Denied);
            grid.expect(&format!("{o} will not be {p} {r}."), "en", Denied);
            grid.expect(
                &format!("Under no circumstances will {object} be {p} {r}."),
                "en",
                Denied,
            );
            grid.expect(
                &format!("{o} will not be {p} {r} without your consent."),
                "en",
                Limited,
            );
            grid.expect(
                &format!("{o} may be {p} {r} only if you agree."),
                "en",
                Limited,
            );
        }
    }
    grid.assert_clean(1200);
}

#[test]
fn english_framings_and_limits() {
    let mut grid = Grid::new();
    for (vi, (base, _)) in EN_VERBS.iter().enumerate() {
        let s = fill(
            base,
            EN_OBJECTS[vi % EN_OBJECTS.len()],
            EN_RECIPIENTS[vi % EN_RECIPIENTS.len()],
        );
        use Stance::*;
        grid.expect(&format!("We never {s}."), "en", Denied);
        grid.expect(&format!("We do not and will not {s}."), "en", Denied);
        grid.expect(
            &format!("We will not {s} without your consent."),
            "en",
            Limited,
        );
        grid.expect(&format!("We may {s} in aggregated form."), "en", Limited);
        grid.expect(
            &format!("We may {s} except as required by law."),
            "en",
            Limited,
        );
        grid.expect(&format!("We do not {s} unless you consent."), "en", Limited);
        grid.expect(
            &format!("We may {s} to help us operate our website."),
            "en",
            Affirmed,
        );
        grid.expect(&format!("From time to time, we may {s}."), "en", Affirmed);
        grid.expect(
            &format!("If you make a purchase, we may {s}."),
            "en",
            Affirmed,
        );
    }
    grid.assert_clean(200);
}

#[test]
fn malay_statements() {
    let mut grid = Grid::new();
    // (active, passive) with the data `{O}` and recipient `{R}`.
    let verbs = [
        ("berkongsi {O} dengan {R}", "dikongsi dengan {R}"),
        ("mendedahkan {O} kepada {R}", "didedahkan kepada {R}"),
        ("memindahkan {O} kepada {R}", "dipindahkan kepada {R}"),
        ("memberikan {O} kepada {R}", "diberikan kepada {R}"),
        ("menghantar {O} kepada {R}", "dihantar kepada {R}"),
        ("menyerahkan {O} kepada {R}", "diserahkan kepada {R}"),
        ("membekalkan {O} kepada {R}", "dibekalkan kepada {R}"),
        ("menjual {O} kepada {R}", "dijual kepada {R}"),
        ("menyewakan {O} kepada {R}", "disewakan kepada {R}"),
    ];
    let objects = [
        "data peribadi anda",
        "maklumat peribadi anda",
        "maklumat anda",
        "data anda",
        "alamat e-mel anda",
        "nombor telefon anda",
        "butiran hubungan anda",
    ];
    let recipients = [
        "pihak ketiga",
        "rakan kongsi kami",
        "penyedia perkhidmatan",
        "pengiklan",
        "syarikat lain",
        "rakan niaga kami",
        "pihak luar",
    ];
    for (vi, (active, passive)) in verbs.iter().enumerate() {
        for (oi, object) in objects.iter().enumerate() {
            let r = recipients[(vi + oi) % recipients.len()];
            let act = fill(active, object, r);
            let pas = fill(passive, object, r);
            let o = format!("{}{}", object[..1].to_uppercase(), &object[1..]);
            use Stance::*;
            grid.expect(&format!("Kami boleh {act}."), "ms", Affirmed);
            grid.expect(&format!("Kami mungkin {act}."), "ms", Affirmed);
            grid.expect(&format!("Kami tidak {act}."), "ms", Denied);
            grid.expect(&format!("Kami tidak akan {act}."), "ms", Denied);
            grid.expect(&format!("Kami tidak akan sekali-kali {act}."), "ms", Denied);
            grid.expect(
                &format!("Kami tidak akan {act} tanpa persetujuan anda."),
                "ms",
                Limited,
            );
            grid.expect(
                &format!("Kami hanya akan {act} dengan persetujuan anda."),
                "ms",
                Limited,
            );
            grid.expect(&format!("{o} mungkin {pas}."), "ms", Affirmed);
            grid.expect(&format!("{o} tidak akan {pas}."), "ms", Denied);
            grid.expect(
                &format!("{o} tidak akan {pas} tanpa kebenaran anda."),
                "ms",
                Limited,
            );
        }
    }
    grid.assert_clean(600);
}

/// Statements that look like sharing and are not: the grid's rules must not
/// reach them.
#[test]
fn lookalikes_take_no_sharing_stance() {
    for s in [
        "Google's use of the DoubleClick cookie enables it and its partners to serve ads.",
        "We provide customer service to our users.",
        "We may sell our products to other companies.",
        "You may share your photos with other users.",
        "We make our services available to businesses.",
        "We deposit funds with our bank.",
    ] {
        assert_eq!(label(s, "Information", "en").share, None, "{s}");
    }
}
