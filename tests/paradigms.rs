//! Sharing and selling stances over a grid of constructed statements: every
//! sharing verb with every kind of data and recipient, in the active and the
//! passive, affirmed, denied and limited, in English and Malay. Real clauses
//! are longer and stranger (the judged sets in `tests/judged/` measure
//! those); this grid finds the plain statements a rule misses because of one
//! word: "make your data available" read as a noun phrase, "credit card
//! number" not read as data, "our business partners" read as a product.

use polidx::practices::{label, label_in, Category, OwnNames, Stance};
use Category::*;
use Stance::*;

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

/// Whole statements in the forms policies use, one per line: the verb's
/// data as a pronoun, lists of verbs, contractions, "neither ... nor", a
/// quantifier as the negation ("no personal information is shared"),
/// conditions set on the recipient, legal compulsion, hosting. The last
/// field says whether the statement is read for selling.
const STATEMENTS: &[(&str, Option<Stance>, bool)] = &[
    // Affirmed.
    ("We may share your information with third parties for the following purposes:", Some(Affirmed), false),
    ("Your information may be shared with our partners, who may use it to send you offers.", Some(Affirmed), false),
    ("We work with third-party service providers who process your data on our behalf.", Some(Affirmed), false),
    ("Our service providers have access to your personal information.", Some(Affirmed), false),
    ("Third parties, such as payment processors, may receive your information.", Some(Affirmed), false),
    ("Payment processors may receive your credit card details.", Some(Affirmed), false),
    ("Your information is stored on servers operated by Amazon Web Services.", Some(Affirmed), false),
    ("Our hosting provider stores your data.", Some(Affirmed), false),
    ("In the event of a merger, your data may be transferred to the acquirer.", Some(Affirmed), false),
    ("We may disclose your information to law enforcement if required by law.", Some(Affirmed), false),
    ("We may disclose your personal information to comply with a subpoena.", Some(Affirmed), false),
    ("We may share information about you with our affiliates and subsidiaries.", Some(Affirmed), false),
    ("We may share your data with carefully selected partners.", Some(Affirmed), false),
    ("We may share the personal information we collect with our vendors.", Some(Affirmed), false),
    ("We may share it with third parties.", Some(Affirmed), false),
    ("We share this information with our advertising partners.", Some(Affirmed), false),
    ("Your name and email may be passed to the event organiser.", Some(Affirmed), false),
    ("We may provide your details to the courier so that they can deliver your order.", Some(Affirmed), false),
    ("We disclose personal information to our professional advisers, such as lawyers and accountants.", Some(Affirmed), false),
    ("Personal information may be disclosed to government agencies where required by law.", Some(Affirmed), false),
    ("We may also share aggregated and personal information with partners.", Some(Affirmed), false),
    ("We reserve the right to share your information with third parties.", Some(Affirmed), false),
    ("We may sell your personal information to third parties.", Some(Affirmed), true),
    ("We sell personal information to data brokers.", Some(Affirmed), true),
    ("In the past 12 months, we have sold the following categories of personal information.", Some(Affirmed), true),
    ("Your data may be shared with, and processed by, our partners.", Some(Affirmed), false),
    ("We may share and disclose your information to third parties.", Some(Affirmed), false),
    ("Information we collect may be shared with other companies in our group.", Some(Affirmed), false),
    ("We may share your information with our partners for their marketing purposes.", Some(Affirmed), false),
    // A merger is sharing, not selling, however it is worded.
    ("Should the company be sold, customer data will be among the assets transferred to the buyer.", Some(Affirmed), false),
    ("Should the company be sold, customer data will be among the assets transferred to the buyer.", None, true),
    ("If our business is acquired, your data may be transferred to the new owner.", Some(Affirmed), false),
    // Limited: a restriction, a condition set on the recipient, consent.
    ("We share your data only with service providers who need it to provide the service.", Some(Limited), false),
            ("We may share your data with service providers, who are required to keep it confidential.", Some(Affirmed), false),
    ("We may share your information with partners provided that they agree to protect it.", Some(Limited), false),
    ("Except as described below, we do not share your personal information with third parties.", Some(Limited), false),
    ("We do not share your personal information with third parties other than as described in this policy.", Some(Limited), false),
    ("We do not share your data with third parties except with your permission.", Some(Limited), false),
    ("We may share non-personal information with our partners.", Some(Limited), false),
    ("We may share de-identified data with research partners.", Some(Limited), false),
    ("We will only share your data with your explicit consent.", Some(Limited), false),
    ("We may share your information with third parties if you opt in.", Some(Limited), false),
    ("We may share anonymous usage statistics with third parties.", Some(Limited), false),
    ("We do not share your personal data with anyone, except as necessary to provide our services.", Some(Limited), false),
    ("We will not disclose your information to third parties unless required by law.", Some(Limited), false),
    ("Your data is shared only with our payment processor.", Some(Limited), false),
    ("We never share your information except with your consent.", Some(Limited), false),
    ("We generally do not share your personal information with third parties.", Some(Limited), false),
    ("We do not sell your personal information without your consent.", Some(Limited), true),
    // A denial narrowed to the recipient's own marketing leaves other sharing open.
    ("We do not share your information with third parties for their marketing purposes.", Some(Limited), false),
    ("We do not sell your personal information to third parties for their direct marketing purposes.", Some(Limited), true),
    // Denied.
    ("We will not share your information with third parties under any circumstances.", Some(Denied), false),
    ("Your information will remain confidential and will not be shared with third parties.", Some(Denied), false),
    ("We don't share your personal data with third parties.", Some(Denied), false),
    ("We won't share your email address with anyone.", Some(Denied), false),
    ("We won't sell your email address to anyone.", Some(Denied), true),
    ("Acme doesn't sell your data.", Some(Denied), true),
    ("We neither sell nor share your personal information.", Some(Denied), false),
    ("We neither sell nor rent your personal information.", Some(Denied), true),
    ("No personal information is shared with third parties.", Some(Denied), false),
    ("None of your personal data is shared with advertisers.", Some(Denied), false),
    ("We are not in the business of selling your information.", Some(Denied), true),
    ("At no time will we sell your personal information.", Some(Denied), true),
    ("We have not sold any personal information in the preceding 12 months.", Some(Denied), true),
    ("We do not sell personal information as defined by the CCPA.", Some(Denied), true),
    ("We do not and will never sell your data.", Some(Denied), true),
    ("Your personal information will never be sold, rented or traded.", Some(Denied), true),
    ("We do not share, sell, rent or trade your information with third parties.", Some(Denied), false),
    ("We do not share, sell, rent or trade your information with third parties.", Some(Denied), true),
    ("We will never pass your details on to anyone else.", Some(Denied), false),
    ("Your email address will not be given to anyone.", Some(Denied), false),
    ("We keep your information private and do not disclose it to others.", Some(Denied), false),
    ("We do not disclose your information to outside parties.", Some(Denied), false),
    ("We do not give out your personal information.", Some(Denied), false),
    ("We respect your privacy and will never share your data.", Some(Denied), false),
    ("We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information.", Some(Denied), false),
    // No statement, and an opt-out (the sharing happens unless the user objects).
    ("You can share articles with your friends on social media.", None, false),
    ("We use cookies to remember your preferences.", None, false),
    ("This policy explains how we collect, use and share your information.", None, false),
    ("If you have questions, please contact us.", None, false),
    ("We sell books and music online.", None, true),
    ("You may ask us not to share your data with third parties.", Some(Affirmed), false),
    // Parentheses, lists of recipients, "with the exception of", "with no
    // one", verbs in a list before the auxiliary, "pass it on".
    ("We may share your personal information (including your name and email address) with our partners.", Some(Affirmed), false),
    ("Your personal information may, in certain circumstances, be shared with third parties.", Some(Affirmed), false),
    ("We may, from time to time, share your data with selected third parties.", Some(Affirmed), false),
    ("Personal data we collect is shared with: (a) our affiliates; (b) service providers; and (c) law enforcement.", Some(Affirmed), false),
    ("Information about our customers is an important part of our business, and we do not sell it to others.", Some(Denied), true),
    ("We share customer information only as described below and with subsidiaries that are subject to this notice.", Some(Limited), false),
    ("We release account and other personal information when we believe release is appropriate to comply with the law.", Some(Affirmed), false),
    ("We employ other companies and individuals to perform functions on our behalf.", Some(Affirmed), false),
    ("In such transactions, customer information generally is one of the transferred business assets.", Some(Affirmed), false),
    ("Your information may be transferred to any successor in interest.", Some(Affirmed), false),
    ("With the exception of our service providers, we do not share your information with anyone.", Some(Limited), false),
    ("Apart from our payment processor, nobody else receives your card details.", Some(Limited), false),
    ("Your data is never shared, sold or rented.", Some(Denied), false),
    ("Your data is never shared, sold or rented.", Some(Denied), true),
    ("Under no circumstances do we sell your information.", Some(Denied), true),
    ("We have never sold and will never sell your data.", Some(Denied), true),
    ("In no event will we sell your data.", Some(Denied), true),
    ("Your personal information will be kept private and will not be disclosed to any third party unless you give us permission.", Some(Limited), false),
    ("We may pass your information to our agents and subcontractors for these purposes.", Some(Affirmed), false),
    ("We may also use and share aggregated data for any purpose.", Some(Limited), false),
    ("We may share your personal information with law enforcement agencies, courts, regulators or other third parties.", Some(Affirmed), false),
    ("We may share your information with third parties who provide services on our behalf, such as hosting, payment processing and email delivery.", Some(Affirmed), false),
    ("Information collected through our website may be shared with our group companies around the world.", Some(Affirmed), false),
    ("We will not rent or sell your personal data to others.", Some(Denied), true),
    ("We don't sell your data, and we never will.", Some(Denied), true),
    ("We do not disclose, sell or rent your personal information to third parties, except to provide the services you request.", Some(Limited), false),
    ("Your details will only be passed to the courier to deliver your order.", Some(Limited), false),
    ("We share your data with no one.", Some(Denied), false),
    ("We keep your data to ourselves and never pass it on.", Some(Denied), false),
    ("We may disclose your information where we are legally required to do so.", Some(Affirmed), false),
    ("Our partners may receive your information when you participate in a promotion.", Some(Affirmed), false),
    ("We use third-party service providers to help us operate our website, and they may have access to your personal information.", Some(Affirmed), false),
    ("Where we share your data with third parties, we require them to protect it.", Some(Limited), false),
    ("We may sell or transfer your information in connection with a merger or sale of our company.", Some(Affirmed), false),
    ("We may sell or transfer your information in connection with a merger or sale of our company.", None, true),
    ("We may also share information with your consent.", Some(Limited), false),
    ("If you give us permission, we will share your email with our partners.", Some(Limited), false),
    ("We may share information that does not identify you with advertisers.", Some(Limited), false),
    ("We may share hashed email addresses with advertising partners.", Some(Affirmed), false),
    // The exception after a denial, as a common template words it.
    ("This does not include trusted third parties who assist us in operating our website, so long as those parties agree to keep this information confidential.", Some(Limited), false),
    ("This does not include website hosting partners and other parties who assist us in operating our website.", Some(Limited), false),
    ("This policy does not include third parties' practices.", None, false),
];

/// Checks a table of (statement, stance, read for selling) under one
/// heading and language.
fn assert_table(table: &[(&str, Option<Stance>, bool)], heading: &str, lang: &str) {
    let mut failures = Vec::new();
    for &(s, want, selling) in table {
        let labels = label(s, heading, lang);
        let got = if selling { labels.sell } else { labels.share };
        if got != want {
            failures.push(format!("{s}\n    want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "misread:\n{}", failures.join("\n"));
}

#[test]
fn statements_in_the_forms_policies_use() {
    assert!(STATEMENTS.len() >= 70);
    assert_table(STATEMENTS, "Information", "en");
}

/// The same for Malay: possessives after the noun ("penyedia perkhidmatan
/// kami"), "tidak pernah", "sesiapa", "melainkan", a sold business.
const MALAY_STATEMENTS: &[(&str, Option<Stance>, bool)] = &[
    ("Kami tidak menjual, menyewa atau memperdagangkan maklumat peribadi anda.", Some(Denied), true),
    ("Kami tidak berkongsi maklumat anda dengan pihak ketiga kecuali seperti yang dinyatakan dalam dasar ini.", Some(Limited), false),
    ("Maklumat anda hanya akan didedahkan kepada pihak ketiga dengan persetujuan anda.", Some(Limited), false),
    ("Kami mungkin berkongsi maklumat agregat dengan rakan kongsi kami.", Some(Limited), false),
    ("Kami boleh mendedahkan maklumat peribadi anda jika dikehendaki oleh undang-undang.", Some(Affirmed), false),
    ("Penyedia perkhidmatan kami boleh mengakses data anda.", Some(Affirmed), false),
    ("Kami menggunakan penyedia perkhidmatan pihak ketiga untuk memproses pembayaran anda.", Some(Affirmed), false),
    ("Sekiranya syarikat kami dijual, data anda mungkin dipindahkan kepada pembeli.", Some(Affirmed), false),
    ("Sekiranya syarikat kami dijual, data anda mungkin dipindahkan kepada pembeli.", None, true),
    ("Data anda tidak akan dikongsi dengan sesiapa.", Some(Denied), false),
    ("Kami tidak pernah menjual data anda.", Some(Denied), true),
    ("Kami tidak akan sama sekali mendedahkan maklumat anda kepada pihak ketiga.", Some(Denied), false),
    ("Kami tidak berkongsi maklumat anda dengan pihak ketiga tanpa kebenaran anda.", Some(Limited), false),
    ("Maklumat anda tidak akan dijual kepada pihak ketiga.", Some(Denied), true),
    ("Kami mungkin memindahkan data anda ke luar Malaysia.", None, false),
    ("Anda boleh berkongsi kandungan dengan rakan anda.", None, false),
    ("Kami berkongsi maklumat anda dengan syarikat berkaitan kami.", Some(Affirmed), false),
    ("Kami mungkin berkongsi data anda dengan rakan kongsi perniagaan kami untuk tujuan pemasaran.", Some(Affirmed), false),
    ("Kami tidak berkongsi data anda dengan pihak ketiga untuk tujuan pemasaran mereka.", Some(Limited), false),
    ("Kami tidak akan menjual data peribadi anda kepada sesiapa.", Some(Denied), true),
    ("Kami tidak mendedahkan maklumat peribadi anda kepada pihak luar.", Some(Denied), false),
    ("Maklumat peribadi anda tidak akan didedahkan, dijual atau disewakan kepada pihak ketiga.", Some(Denied), false),
    ("Kami mungkin berkongsi maklumat anda dengan anak syarikat dan syarikat induk kami.", Some(Affirmed), false),
    ("Kami boleh memberikan data anda kepada agensi kerajaan apabila diminta.", Some(Affirmed), false),
    ("Data anda disimpan oleh penyedia pengehosan kami.", Some(Affirmed), false),
    ("Kami tidak akan berkongsi data anda melainkan anda bersetuju.", Some(Limited), false),
    ("Kami tidak mendedahkan data anda kecuali jika dikehendaki oleh undang-undang.", Some(Limited), false),
    ("Kami akan berkongsi data anda hanya dengan penyedia perkhidmatan kami.", Some(Limited), false),
    ("Kami tidak memberi maklumat anda kepada pihak ketiga.", Some(Denied), false),
    ("Kami tidak menyerahkan data anda kepada orang lain.", Some(Denied), false),
];

#[test]
fn malay_statements_in_the_forms_policies_use() {
    assert!(MALAY_STATEMENTS.len() >= 30);
    assert_table(MALAY_STATEMENTS, "Maklumat", "ms");
}

/// Categories of one-sentence statements: what the clause must be labelled
/// with, and what it must not. Third parties that collect on their own
/// (advertisers, analytics, social plugins, embedded content) and other
/// sites' practices are third-party sharing; the company's own practices
/// are not.
const CATEGORY_STATEMENTS: &[(&str, &[Category], &[Category])] = &[
    ("Third-party advertisers may use cookies to collect information about your visits.", &[ThirdPartySharing], &[]),
    ("We use Google Analytics to understand how visitors use our site.", &[ThirdPartySharing], &[]),
    ("Our site includes plugins from social networks such as Facebook.", &[ThirdPartySharing], &[]),
    ("These third parties have their own privacy policies.", &[ThirdPartySharing], &[]),
    ("We are not responsible for the privacy practices of third-party websites.", &[ThirdPartySharing], &[]),
    ("Advertising networks may track your activity across websites.", &[ThirdPartySharing], &[]),
    ("Our partners may set their own cookies on your device.", &[ThirdPartySharing], &[]),
    ("Embedded content from other websites behaves in the exact same way as if the visitor has visited the other website.", &[ThirdPartySharing], &[]),
    ("Third-party payment processors collect your payment information directly.", &[ThirdPartySharing], &[]),
    ("Google may use the data collected to contextualize and personalize the ads of its own advertising network.", &[ThirdPartySharing], &[]),
    ("We use a third-party service to send our newsletter.", &[ThirdPartySharing], &[]),
    ("Please review the privacy policies of any third-party sites you visit.", &[ThirdPartySharing], &[]),
    ("We collect your name and email address when you register.", &[FirstPartyCollection], &[ThirdPartySharing]),
    ("We use cookies to remember your preferences.", &[FirstPartyCollection], &[ThirdPartySharing]),
    ("You can update your account information at any time.", &[UserAccess], &[ThirdPartySharing]),
    ("We retain your data for as long as your account is active.", &[DataRetention], &[ThirdPartySharing]),
    ("We use SSL encryption to protect your data.", &[DataSecurity], &[ThirdPartySharing]),
    ("We may update this policy from time to time.", &[PolicyChange], &[ThirdPartySharing]),
    ("Our services are not directed to children under 13.", &[SpecificAudiences], &[ThirdPartySharing]),
    ("If you have questions, contact us at privacy@example.com.", &[Other], &[ThirdPartySharing]),
    ("You can opt out of receiving marketing emails by clicking unsubscribe.", &[UserChoice], &[ThirdPartySharing]),
    ("We do not respond to Do Not Track signals.", &[DoNotTrack], &[ThirdPartySharing]),
    ("California residents have the right to request the categories of personal information we disclosed.", &[SpecificAudiences], &[]),
    ("We may combine information we receive from other sources with information you give us.", &[FirstPartyCollection], &[]),
    ("We receive information about you from our partners.", &[FirstPartyCollection], &[]),
    // Outside parties by what they do for the company, and disclaimers.
    ("All ordering on this site is done through third-party fulfillment services.", &[ThirdPartySharing], &[]),
    ("We are not responsible for the practices of companies that we do not own or control.", &[ThirdPartySharing], &[]),
    ("Payments are processed by a third-party payment processor.", &[ThirdPartySharing], &[]),
    ("Your order is placed with a third-party distributor, on their web site.", &[ThirdPartySharing], &[]),
    ("We are not responsible for information collected by outside parties.", &[ThirdPartySharing], &[]),
    // Outside parties as agents and as subjects.
    ("Users are always notified when their information is being collected by any outside parties.", &[ThirdPartySharing], &[]),
    ("The use of tracking technologies by our partners is not covered by this policy.", &[ThirdPartySharing], &[]),
    ("If data is collected by any company other than Acme, we will tell you at the point of collection.", &[ThirdPartySharing], &[]),
    ("These third parties may be located in a range of different countries.", &[ThirdPartySharing], &[]),
    ("Our service providers are located in the United States.", &[ThirdPartySharing], &[]),
    ("Your information is collected by us when you register.", &[FirstPartyCollection], &[ThirdPartySharing]),
    ("The website collects your name when you register.", &[FirstPartyCollection], &[ThirdPartySharing]),
    (
        "We are not responsible for the practices of any third parties, including any third party operating a site to which this site contains a link.",
        &[ThirdPartySharing],
        &[],
    ),
    // The other categories, one statement each in common wordings.
    ("We retain your personal information for as long as necessary to fulfil the purposes for which it was collected.", &[DataRetention], &[]),
    ("We keep your data for seven years after your last purchase.", &[DataRetention], &[]),
    ("Your information is stored for no longer than 24 months.", &[DataRetention], &[]),
    ("We delete your data when you close your account.", &[DataRetention], &[]),
    ("Log files are deleted after 30 days.", &[DataRetention], &[]),
    ("We will retain and use your information as necessary to comply with our legal obligations.", &[DataRetention], &[]),
    ("Personal data is kept only as long as needed.", &[DataRetention], &[]),
    ("We store your information until you ask us to delete it.", &[DataRetention], &[]),
    ("Inactive accounts are deleted after two years.", &[DataRetention], &[]),
    ("We may retain backup copies for a limited period.", &[DataRetention], &[]),
    ("You can access and update your personal information by logging into your account.", &[UserAccess], &[]),
    ("You have the right to request a copy of the personal data we hold about you.", &[UserAccess], &[]),
    ("To correct your information, please email us.", &[UserAccess], &[]),
    ("You may ask us to delete your account at any time.", &[UserAccess], &[]),
    ("You can review and change your profile in the settings page.", &[UserAccess], &[]),
    ("You may request that we erase your personal data.", &[UserAccess], &[]),
    ("You have the right to data portability.", &[UserAccess], &[]),
    ("You may unsubscribe from our newsletter at any time.", &[UserChoice], &[]),
    ("You can set your browser to refuse cookies.", &[UserChoice], &[]),
    ("If you do not want to receive marketing emails, click the unsubscribe link.", &[UserChoice], &[]),
    ("You can opt out of interest-based advertising.", &[UserChoice], &[]),
    ("We use industry-standard encryption to protect your data.", &[DataSecurity], &[]),
    ("Access to your data is restricted to authorised staff.", &[DataSecurity], &[]),
    ("No method of transmission over the Internet is 100% secure.", &[DataSecurity], &[]),
    ("Our servers are protected by firewalls.", &[DataSecurity], &[]),
    ("We will notify you of any material changes to this policy by email.", &[PolicyChange], &[]),
    ("This policy was last updated on 1 May 2020.", &[PolicyChange], &[]),
    ("We do not knowingly collect information from children under 13.", &[SpecificAudiences], &[]),
    ("If you are a resident of California, you have additional rights.", &[SpecificAudiences], &[]),
    ("Residents of the European Economic Area have rights under the GDPR.", &[SpecificAudiences], &[]),
    ("Our website does not respond to Do Not Track signals.", &[DoNotTrack], &[]),
    ("We collect your IP address and browser type.", &[FirstPartyCollection], &[]),
    ("We use your email address to send you order confirmations.", &[FirstPartyCollection], &[]),
    ("When you register, we ask for your name and phone number.", &[FirstPartyCollection], &[]),
];

#[test]
fn categories_of_statements() {
    let mut failures = Vec::new();
    for &(s, must, must_not) in CATEGORY_STATEMENTS {
        let got = label(s, "Information", "en").categories;
        if must.iter().any(|c| !got.contains(c)) || must_not.iter().any(|c| got.contains(c)) {
            failures.push(format!(
                "{s}\n    must {must:?}, not {must_not:?}, got {got:?}"
            ));
        }
    }
    assert!(CATEGORY_STATEMENTS.len() >= 25);
    assert!(failures.is_empty(), "misread:\n{}", failures.join("\n"));
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

/// Statements that name the policy's own company, whose name holds a word
/// that elsewhere names a recipient: the company acting is "we", and data
/// given to it is not shared. Each company name is tried in every statement.
#[test]
fn statements_naming_the_company_itself() {
    const NAMES: [&str; 5] = [
        "Northwind Bank",
        "Cobalt Network",
        "Larkspur Partners",
        "Quill Cloud Services",
        "Tamarind Media Group",
    ];
    const STATEMENTS: &[(&str, Option<Stance>, bool, &str)] = &[
        ("{C} may share your personal information with advertisers.", Some(Affirmed), false, "en"),
        ("{C} does not share your personal information with third parties.", Some(Denied), false, "en"),
        ("{C} will never sell your personal data.", Some(Denied), true, "en"),
        ("Your personal information may be provided to {C}.", None, false, "en"),
        ("Information you submit is sent to {C}'s servers.", None, false, "en"),
        ("Your data is stored by {C} on servers in Ireland.", None, false, "en"),
        ("We may transfer your data to {C}'s affiliates.", Some(Affirmed), false, "en"),
        ("{C}'s service providers may access your personal data.", Some(Affirmed), false, "en"),
        (
            "These vendors provide services to {C}, including processing and storing your personal information.",
            Some(Affirmed),
            false,
            "en",
        ),
        ("{C} only shares your personal data with your consent.", Some(Limited), false, "en"),
        ("{C} tidak akan menjual data peribadi anda.", Some(Denied), true, "ms"),
        ("Maklumat peribadi anda boleh diberikan kepada {C}.", None, false, "ms"),
        ("{C} boleh berkongsi maklumat anda dengan rakan kongsi kami.", Some(Affirmed), false, "ms"),
    ];
    let mut failures = Vec::new();
    for name in NAMES {
        let own = OwnNames::new([name]);
        for &(template, want, selling, lang) in STATEMENTS {
            let s = template.replace("{C}", name);
            let labels = label_in(&s, "Information", lang, &own);
            let got = if selling { labels.sell } else { labels.share };
            if got != want {
                failures.push(format!("{s}\n    want {want:?}, got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "misread:\n{}", failures.join("\n"));
}
