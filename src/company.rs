//! Company identification: decide whose privacy policy a cleaned text is.
//!
//! The evidence is the policy's title, the domain an archive banner names,
//! the cleaned text and the hosts of the raw file's links. The answer is a
//! display name, the domain the policy was published on, the legal entity
//! the text names as owner, and a short label saying which heuristic chose
//! the name (shown by `polidx inspect`).
//!
//! Order of the heuristics for the name:
//! 1. a name found in the title, a definition, a legal name, an owner phrase
//!    or the text that matches the domain's label ("ACR Call Recorder" for
//!    acrcallrecorder.co; a generic affix such as "cloud" or "app" may differ).
//!    If that name comes only from running text and an owner the text defines
//!    is named at least three times as often, the owner wins (a parent
//!    company's or registrar's policy);
//! 2. a doing-business-as or defining phrase (`d/b/a`, `("X", "we", "us")`,
//!    `(hereinafter "X")`, `Full Name (ACRONYM)`), or
//! 3. a title part the text repeats; 2 and 3 compete on definition strength
//!    times mentions (a "we" definition weighs 4, a title part 2);
//! 4. an owner phrase ("operated by X Inc.", "X owns and operates");
//! 5. the most-named organisation (three mentions in running text, two for a
//!    legal name's core);
//! 6. a title that names exactly one thing, even if the text never repeats it;
//! 7. the domain itself, written as the text writes it ("001Games.com");
//! 8. otherwise "unknown".
//!
//! Everything is hand-written scanning over `&str` with char-boundary-safe
//! slicing; the text is processed in chunks so time and memory stay linear.

use std::borrow::Cow;
use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// What the caller knows about one policy.
pub struct CompanyEvidence<'a> {
    /// The policy's title: first heading, or the HTML `<title>`. May be generic ("Privacy Policy").
    pub title: Option<&'a str>,
    /// Domain named by an archive banner, already extracted, lowercase.
    pub banner_domain: Option<&'a str>,
    /// Cleaned policy text (headings and paragraphs, one per line).
    pub text: &'a str,
    /// Host names of link targets found in the raw file (lowercase), archive hosts removed.
    pub link_hosts: &'a [String],
}

/// Whose policy it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    /// Display name, as the text writes it.
    pub name: String,
    /// The domain the policy was published on, without "www.".
    pub domain: Option<String>,
    /// The legal entity the text names as the policy's owner, when found.
    pub legal_name: Option<String>,
    /// How `name` was chosen.
    pub source: &'static str,
}

pub const SOURCE_DOMAIN_MATCH: &str = "name matching domain";
pub const SOURCE_DBA: &str = "doing-business-as phrase";
pub const SOURCE_TITLE: &str = "title";
pub const SOURCE_OWNER: &str = "owner phrase";
pub const SOURCE_MOST_NAMED: &str = "most-named organisation";
pub const SOURCE_DOMAIN: &str = "domain";
pub const SOURCE_NONE: &str = "none";

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

/// Function words that start sentences but never start a name.
const STOP_WORDS: &str = "a an the this that these those there here we us our ours ourselves \
 you your yours i me my he she it its they them their his her him if when where what which who \
 whom whose why how in on at by for from to of with without within into onto upon about above \
 below under over after before during through throughout as and or but nor not no yes all any \
 some each every either neither both such other others another please may might can could will \
 would shall should must also however therefore thus hence unless although though because while \
 since so then than once only just even further furthermore moreover additionally finally \
 generally specifically notwithstanding accordingly otherwise is are was were be been being do \
 does did have has had get click see note read visit contact use using many much more most few \
 one two three four five first second last next new like via per e.g i.e etc ok dear hello hi \
 welcome thank thanks whether whatever whenever wherever anyone everyone someone nothing \
 everything something let lets let's unlike except until whereas regarding including include \
 includes according following effective updated questions why what's we're we've we'll you're \
 it's don't isn't doesn't can't won't \
 kami anda ini itu dan atau yang untuk dengan dalam jika kita kepada daripada oleh pada bagi \
 semua sebarang setiap tidak apabila kerana karena bahwa bahawa sila mohon adalah akan dapat \
 der die das den dem des ein eine einer eines wir sie ihr ihre ihren unser unsere und oder wenn \
 mit von zu zum zur für auf bei nach im ist sind es diese dieser dieses alle \
 le la les un une du nous vous notre nos votre vos et ou si pour avec dans sur par ce cette ces \
 il elle ils elles est sont tous toutes \
 el los las una unos nosotros usted nuestro nuestra nuestros su sus y o para con en este esta \
 estos es son todos um uma nós nosso você lo gli noi voi per questo questa het een wij ons onze \
 als voor door dit deze";

/// Words before a noun that make it a thing ("the Video Center"), not an organisation.
const DETERMINERS: &str = "the our your this that these those a an its their my his her any each \
 every der die das den dem des ein eine einen einem einer unser unsere ihr ihre le la les un une \
 ce cette notre votre el los las una este esta nuestro nuestra il lo gli uno questo nostro het \
 een deze dit onze o os um uma nosso nossa";

/// Hosting platforms whose customers live on subdomains ("acme.blogspot.com").
const PLATFORM_DOMAINS: &str = "blogspot.com wordpress.com github.io tumblr.com wixsite.com \
 weebly.com squarespace.com herokuapp.com netlify.app vercel.app appspot.com azurewebsites.net \
 myshopify.com substack.com webflow.io gitlab.io pages.dev carrd.co";

/// Words that never belong to a company name; they split capitalised runs.
const HARD_WORDS: &str = "privacy policy policies statement statements notice notices personal \
 information cookie cookies terms conditions agreement gdpr ccpa cpra coppa hipaa glba ferpa \
 pipeda lgpd pdpa casl can-spam pii phi ip ips url urls faq faqs email e-mail emails \
 address addresses website websites webpage webpages user users visitor visitors customer \
 customers subscriber subscribers member members sms html http https www ssl tls api sdk \
 monday tuesday wednesday thursday friday saturday sunday january february march april june \
 july august september october november december jan feb mar apr jun jul aug sep sept oct nov \
 dec eu eea usa u.s u.k uk us gps ssn dob id ids pin cvv faq isp dnt rss pdf \
 privasi dasar polisi kebijakan maklumat peribadi pribadi datenschutz datenschutzerklärung \
 daten confidentialité données privacidad datos privacidade dados privacità";

/// Words that may sit inside a name but never make one on their own.
const SOFT_WORDS: &str = "service services site sites web online internet content account \
 accounts contact security protection use access company companies children child parent \
 parents third party parties act law laws section article update updates changes change question \
 questions links link log logs files file beacons beacon tracking analytics advertising ads ad \
 advertisers advertiser marketing newsletter newsletters products product order orders payment \
 payments credit card cards billing shopping cart registration register forms form sign login \
 password browser browsers device devices mobile app apps application applications network \
 networks media social partners partner affiliates affiliate vendors vendor providers provider \
 agents agent team support department officer commissioner home page pages blog forum forums \
 news store shop help center centre choice choices opt out opt-out opt-in consent rights right \
 request requests retention storage transfer transfers international disclosure disclosures \
 collection sharing purpose purposes effective date dates last updated table contents \
 introduction overview summary definitions general miscellaneous governing jurisdiction \
 liability warranty warranties disclaimer indemnity inquiries residents european union states \
 united kingdom federal trade commission track global data identifiable identification info \
 name names number numbers phone telephone fax mail postal zip code age gender location \
 government court courts legal notice platform platforms software technology technologies \
 system systems server servers interest interests feature features tool tools communication \
 communications message messages chat comment comments review reviews survey surveys contest \
 contests sweepstakes promotion promotions offer offers event events program programs \
 free basic premium plan plans subscription subscriptions fee fees price prices business \
 businesses customer enterprise region country countries state city street suite floor \
 level road avenue box north south east west central asia africa america americas europe \
 canada california australia malaysia indonesia singapore india china japan germany france \
 spain italy netherlands ireland switzerland brazil mexico england scotland wales london \
 new york delaware texas florida washington nevada virginia illinois ontario quebec alberta \
 hong kong korea thailand philippines vietnam sweden norway denmark finland poland austria \
 belgium portugal russia ukraine israel turkey egypt nigeria kenya africa zealand \
 inc ltd llc corp corporation limited gmbh plc group holdings holding \
 policy notice principles principle standard standards guidelines requirements requirement \
 officer manager director administrator webmaster owner operator controller processor \
 processors subprocessors dpo dpa scc sccs ico cnil ftc bbb nai daa edaa oba pci dss aes vpn \
 cdn os tv ai it hr ceo cfo cto atm ach utc gmt pst est am pm iso imei udid idfa gaid aaid \
 java javascript flash windows mac iphone ipad android ios linux html5 css json xml sql \
 dart adsense doubleclick google analytics facebook twitter youtube linkedin instagram \
 pinterest tiktok snapchat whatsapp apple microsoft yahoo aol adobe mozilla firefox netscape \
 explorer safari chrome opera truste trustarc paypal visa mastercard amex stripe amazon \
 cloudflare mailchimp hubspot wordpress gravatar disqus quantcast comscore nielsen hotjar \
 criteo skype dropbox \
 laman perkhidmatan pelanggan pengguna syarikat perusahaan pengunjung situs layanan \
 perniagaan terma syarat ketentuan undang";

/// Words joining the parts of one name ("Board of Wisdom", "Stacks & Stacks").
const CONNECTORS: &str = "of and & for de du des la le del der von van den y e et und da di dan";

/// Words that mark a title part as the page's kind, not its owner.
const TITLE_CORE: &str = "privacy policy policies statement statements notice cookie cookies \
 data protection terms conditions condition legal disclaimer gdpr ccpa procedures none untitled \
 welcome index skip agreement \
 dasar polisi privasi kebijakan kerahsiaan pernyataan notis syarat terma ketentuan perlindungan \
 langkau pautan lewati tautan datenschutz datenschutzerklärung datenschutzhinweise \
 datenschutzrichtlinie datenschutzbestimmungen erklärung hinweise impressum springen politique \
 confidentialité données personnelles charte mentions légales aller política politica \
 privacidad privacidade privacità informativa aviso avis datos dados protección proteção \
 tratamiento saltar privacybeleid privacyverklaring integritetspolicy sekretesspolicy \
 personvernerklæring tietosuojaseloste polityka prywatności ochrony danych gizlilik politikası \
 politika политика конфиденциальности обработки персональных данных";

/// Words stripped from a title part only next to a core word ("Internet Privacy Policy from").
const TITLE_WEAK: &str = "personal information use of and & the our your website web site \
 online internet page static home general security on at from for by to in with info main \
 content links link navigation menu official center centre peribadi pribadi ke konten utama \
 der die das und zum inhalt de des la le du et sur au contenu sulla del y e el los las ir \
 contenido - | : new updated";

/// Pronouns that mark a definition as the policy owner's ("we", "us").
const PRONOUNS: &str = "we us our ours i me my kami kita wir uns unser unsere nous notre nos \
 nosotros nuestro nuestra nuestros noi ci nostro nostra nós nosso nossa wij ons onze vi vår \
 oss me meidän my nas nasz";

/// Generic words a definition may use for the owner ("the Company").
const COMPANY_TERMS: &str = "company syarikat perusahaan gesellschaft unternehmen société \
 empresa compañía società operator controller provider firm firma bedrijf selskapet yhtiö \
 spółka şirket компания";

/// Organisations that policies mention but that are not the policy's owner.
const THIRD_PARTY_NAMES: &str = "google googleanalytics googleadsense googleadwords googleads \
 googleinc googlellc adsense adwords doubleclick dart facebook facebookinc meta twitter \
 youtube linkedin instagram pinterest tiktok snapchat apple appleinc microsoft \
 microsoftcorporation yahoo aol adobe mozilla firefox netscape internetexplorer safari chrome \
 opera truste trustarc paypal visa mastercard americanexpress amazon amazonwebservices aws \
 cloudflare stripe mailchimp hubspot wordpress gravatar disqus quantcast comscore nielsen \
 hotjar criteo javascript java flash adobeflash windows macintosh iphone ipad android ios \
 whatsapp skype dropbox betterbusinessbureau bbb federaltradecommission ftc europeanunion \
 europeancommission privacyshield safeharbor departmentofcommerce networkadvertisinginitiative \
 nai digitaladvertisingalliance daa omniture webtrends addthis sharethis outbrain taboola \
 bing msn hotmail gmail outlook";

/// Domains (registrable label) of well-known third parties.
const THIRD_PARTY_DOMAINS: &str = "google googleapis gstatic googleadservices googlesyndication \
 googletagmanager googletagservices google-analytics doubleclick facebook fb fbcdn twitter twimg \
 youtube youtu linkedin instagram pinterest tiktok snapchat apple icloud microsoft live outlook \
 hotmail msn bing gmail yahoo aol adobe macromedia mozilla firefox opera aboutads \
 networkadvertising allaboutcookies aboutcookies youronlinechoices w3 archive wikipedia truste \
 trustarc cloudflare amazonaws paypal stripe mailchimp addthis sharethis hubspot gravatar \
 akismet disqus quantcast scorecardresearch comscore hotjar optimizely criteo outbrain taboola \
 bit goo tinyurl europa ftc ico cnil privacyshield export whatsapp skype dropbox example \
 yourdomain yoursite yourwebsite yourcompany domain mydomain internetcookies \
 privacypolicygenerator privacypolicies termsfeed freeprivacypolicy iubenda cookiebot \
  onetrust adsense macromedia omniture webtrends mixpanel segment intercom zendesk salesforce \
 braintreepayments adroll yandex baidu tealium newrelic sentry amplitude appsflyer kochava \
 firebase crashlytics unity3d vimeo soundcloud spotify reddit flickr telegram wechat weibo vk \
 naver kakao cookiepedia optout adobe typekit jquery bootstrapcdn cloudfront akamai \
 fastly googleusercontent ggpht ytimg cookielaw usercentrics consensu tiqcdn";

/// Generic extras a domain label may add to a name ("acrcloud" = "ACR" + "cloud").
const LABEL_AFFIXES: &str = "app apps cloud inc corp co llc ltd online hq group web site net io \
 official global world usa us uk shop store stores media tv labs lab studio studios mail \
 digital tech software solutions services systems international intl hub pro plus direct now \
 live hosting home";

/// Generic prefixes of a domain label ("getfoo", "myfoo").
const LABEL_PREFIXES: &str = "get my the go try use join hello hey we i app shop visit mein mon mi";

/// Second-level labels under which registrations happen (example.co.uk).
const SLD_GENERIC: &str = "co com org net ac gov edu ne or go gob nic ltd plc sch mil gen web \
 nom info biz asn id in mil";

/// Generic top-level domains accepted for bare mentions ("acrcloud.com").
const GTLDS: &str = "com org net edu gov mil int info biz name pro mobi asia tel travel jobs \
 museum aero coop cloud online site website store shop app dev tech blog news media xyz top club \
 live life world today space digital agency email network solutions services systems software \
 global group company studio design games io ai";

/// Two-letter country-code top-level domains.
const CCTLDS: &str = "ac ad ae af ag al am ao aq ar at au aw ax az ba bb bd be bf bg bh bi bj \
 bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk \
 dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt \
 gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw \
 ky kz la lb lc li lk lr ls lt lu lv ly ma mc me mg mh mk ml mm mn mo mq mr mt mu mv mw mx my mz \
 na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr pt pw qa re ro rs ru rw \
 sa sb sc sd se sg si sk sl sm sn sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv \
 tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

/// Dotted product names that look like domains.
const FAKE_DOMAINS: &str = "asp.net vb.net ado.net node.js vue.js next.js";

/// Legal suffixes matched case-insensitively (dots removed).
const SUFFIX_CI: &str = "inc incorporated ltd limited llc llp pllc plc corp corporation gmbh \
 bhd tbk ltda lda";

/// Legal suffixes matched with their usual casing (dots removed).
const SUFFIX_CS: &str = "AG KG SA SAS SARL Sarl SL SpA SPA Srl SRL BV NV AB ApS Oy Oyj KK SE \
 UG OHG eV Sàrl SRO sro";

/// Phrases (lowercase) that define the owner's short name after a legal name.
const DEF_CUES: &str = "doing business as|d/b/a|d.b.a.|trading as|operating as|hereinafter|\
 collectively|referred to|also known as|a.k.a.|selanjutnya|selepas ini|nachfolgend|\
 im folgenden|ci-après|en adelante|en lo sucesivo|di seguito|doravante|hierna|далее";

/// Cues after which the short name follows, outside parentheses.
const DBA_CUES: &str = "doing business as|d/b/a|d.b.a.|trading as|operating as";

/// Cues followed by a quoted short name, outside parentheses.
const HEREINAFTER_CUES: &str = "hereinafter|nachfolgend|im folgenden|ci-après|en adelante|\
 en lo sucesivo|selanjutnya disebut|selepas ini|di seguito";

/// Cues followed by the owner's name.
const OWNER_AFTER_CUES: &str = "owned and operated by|operated by|owned by|published by|\
 maintained by|controlled by|run by|a service of|a product of|dimiliki dan dikendalikan oleh|\
 dimiliki oleh|dikendalikan oleh|dikelola oleh|dioperasikan oleh|betrieben von|betrieben durch|\
 exploité par|édité par|operado por|gestionado por|gestito da|beheerd door";

/// Cues preceded by the owner's name.
const OWNER_BEFORE_CUES: &str = "owns and operates|is the owner of|is the sole owner|\
 has created this privacy|operates the website|operates this website|operates this site|\
 operates the site|is the operator of|is responsible for this website";

/// FxHash: a fast, deterministic hasher for the short keys used here.
/// Iteration order never decides a result (every ranking has a unique
/// tie-break), so the hasher only affects speed.
#[derive(Default, Clone, Copy)]
struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(a) ^ ((rest.len() as u64) << 59));
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

type FxBuild = BuildHasherDefault<FxHasher>;
type HashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
type HashSet<K> = std::collections::HashSet<K, FxBuild>;

const F_STOP: u32 = 1 << 0;
const F_DETERMINER: u32 = 1 << 1;
const F_PLATFORM: u32 = 1 << 2;
const F_HARD: u32 = 1 << 3;
const F_SOFT: u32 = 1 << 4;
const F_CONNECTOR: u32 = 1 << 5;
const F_TITLE_CORE: u32 = 1 << 6;
const F_TITLE_WEAK: u32 = 1 << 7;
const F_PRONOUN: u32 = 1 << 8;
const F_THIRD_NAME: u32 = 1 << 9;
const F_THIRD_LABEL: u32 = 1 << 10;
const F_LABEL_AFFIX: u32 = 1 << 11;
const F_LABEL_PREFIX: u32 = 1 << 12;
const F_SLD_GENERIC: u32 = 1 << 13;
const F_GTLD: u32 = 1 << 14;
const F_CCTLD: u32 = 1 << 15;
const F_FAKE_DOMAIN: u32 = 1 << 16;
const F_SUFFIX_CI: u32 = 1 << 17;
const F_SUFFIX_CS: u32 = 1 << 18;
const F_COMPANY_TERM: u32 = 1 << 19;

/// All word lists in one table: word -> `F_*` bits, looked up without
/// hashing or comparing strings. Words of up to 7 bytes are one integer
/// (bytes and length), up to 16 bytes two integers and the length, each in
/// an open-addressing table; longer words sit in a map.
struct WordTable {
    /// `pack_short` keys; 0 marks a free slot.
    short_keys: Vec<u64>,
    short_flags: Vec<u32>,
    short_shift: u32,
    /// (first 8 bytes, last 8 bytes, length, flags); length 0 marks a free slot.
    mid: Vec<(u64, u64, u32, u32)>,
    mid_shift: u32,
    long: HashMap<&'static str, u32>,
}

/// A word of 1 to 7 bytes as one integer: its bytes, and its length in the top byte.
#[inline]
fn pack_short(w: &[u8]) -> u64 {
    let n = w.len();
    let load4 = |i: usize| {
        let mut a = [0u8; 4];
        a.copy_from_slice(&w[i..i + 4]);
        u64::from(u32::from_le_bytes(a))
    };
    let bytes = if n >= 4 {
        // Two overlapping loads; the shared bytes are equal.
        load4(0) | (load4(n - 4) << (8 * (n - 4)))
    } else {
        w.iter()
            .enumerate()
            .fold(0u64, |v, (i, &b)| v | (u64::from(b) << (8 * i)))
    };
    bytes | ((n as u64) << 56)
}

/// A word of 8 to 16 bytes as two integers: its first and last 8 bytes.
#[inline]
fn pack_mid(w: &[u8]) -> (u64, u64) {
    let n = w.len();
    let load8 = |i: usize| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&w[i..i + 8]);
        u64::from_le_bytes(a)
    };
    (load8(0), load8(n - 8))
}

const HASH_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

/// Table size (log2) for `count` keys, at most half full.
fn table_bits(count: usize) -> u32 {
    let mut bits = 8;
    while (1usize << bits) < count * 2 {
        bits += 1;
    }
    bits
}

impl WordTable {
    fn build(words: &[(&'static str, u32)]) -> WordTable {
        let short_count = words.iter().filter(|(w, _)| w.len() < 8).count();
        let mid_count = words
            .iter()
            .filter(|(w, _)| (8..=16).contains(&w.len()))
            .count();
        let short_bits = table_bits(short_count);
        let mid_bits = table_bits(mid_count);
        let mut table = WordTable {
            short_keys: vec![0; 1 << short_bits],
            short_flags: vec![0; 1 << short_bits],
            short_shift: 64 - short_bits,
            mid: vec![(0, 0, 0, 0); 1 << mid_bits],
            mid_shift: 64 - mid_bits,
            long: HashMap::default(),
        };
        for &(w, flags) in words {
            let b = w.as_bytes();
            if b.is_empty() {
                continue;
            }
            if b.len() > 16 {
                *table.long.entry(w).or_insert(0) |= flags;
            } else if b.len() >= 8 {
                let (lo, hi) = pack_mid(b);
                let len = b.len() as u32;
                let mask = table.mid.len() - 1;
                let mut i = table.mid_slot(lo, hi, len);
                loop {
                    let slot = &mut table.mid[i];
                    if slot.2 == 0 {
                        *slot = (lo, hi, len, flags);
                        break;
                    }
                    if slot.0 == lo && slot.1 == hi && slot.2 == len {
                        slot.3 |= flags;
                        break;
                    }
                    i = (i + 1) & mask;
                }
            } else {
                let key = pack_short(b);
                let mask = table.short_keys.len() - 1;
                let mut i = (key.wrapping_mul(HASH_MUL) >> table.short_shift) as usize;
                loop {
                    if table.short_keys[i] == 0 {
                        table.short_keys[i] = key;
                        table.short_flags[i] = flags;
                        break;
                    }
                    if table.short_keys[i] == key {
                        table.short_flags[i] |= flags;
                        break;
                    }
                    i = (i + 1) & mask;
                }
            }
        }
        table
    }

    #[inline]
    fn mid_slot(&self, lo: u64, hi: u64, len: u32) -> usize {
        let h = (lo ^ hi.rotate_left(23) ^ (u64::from(len) << 59)).wrapping_mul(HASH_MUL);
        (h >> self.mid_shift) as usize
    }

    #[inline]
    fn get(&self, w: &str) -> u32 {
        let b = w.as_bytes();
        if b.is_empty() {
            return 0;
        }
        if b.len() < 8 {
            let key = pack_short(b);
            let mask = self.short_keys.len() - 1;
            let mut i = (key.wrapping_mul(HASH_MUL) >> self.short_shift) as usize;
            loop {
                match self.short_keys.get(i) {
                    Some(&k) if k == key => return self.short_flags.get(i).copied().unwrap_or(0),
                    Some(0) | None => return 0,
                    Some(_) => i = (i + 1) & mask,
                }
            }
        }
        if b.len() > 16 {
            return self.long.get(w).copied().unwrap_or(0);
        }
        let (lo, hi) = pack_mid(b);
        let len = b.len() as u32;
        let mask = self.mid.len() - 1;
        let mut i = self.mid_slot(lo, hi, len);
        loop {
            let Some(slot) = self.mid.get(i) else {
                return 0;
            };
            if slot.2 == 0 {
                return 0;
            }
            if slot.0 == lo && slot.1 == hi && slot.2 == len {
                return slot.3;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Which word lists `w` belongs to (`F_*` bits), with one lookup.
fn word_flags(w: &str) -> u32 {
    static CELL: OnceLock<WordTable> = OnceLock::new();
    let table = CELL.get_or_init(|| {
        let mut words = Vec::new();
        for (list, bit) in [
            (STOP_WORDS, F_STOP),
            (DETERMINERS, F_DETERMINER),
            (PLATFORM_DOMAINS, F_PLATFORM),
            (HARD_WORDS, F_HARD),
            (SOFT_WORDS, F_SOFT),
            (CONNECTORS, F_CONNECTOR),
            (TITLE_CORE, F_TITLE_CORE),
            (TITLE_WEAK, F_TITLE_WEAK),
            (PRONOUNS, F_PRONOUN),
            (THIRD_PARTY_NAMES, F_THIRD_NAME),
            (THIRD_PARTY_DOMAINS, F_THIRD_LABEL),
            (LABEL_AFFIXES, F_LABEL_AFFIX),
            (LABEL_PREFIXES, F_LABEL_PREFIX),
            (SLD_GENERIC, F_SLD_GENERIC),
            (GTLDS, F_GTLD),
            (CCTLDS, F_CCTLD),
            (FAKE_DOMAINS, F_FAKE_DOMAIN),
            (SUFFIX_CI, F_SUFFIX_CI),
            (SUFFIX_CS, F_SUFFIX_CS),
            (COMPANY_TERMS, F_COMPANY_TERM),
        ] {
            for w in list.split_whitespace() {
                words.push((w, bit));
            }
        }
        WordTable::build(&words)
    });
    table.get(w)
}

/// Length in bytes of the longest case-sensitive legal suffix.
fn suffix_cs_max_len() -> usize {
    static CELL: OnceLock<usize> = OnceLock::new();
    *CELL.get_or_init(|| {
        SUFFIX_CS
            .split_whitespace()
            .map(str::len)
            .max()
            .unwrap_or(0)
    })
}

fn phrase_list(
    cell: &'static OnceLock<Vec<&'static str>>,
    phrases: &'static str,
) -> &'static [&'static str] {
    cell.get_or_init(|| {
        phrases
            .split('|')
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect()
    })
}

macro_rules! set_fn {
    ($name:ident, $bit:ident) => {
        fn $name(w: &str) -> bool {
            word_flags(w) & $bit != 0
        }
    };
}

macro_rules! phrases_fn {
    ($name:ident, $list:ident) => {
        fn $name() -> &'static [&'static str] {
            static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
            phrase_list(&CELL, $list)
        }
    };
}

set_fn!(is_stop, F_STOP);
set_fn!(is_platform_domain, F_PLATFORM);
set_fn!(is_hard, F_HARD);
set_fn!(is_soft_word, F_SOFT);
set_fn!(is_connector, F_CONNECTOR);
set_fn!(is_title_core, F_TITLE_CORE);
set_fn!(is_title_weak, F_TITLE_WEAK);
set_fn!(is_pronoun, F_PRONOUN);
set_fn!(is_third_party_name, F_THIRD_NAME);
set_fn!(is_third_party_label, F_THIRD_LABEL);
set_fn!(is_label_affix, F_LABEL_AFFIX);
set_fn!(is_label_prefix, F_LABEL_PREFIX);
set_fn!(is_sld_generic, F_SLD_GENERIC);
set_fn!(is_gtld, F_GTLD);
set_fn!(is_cctld, F_CCTLD);
set_fn!(is_fake_domain, F_FAKE_DOMAIN);
set_fn!(is_suffix_ci, F_SUFFIX_CI);
set_fn!(is_suffix_cs, F_SUFFIX_CS);
phrases_fn!(def_cues, DEF_CUES);
phrases_fn!(dba_cues, DBA_CUES);
phrases_fn!(hereinafter_cues, HEREINAFTER_CUES);
phrases_fn!(owner_after_cues, OWNER_AFTER_CUES);
phrases_fn!(owner_before_cues, OWNER_BEFORE_CUES);

fn is_company_term(s: &str) -> bool {
    let l = s.to_lowercase();
    let l = l.trim();
    let stripped = ["the ", "la ", "le ", "die ", "das ", "el ", "il "]
        .iter()
        .find_map(|a| l.strip_prefix(a))
        .unwrap_or(l);
    word_flags(stripped) & F_COMPANY_TERM != 0
}

fn is_generic_word(lower: &str) -> bool {
    is_hard(lower) || is_soft_word(lower) || is_stop(lower) || is_connector(lower)
}

// ---------------------------------------------------------------------------
// Small string helpers
// ---------------------------------------------------------------------------

/// Largest char boundary `<= i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' | 'ţ' => 't',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'æ' => {
            out.push_str("ae");
            return;
        }
        'œ' => {
            out.push_str("oe");
            return;
        }
        other => other,
    };
    out.push(base);
}

/// Comparison key: lowercase alphanumerics, accents folded, "&" read as "and".
fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    norm_key_into(s, &mut out);
    out
}

/// Appends `norm_key(s)` to `out`.
fn norm_key_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        for b in s.bytes() {
            if b == b'&' {
                out.push_str("and");
            } else if b.is_ascii_alphanumeric() {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return;
    }
    for c in s.chars() {
        if c == '&' {
            out.push_str("and");
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                fold_char(l, out);
            }
        }
    }
}

fn strip_the(key: &str) -> &str {
    match key.strip_prefix("the") {
        Some(rest) if rest.len() >= 3 => rest,
        _ => key,
    }
}

fn has_upper(s: &str) -> bool {
    s.chars().any(char::is_uppercase)
}

fn has_lower(s: &str) -> bool {
    s.chars().any(char::is_lowercase)
}

fn is_all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !has_lower(s)
}

/// Starts like a name: capital letter, digit followed by capitals, or "iPage".
fn is_cap_word(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_uppercase() {
        return true;
    }
    if first.is_numeric() {
        return s.chars().any(char::is_uppercase);
    }
    if first.is_lowercase() {
        return chars.any(char::is_uppercase);
    }
    false
}

fn is_numeric_word(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit()) && !s.chars().any(char::is_alphabetic)
}

/// CamelCase, ALL-CAPS, or letters with digits: unlikely to be an ordinary word.
fn is_distinctive(s: &str) -> bool {
    let camel = has_lower(s) && s.chars().skip(1).any(char::is_uppercase);
    let digits = s.chars().any(|c| c.is_ascii_digit()) && s.chars().any(char::is_alphabetic);
    camel || digits || is_all_caps(s)
}

fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && !s.contains(' ')
        && !has_lower(s)
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '&' || c == '.')
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '‚' | '「' | '」' | '『' | '』'
    )
}

/// Removes a possessive ending ("Dotster's" -> "Dotster").
fn strip_possessive(s: &str) -> (&str, bool) {
    for suf in ["'s", "’s", "'S", "’S"] {
        if let Some(base) = s.strip_suffix(suf) {
            if !base.is_empty() {
                return (base, true);
            }
        }
    }
    (s, false)
}

/// True when every word of `s` is generic (or `s` has no word at all).
fn all_generic(s: &str) -> bool {
    s.split(|c: char| c.is_whitespace() || c == ',' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .all(|w| is_generic_word(&w.to_lowercase()) || is_numeric_word(w))
}

/// A well-known third party: the whole name or its first word ("Google Ireland Limited").
fn is_third_party(s: &str) -> bool {
    let k = norm_key(s);
    let first = s
        .split_whitespace()
        .next()
        .map(norm_key)
        .unwrap_or_default();
    is_third_party_name(&k)
        || is_third_party_label(&k)
        || (s.split_whitespace().count() > 1
            && (is_third_party_name(&first) || is_third_party_label(&first)))
}

// ---------------------------------------------------------------------------
// Domains
// ---------------------------------------------------------------------------

/// The registrable part of a host name ("kids.bobevans.com" -> "bobevans.com").
fn registrable(host: &str) -> Option<String> {
    let h = host.trim_matches('.').to_ascii_lowercase();
    if h.is_empty()
        || !h
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
    {
        return None;
    }
    let labels: Vec<&str> = h.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-'))
    {
        return None;
    }
    let n = labels.len();
    let tld = labels[n - 1];
    if tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let sld_generic = tld.len() == 2 && is_sld_generic(labels[n - 2]);
    let platform = n >= 3 && is_platform_domain(&labels[n - 2..].join("."));
    let take = if sld_generic || platform { 3 } else { 2 };
    if n < take {
        return None;
    }
    let first = labels[n - take];
    if first == "www"
        || !first
            .bytes()
            .any(|b| b.is_ascii_alphabetic() || b.is_ascii_digit())
    {
        return None;
    }
    Some(labels[n - take..].join("."))
}

/// The comparable label of a registrable domain ("a-z-animals.com" -> "azanimals").
fn domain_label(domain: &str) -> String {
    let first = domain.split('.').next().unwrap_or("");
    norm_key(first)
}

fn is_third_party_domain(domain: &str) -> bool {
    let first = domain.split('.').next().unwrap_or("");
    is_third_party_label(first) || is_third_party_label(&first.replace('-', ""))
}

/// A bare mention such as "acrcloud.com" or "BobEvans.com" (no scheme, no "@").
fn bare_domain(token: &str) -> Option<String> {
    let t = token.trim_matches(|c| c == '.' || c == '-');
    if !t.contains('.')
        || !t
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
    {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    if is_fake_domain(&lower) {
        return None;
    }
    let tld_raw = t.rsplit('.').next().unwrap_or("");
    // "website.It" is a missing space, not Italy.
    let tld_ok_case = tld_raw.bytes().all(|b| b.is_ascii_lowercase())
        || tld_raw.bytes().all(|b| b.is_ascii_uppercase());
    if !tld_ok_case {
        return None;
    }
    let tld = tld_raw.to_ascii_lowercase();
    let known = if tld.len() == 2 {
        is_cctld(&tld) && !matches!(tld.as_str(), "md" | "sh" | "py" | "rs" | "ps" | "so" | "mp")
    } else {
        is_gtld(&tld)
    };
    if !known {
        return None;
    }
    let first_label = lower.split('.').next().unwrap_or("");
    if first_label.len() < 2 && !lower.starts_with("www.") {
        return None;
    }
    registrable(&lower)
}

#[derive(Default)]
struct DomainStat {
    count: u32,
    first: usize,
    /// Bare mentions as written ("BobEvans.com"), for rendering the domain as a name.
    variants: HashMap<String, u32>,
}

#[derive(Default)]
struct DomainTally {
    stats: HashMap<String, DomainStat>,
    order: usize,
}

impl DomainTally {
    fn add(&mut self, domain: String, variant: Option<&str>) {
        self.order += 1;
        let order = self.order;
        let st = self.stats.entry(domain).or_insert_with(|| DomainStat {
            first: order,
            ..DomainStat::default()
        });
        st.count += 1;
        if let Some(v) = variant {
            if st.variants.len() < 16 || st.variants.contains_key(v) {
                *st.variants.entry(v.to_string()).or_insert(0) += 1;
            }
        }
    }

    /// Domains by count (then first mention), third parties last.
    fn ranked(&self) -> Vec<(String, u32, bool)> {
        let mut v: Vec<(&String, &DomainStat)> = self.stats.iter().collect();
        v.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.1.first.cmp(&b.1.first)));
        v.into_iter()
            .map(|(d, s)| (d.clone(), s.count, is_third_party_domain(d)))
            .collect()
    }
}

/// Collects web addresses, e-mail domains and bare domain mentions.
fn scan_domains(text: &str, tally: &mut DomainTally) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let is_host = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
    let mut i = 0;
    // Only maximal runs of host bytes with a dot in them can be hosts: find
    // each dot, then the run around it.
    while i < n {
        let Some(dot) = text.get(i..).and_then(|r| r.find('.')) else {
            break;
        };
        let mut start = i + dot;
        while start > 0 && is_host(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = i + dot;
        while end < n && is_host(bytes[end]) {
            end += 1;
        }
        i = end;
        // Runs glued to non-ASCII letters are parts of words, not hosts.
        let prev_char = text[..start].chars().next_back();
        let next_char = text[end..].chars().next();
        if prev_char.is_some_and(|c| !c.is_ascii() && c.is_alphanumeric())
            || next_char.is_some_and(|c| !c.is_ascii() && c.is_alphanumeric())
        {
            continue;
        }
        let run = text[start..end].trim_matches(|c| c == '.' || c == '-');
        if run.is_empty() || !run.contains('.') {
            continue;
        }
        if next_char == Some('@') {
            continue; // local part of an e-mail address
        }
        let before = &text[..start];
        if prev_char == Some('@') {
            // e-mail domain: needs a local part
            let local_ok = before[..before.len() - 1]
                .bytes()
                .next_back()
                .is_some_and(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b));
            if local_ok {
                if let Some(d) = registrable(run) {
                    tally.add(d, None);
                }
            }
            continue;
        }
        if before.ends_with("//") {
            let host = run.split(':').next().unwrap_or(run);
            if let Some(d) = registrable(host) {
                let shown = strip_www(run);
                let variant = (shown.eq_ignore_ascii_case(&d)).then_some(shown);
                tally.add(d, variant);
            }
            continue;
        }
        if matches!(prev_char, Some('/' | '?' | '=' | '&' | '%' | '#' | '\\')) {
            continue; // part of a path or query
        }
        if let Some(d) = bare_domain(run) {
            let shown = strip_www(run);
            let variant = (shown.eq_ignore_ascii_case(&d)).then_some(shown);
            tally.add(d, variant);
        }
    }
}

fn strip_www(s: &str) -> &str {
    match s.get(..4) {
        Some(head) if s.len() > 4 && head.eq_ignore_ascii_case("www.") => &s[4..],
        _ => s,
    }
}

fn normalize_host(h: &str) -> Option<String> {
    let h = h.trim().trim_end_matches('.');
    let h = h.split(':').next().unwrap_or(h);
    if h.is_empty() || !h.is_ascii() {
        return None;
    }
    Some(strip_www(&h.to_ascii_lowercase()).to_string())
}

/// How well a name key matches a domain label: 3 exact, 2 with a generic affix, 0 none.
fn match_quality(key: &str, label: &str) -> u8 {
    if key.is_empty() || label.is_empty() {
        return 0;
    }
    if key == label || strip_the(key) == label {
        return 3;
    }
    let key = strip_the(key);
    if key.len() >= 3 {
        if let Some(rest) = label.strip_prefix(key) {
            if is_label_affix(rest) {
                return 2;
            }
        }
        if let Some(rest) = label.strip_suffix(key) {
            if is_label_prefix(rest) {
                return 2;
            }
        }
    }
    if label.len() >= 3 {
        if let Some(rest) = key.strip_prefix(label) {
            if is_label_affix(rest) {
                return 2;
            }
        }
    }
    0
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

#[derive(Clone)]
struct Tok<'a> {
    /// Token text, trimmed, possessive removed.
    s: &'a str,
    /// Byte range of `s` in the chunk.
    start: usize,
    end: usize,
    /// Line index within the chunk.
    line: usize,
    /// A '.' follows the token directly ("Inc.").
    dot: bool,
    /// The gap before is at most spaces with a comma or dot (", " in "Co., Ltd.").
    gap_simple: bool,
    initial: bool,
    ws_gap: bool,
    poss: bool,
    /// Lowercase form is a determiner ("the", "our", "die", ...).
    det: bool,
    /// Lowercase form is "the", "of", "corporation".
    the: bool,
    of: bool,
    corporation: bool,
    cap: bool,
    numeric: bool,
    stop: bool,
    hard: bool,
    soft: bool,
    conn: bool,
    dom: bool,
    /// Part of a legal suffix ("Inc", "Ltd").
    suffix: bool,
    /// `SFX_*` bits: how the token can be part of a legal suffix.
    sfx: u8,
}

impl Tok<'_> {
    /// Can be part of a name run.
    fn name(&self) -> bool {
        self.cap && !self.dom && !self.hard && !self.stop && !self.suffix
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’' | '&')
}

struct LineInfo {
    start: usize,
    heading: bool,
}

fn line_infos(chunk: &str, title_key: &str) -> (Vec<LineInfo>, Vec<bool>) {
    let mut lines = Vec::new();
    let mut pos = 0;
    for l in chunk.split('\n') {
        lines.push((pos, l));
        pos += l.len() + 1;
    }
    let trimmed: Vec<&str> = lines.iter().map(|(_, l)| l.trim()).collect();
    let mut wrapped = vec![false; lines.len()];
    for i in 0..lines.len() {
        let t = trimmed[i];
        let next = trimmed.get(i + 1).copied().unwrap_or("");
        if next.is_empty() || !at_least_chars(t, 40) {
            continue;
        }
        let last = t.chars().next_back();
        let open_end = !matches!(last, Some('.' | '!' | '?' | ':' | ';' | '|' | '*' | '#'));
        if !open_end {
            continue;
        }
        // Hard-wrapped prose: the next line goes on in lower case, or this
        // line stops on a lower-case word in the middle of a sentence.
        let next_lower = next.starts_with(|c: char| c.is_lowercase());
        wrapped[i] = next_lower || {
            let last_word_lower = t
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
            last_word_lower && t.split_whitespace().nth(5).is_some()
        };
    }
    let mut infos = Vec::with_capacity(lines.len());
    let mut key_buf = String::new();
    for (i, (start, _)) in lines.iter().enumerate() {
        let t = trimmed[i].trim_start_matches(['#', '*', '-', '>', ' ', '|']);
        // Words, counted up to 25 (every test below looks at most that far).
        let (words, cap_words) = count_words_25(t);
        let last = t.trim_end_matches(['*', ' ', '|']).chars().next_back();
        let prev_wrapped = i > 0 && wrapped[i - 1];
        let open_last = !matches!(last, Some('.' | '!' | '?' | ',' | ';'));
        let short_head = words <= 10 && open_last && !wrapped[i] && !prev_wrapped;
        // "Learn English - Learn English as a Second Language - ESL"
        let title_case =
            words <= 16 && cap_words * 2 > words && open_last && !wrapped[i] && !prev_wrapped;
        let heading = short_head
            || title_case
            || trimmed[i].starts_with('#')
            || (words >= 3 && !has_lower(t) && t.chars().any(char::is_alphabetic))
            || (!title_key.is_empty() && words <= 24 && norm_key_is(t, title_key, &mut key_buf));
        infos.push(LineInfo {
            start: *start,
            heading,
        });
    }
    (infos, wrapped)
}

/// Words of `t` (split at whitespace) counted up to 25, and how many of the
/// first 24 are `is_cap_word`.
fn count_words_25(t: &str) -> (usize, usize) {
    let mut words = 0usize;
    let mut cap_words = 0usize;
    // Byte-level while the words are ASCII; ASCII whitespace as
    // `char::is_whitespace` knows it. Anything else: the general path.
    let is_ws = |b: u8| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
    let bytes = t.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        if is_ws(bytes[i]) {
            i += 1;
            continue;
        }
        let a = i;
        let mut upper = false;
        while i < n && !is_ws(bytes[i]) {
            if bytes[i] >= 0x80 {
                return count_words_25_chars(t);
            }
            upper |= bytes[i].is_ascii_uppercase();
            i += 1;
        }
        words += 1;
        if words > 24 {
            break;
        }
        // `is_cap_word` for ASCII: a capital first, or a digit or small
        // letter first with a capital somewhere.
        let f = bytes[a];
        if f.is_ascii_uppercase() || (f.is_ascii_alphanumeric() && upper) {
            cap_words += 1;
        }
    }
    (words, cap_words)
}

/// `count_words_25` for any text.
fn count_words_25_chars(t: &str) -> (usize, usize) {
    let mut words = 0usize;
    let mut cap_words = 0usize;
    for w in t.split_whitespace() {
        words += 1;
        if words > 24 {
            break;
        }
        if is_cap_word(w) {
            cap_words += 1;
        }
    }
    (words, cap_words)
}

/// `s.chars().count() >= n`, without counting further than needed.
fn at_least_chars(s: &str, n: usize) -> bool {
    if s.len() < n {
        return false;
    }
    if s.len() >= 4 * n {
        return true;
    }
    s.chars().nth(n - 1).is_some()
}

/// `norm_key(s) == key`, reusing `buf` and giving up once the key is too long.
fn norm_key_is(s: &str, key: &str, buf: &mut String) -> bool {
    buf.clear();
    for c in s.chars() {
        let done = buf.len();
        if c == '&' {
            buf.push_str("and");
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                fold_char(l, buf);
            }
        }
        if key.as_bytes().get(done..buf.len()) != Some(&buf.as_bytes()[done..]) {
            return false;
        }
    }
    buf.len() == key.len()
}

/// What lies between two tokens, read in one pass.
struct Gap {
    newlines: usize,
    /// Only whitespace (and not empty).
    ws: bool,
    /// Contains sentence or list punctuation.
    punct: bool,
    /// Only whitespace, commas and dots, at most two of the latter.
    simple: bool,
}

fn gap_info(gap: &str) -> Gap {
    if gap == " " {
        return Gap {
            newlines: 0,
            ws: true,
            punct: false,
            simple: true,
        };
    }
    let mut newlines = 0;
    let mut ws = !gap.is_empty();
    let mut punct = false;
    let mut simple_chars = true;
    let mut marks = 0;
    for c in gap.chars() {
        if c == '\n' {
            newlines += 1;
        }
        let w = c.is_whitespace();
        if !w {
            ws = false;
            marks += 1;
            if c != ',' && c != '.' {
                simple_chars = false;
            }
        }
        if matches!(c, '.' | '!' | '?' | ';' | ':' | '|' | '•' | '·') {
            punct = true;
        }
    }
    Gap {
        newlines,
        ws,
        punct,
        simple: simple_chars && marks <= 2,
    }
}

/// `s.to_lowercase()` for long text: ASCII runs are lowercased in bulk and
/// only other characters one by one. A capital sigma lowercases by its
/// context (word-final ς), so text with one takes the standard path.
fn to_lowercase_text(s: &str) -> String {
    if s.contains('\u{3a3}') {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let mut chars = rest.chars();
        match chars.next() {
            Some(c) => {
                out.extend(c.to_lowercase());
                rest = chars.as_str();
            }
            None => break,
        }
    }
    out
}

/// `s.to_lowercase()`, borrowed when that changes nothing.
fn lower_cow(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

const SFX_SINGLE: u8 = 1;
const SFX_FOLLOWER: u8 = 2;
const SFX_CO: u8 = 4;

/// How a token can take part in a legal suffix (`SFX_*` bits).
fn suffix_class(
    s: &str,
    lower: &str,
    lower_is_s: bool,
    has_dot: bool,
    lower_flags: u32,
    cap: bool,
) -> u8 {
    // Without dots, the dotless form is `s` and its lowercase is `lower`.
    let (dotless, dl, dl_flags): (Cow<str>, Cow<str>, u32) = if has_dot {
        let d: String = s.chars().filter(|&c| c != '.').collect();
        let l = d.to_lowercase();
        let f = word_flags(&l);
        (Cow::Owned(d), Cow::Owned(l), f)
    } else {
        (Cow::Borrowed(s), Cow::Borrowed(lower), lower_flags)
    };
    let co = dotless == "Co" || dotless == "CO";
    let single = if dl_flags & F_SUFFIX_CI != 0 {
        // "limited" in running text ("not limited to") has no capital.
        dl != "limited" || cap
    } else {
        // "Co." needs its dot (or another suffix after it).
        let cs = if !has_dot && lower_is_s {
            lower_flags & F_SUFFIX_CS != 0
        } else {
            dotless.len() <= suffix_cs_max_len() && is_suffix_cs(&dotless)
        };
        cs || co
    };
    let follower = matches!(&*dl, "pty" | "sdn" | "pte" | "pvt" | "private");
    let mut class = 0;
    if single {
        class |= SFX_SINGLE;
    }
    if follower {
        class |= SFX_FOLLOWER;
    }
    if co {
        class |= SFX_CO;
    }
    class
}

/// Splits a chunk into tokens. Also returns where each run of letters and
/// digits starts (a letter or digit with none right before it), the only
/// places a cue phrase can start.
fn tokenize<'a>(
    chunk: &'a str,
    lines: &[LineInfo],
    wrapped: &[bool],
) -> (Vec<Tok<'a>>, Vec<usize>) {
    let mut toks: Vec<Tok<'a>> = Vec::with_capacity(chunk.len() / 5 + 1);
    let mut starts: Vec<usize> = Vec::with_capacity(chunk.len() / 5 + 1);
    let mut prev_alnum = false;
    let mut line = 0usize;
    let mut prev_end = 0usize;
    let bytes = chunk.as_bytes();
    let n = bytes.len();
    let mut lower_buf = String::new();
    let char_at = |p: usize| chunk.get(p..).and_then(|r| r.chars().next());
    let mut p = 0;
    while p < n {
        // Skip to the next word character.
        let b0 = bytes[p];
        if b0 < 0x80 {
            if !is_word_char(char::from(b0)) {
                prev_alnum = false;
                p += 1;
                continue;
            }
        } else {
            let Some(c) = char_at(p) else {
                prev_alnum = false;
                p += 1;
                continue;
            };
            if !is_word_char(c) {
                prev_alnum = false;
                p += c.len_utf8();
                continue;
            }
        }
        // The run of word characters; `plain` while it is ASCII letters and digits.
        let a = p;
        let mut plain = true;
        let mut has_upper = false;
        let mut has_digit = false;
        let mut has_alpha = false;
        while p < n {
            let b = bytes[p];
            if b.is_ascii_alphanumeric() {
                if !prev_alnum {
                    starts.push(p);
                    prev_alnum = true;
                }
                has_upper |= b.is_ascii_uppercase();
                has_digit |= b.is_ascii_digit();
                has_alpha |= b.is_ascii_alphabetic();
                p += 1;
            } else if b < 0x80 {
                if !is_word_char(char::from(b)) {
                    break;
                }
                prev_alnum = false;
                plain = false;
                p += 1;
            } else {
                match char_at(p) {
                    Some(c) if is_word_char(c) => {
                        let alnum = c.is_alphanumeric();
                        if alnum && !prev_alnum {
                            starts.push(p);
                        }
                        prev_alnum = alnum;
                        plain = false;
                        p += c.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        let raw = &chunk[a..p];
        let (lead, inner) = if plain {
            (0, raw)
        } else {
            let inner = raw.trim_start_matches(['-', '.', '\'', '’']);
            let lead = raw.len() - inner.len();
            (lead, inner.trim_end_matches(['-', '.', '\'', '’']))
        };
        if inner.is_empty() {
            continue;
        }
        let start = a + lead;
        let end = start + inner.len();
        while line + 1 < lines.len() && lines[line + 1].start <= start {
            line += 1;
        }
        let g = gap_info(&chunk[prev_end..start]);
        let newlines = g.newlines;
        let first = toks.is_empty();
        let prev_line = toks.last().map_or(0, |t| t.line);
        let joined_line = newlines == 1 && wrapped.get(prev_line).copied().unwrap_or(false);
        let ws_gap = !first && g.ws && (newlines == 0 || joined_line);
        let prev_numeric_first = toks
            .last()
            .is_some_and(|t| t.numeric && (toks.len() == 1 || toks[toks.len() - 2].line != t.line));
        let initial = first || g.punct || (newlines > 0 && !joined_line) || prev_numeric_first;
        let (s, poss, cap, numeric, dom, has_dot);
        let owned_lower: String;
        // `s.to_lowercase()`; `same` when that is `s` itself.
        let (lower, same): (&str, bool) = if plain {
            // ASCII letters and digits only: no possessive, no dot, and a
            // capital anywhere makes it a name-like word.
            s = inner;
            poss = false;
            cap = has_upper;
            numeric = has_digit && !has_alpha;
            dom = false;
            has_dot = false;
            if has_upper {
                lower_buf.clear();
                lower_buf.push_str(s);
                lower_buf.make_ascii_lowercase();
                (&lower_buf, false)
            } else {
                (s, true)
            }
        } else {
            (s, poss) = strip_possessive(inner);
            cap = is_cap_word(s);
            numeric = is_numeric_word(s);
            has_dot = s.contains('.');
            let (l, same) = match lower_cow(s) {
                Cow::Borrowed(l) => (l, true),
                Cow::Owned(l) => {
                    owned_lower = l;
                    (owned_lower.as_str(), false)
                }
            };
            dom = has_dot && (bare_domain(s).is_some() || l.starts_with("www."));
            (l, same)
        };
        let flags = word_flags(lower);
        let dot = bytes.get(end) == Some(&b'.');
        let gap_simple = !first && newlines == 0 && g.simple;
        let sfx = suffix_class(s, lower, same, has_dot, flags, cap);
        toks.push(Tok {
            s,
            start,
            end: start + s.len(),
            line,
            dot,
            gap_simple,
            initial,
            ws_gap,
            poss,
            stop: flags & F_STOP != 0,
            hard: flags & F_HARD != 0,
            soft: flags & F_SOFT != 0,
            conn: flags & F_CONNECTOR != 0,
            det: flags & F_DETERMINER != 0,
            the: lower == "the",
            of: lower == "of",
            corporation: lower == "corporation",
            cap,
            numeric,
            dom,
            suffix: false,
            sfx,
        });
        prev_end = end;
    }
    (toks, starts)
}

/// Legal forms written before the name ("PT Maju Jaya", "ООО «Ромашка»").
fn is_prefix_form(s: &str) -> bool {
    matches!(
        s,
        "PT" | "CV" | "ООО" | "ОАО" | "ЗАО" | "АО" | "ПАО" | "ТОВ" | "ИП"
    )
}

/// Number of tokens forming a legal suffix starting at `i` (0 when none).
fn suffix_len(toks: &[Tok], i: usize) -> usize {
    let single = |k: usize| -> bool { toks[k].sfx & SFX_SINGLE != 0 };
    let needs_follower = |k: usize| -> bool { toks[k].sfx & SFX_FOLLOWER != 0 };
    if i >= toks.len() {
        return 0;
    }
    let mut k = i;
    let mut len = 0;
    loop {
        if k >= toks.len() || (k > i && !toks[k].gap_simple) {
            break;
        }
        if needs_follower(k) {
            if k + 1 < toks.len() && toks[k + 1].gap_simple && single(k + 1) {
                k += 2;
                len = k - i;
                continue;
            }
            break;
        }
        if toks[k].s == "&"
            && k + 1 < toks.len()
            && toks[k + 1].s.trim_end_matches('.') == "Co"
            && len > 0
        {
            k += 2;
            len = k - i;
            continue;
        }
        if single(k) {
            let is_co = toks[k].sfx & SFX_CO != 0;
            if is_co && len == 0 {
                // "Co" must be "Co." or be followed by another suffix.
                let followed =
                    k + 1 < toks.len() && single(k + 1) && !toks[k + 1].s.starts_with("Co");
                if !followed && !toks[k].dot {
                    break;
                }
            }
            k += 1;
            len = k - i;
            continue;
        }
        break;
    }
    len
}

// ---------------------------------------------------------------------------
// Scan results
// ---------------------------------------------------------------------------

#[derive(Default)]
struct CandStat {
    variants: HashMap<String, u32>,
    body: u32,
    /// Mentions after "the", "our", ...: a thing rather than an organisation.
    det: u32,
    noninitial: u32,
    total: u32,
    first: usize,
    distinctive: bool,
}

#[derive(Default)]
struct SpanMatch {
    quality: u8,
    variants: HashMap<String, u32>,
    total: u32,
    body: u32,
    first: usize,
}

#[derive(Clone, Debug)]
struct Legal {
    full: String,
    core: String,
    core_key: String,
    pos: usize,
}

#[derive(Clone, Debug)]
struct Def {
    name: String,
    legal: Option<String>,
    strong: bool,
    /// 4: pronoun or doing-business-as; 2: other defining cue; 1: short form only.
    weight: u32,
    /// "(collectively ...)": the legal name before it is one of several.
    collective: bool,
    pos: usize,
}

#[derive(Clone, Debug)]
struct Owner {
    name: String,
    legal: Option<String>,
    pos: usize,
}

struct Label {
    domain: String,
    key: String,
}

#[derive(Default)]
struct Scan {
    cands: HashMap<String, CandStat>,
    spans: HashMap<(usize, String), SpanMatch>,
    legal: Vec<Legal>,
    defs: Vec<Def>,
    owners: Vec<Owner>,
    acronyms: HashMap<String, String>,
    order: usize,
    /// Words inside sentences, and how many of them are capitalised.
    mid_words: usize,
    mid_caps: usize,
    /// `norm_key` of the title: a line equal to it is a heading.
    title_key: String,
}

const MAX_CHUNK: usize = 64 * 1024;
const MAX_RECORDS: usize = 4096;

/// Splits the text into chunks of at most about `MAX_CHUNK` bytes, at line
/// ends where possible, otherwise at whitespace or a char boundary.
fn chunks(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let rest = &text[pos..];
        if rest.len() <= MAX_CHUNK {
            out.push((pos, rest));
            break;
        }
        let limit = floor_boundary(rest, MAX_CHUNK);
        let window = &rest[..limit];
        let cut = window
            .rfind('\n')
            .filter(|&c| c > MAX_CHUNK / 4)
            .map(|c| c + 1)
            .or_else(|| {
                window
                    .rfind(char::is_whitespace)
                    .filter(|&c| c > MAX_CHUNK / 4)
                    .map(|c| c + 1)
            })
            .unwrap_or(limit.max(1));
        let cut = floor_boundary(rest, cut).max(rest.chars().next().map_or(1, char::len_utf8));
        out.push((pos, &rest[..cut]));
        pos += cut;
    }
    out
}

impl Scan {
    /// The organisation the text names most often in running text, with
    /// how often: not a well-known third party, nor a thing ("the Site").
    fn most_named(&self) -> Option<(String, u32)> {
        // Languages that capitalise every noun (German) need stronger evidence.
        let noun_caps = self.mid_caps * 100 > self.mid_words * 22;
        let legal_keys: HashSet<&str> = self.legal.iter().map(|l| l.core_key.as_str()).collect();
        let (_, s) = self
            .cands
            .iter()
            .filter(|(k, s)| {
                let legal = legal_keys.contains(k.as_str());
                (s.body >= 3 || (legal && s.body >= 2))
                    && (s.det * 2 < s.body || legal)
                    && (!noun_caps || s.distinctive || legal)
                    && (s.noninitial >= 1 || s.distinctive)
                    && !is_third_party_name(k)
                    && !is_third_party_label(k)
                    && !is_generic_word(k)
            })
            .max_by(|a, b| a.1.body.cmp(&b.1.body).then(b.1.first.cmp(&a.1.first)))?;
        best_variant(&s.variants).map(|v| (v, s.body))
    }

    fn next_order(&mut self) -> usize {
        self.order += 1;
        self.order
    }

    fn scan_chunk(&mut self, chunk: &str, base: usize, labels: &[Label]) {
        let (lines, wrapped) = line_infos(chunk, &self.title_key);
        let (mut toks, word_starts) = tokenize(chunk, &lines, &wrapped);
        for t in toks.iter().filter(|t| !t.initial) {
            if t.s.starts_with(char::is_alphabetic) {
                self.mid_words += 1;
                if t.cap {
                    self.mid_caps += 1;
                }
            }
        }
        let legal_by_end = self.scan_legal(chunk, base, &mut toks);
        let run_by_end = self.scan_runs(chunk, base, &toks, &lines, labels);
        let ctx = Ctx {
            chunk,
            base,
            toks: &toks,
            legal_by_end: &legal_by_end,
            run_by_end: &run_by_end,
        };
        self.scan_parens(&ctx);
        static CUES: OnceLock<CueTable> = OnceLock::new();
        let cues = CUES.get_or_init(|| {
            CueTable::new(&[
                dba_cues(),
                hereinafter_cues(),
                owner_after_cues(),
                owner_before_cues(),
            ])
        });
        let hits = cues.find(chunk, &word_starts);
        self.scan_dba_cues(&ctx, cues, &hits);
        self.scan_owner_cues(&ctx, cues, &hits);
    }

    /// Finds "Name Inc." style legal names; marks suffix tokens.
    fn scan_legal(&mut self, chunk: &str, base: usize, toks: &mut [Tok]) -> HashMap<usize, usize> {
        let mut by_end = HashMap::default();
        let mut i = 0;
        while i < toks.len() {
            // Indonesian "PT Name" prefix.
            let prefix_gap_ok = |k: usize| {
                k < toks.len()
                    && chunk[toks[k - 1].end..toks[k].start]
                        .chars()
                        .all(|c| c == ' ' || is_quote(c))
                    && toks[k].start > toks[k - 1].end
            };
            if is_prefix_form(toks[i].s) && prefix_gap_ok(i + 1) && toks[i + 1].name() {
                let mut j = i + 1;
                while j + 1 < toks.len()
                    && toks[j + 1].ws_gap
                    && !toks[j].poss
                    && (toks[j + 1].name()
                        || (toks[j + 1].conn && j + 2 < toks.len() && toks[j + 2].name()))
                    && j - i < 6
                {
                    j += 1;
                }
                let mut last = j;
                if j + 1 < toks.len()
                    && toks[j + 1].ws_gap
                    && toks[j + 1].s.eq_ignore_ascii_case("tbk")
                {
                    last = j + 1;
                    toks[j + 1].suffix = true;
                }
                let core = &chunk[toks[i + 1].start..toks[j].end];
                let mut full_end = toks[last].end;
                // ООО «Ромашка»: keep the closing quote.
                if let Some(q) = chunk[full_end..].chars().next().filter(|&c| is_quote(c)) {
                    if chunk[toks[i].end..toks[i + 1].start].contains(is_quote) {
                        full_end += q.len_utf8();
                    }
                }
                let full = &chunk[toks[i].start..full_end];
                if !all_generic(core) {
                    self.push_legal(full, core, base + toks[i].start);
                    by_end.insert(last, self.legal.len() - 1);
                }
                toks[i].suffix = true;
                i = last + 1;
                continue;
            }
            let len = suffix_len(toks, i);
            if len == 0 || i == 0 {
                i += 1;
                continue;
            }
            // Gap between core and suffix: spaces or ", ".
            let gap = &chunk[toks[i - 1].end..toks[i].start];
            let gap_ok = toks[i].ws_gap
                || (gap.trim_start().starts_with(',')
                    && gap.trim_start()[1..].chars().all(char::is_whitespace)
                    && !gap.contains('\n')
                    && gap.starts_with(','));
            let core_tok = |t: &Tok| t.cap && !t.hard && !t.stop && !t.dom;
            let adjacent_ok = core_tok(&toks[i - 1]) || toks[i - 1].dom;
            if !gap_ok || !adjacent_ok || toks[i - 1].poss {
                i += len.max(1);
                continue;
            }
            let mut k = i - 1;
            let mut count = 1;
            while k > 0 && count < 6 && toks[k].ws_gap && !toks[k].dom {
                let p = &toks[k - 1];
                let name_tok = core_tok(p) && !p.poss && !p.suffix;
                let joiner =
                    (p.conn || p.numeric) && k >= 2 && toks[k - 1].ws_gap && core_tok(&toks[k - 2]);
                if !(name_tok || joiner) {
                    break;
                }
                k -= 1;
                count += 1;
            }
            while k < i - 1 && (toks[k].conn || toks[k].numeric) {
                k += 1;
            }
            let last = i + len - 1;
            // "Sony Corporation of America".
            let mut full_end = toks[last].end;
            let mut extra_last = last;
            if toks[last].corporation
                && last + 2 < toks.len()
                && toks[last + 1].of
                && toks[last + 1].ws_gap
                && toks[last + 2].ws_gap
                && toks[last + 2].name()
            {
                extra_last = last + 2;
                full_end = toks[last + 2].end;
            }
            let abbreviated = {
                let d: String = toks[last].s.chars().filter(|&c| c != '.').collect();
                let dl = d.to_lowercase();
                matches!(
                    dl.as_str(),
                    "inc" | "ltd" | "co" | "corp" | "bhd" | "pty" | "plc" | "ltda" | "lda"
                ) || toks[last].s.contains('.')
            };
            if extra_last == last && abbreviated && chunk[full_end..].starts_with('.') {
                full_end += 1;
            }
            let core = &chunk[toks[k].start..toks[i - 1].end];
            let full = &chunk[toks[k].start..full_end];
            for t in toks.iter_mut().take(last + 1).skip(i) {
                t.suffix = true;
            }
            if !all_generic(core) && !is_third_party(core) {
                self.push_legal(full, core, base + toks[k].start);
                by_end.insert(last, self.legal.len() - 1);
                if extra_last != last {
                    by_end.insert(extra_last, self.legal.len() - 1);
                }
            }
            i = extra_last + 1;
        }
        by_end
    }

    fn push_legal(&mut self, full: &str, core: &str, pos: usize) {
        if self.legal.len() >= MAX_RECORDS {
            return;
        }
        let full = collapse_ws(full);
        let core = collapse_ws(core);
        self.legal.push(Legal {
            core_key: norm_key(&core),
            full,
            core,
            pos,
        });
    }

    /// Capitalised runs: counted as candidates and matched against domain labels.
    fn scan_runs(
        &mut self,
        chunk: &str,
        base: usize,
        toks: &[Tok],
        lines: &[LineInfo],
        labels: &[Label],
    ) -> HashMap<usize, (usize, usize)> {
        let mut by_end = HashMap::default();
        let n = toks.len();
        let starter = |i: usize| -> bool {
            let t = &toks[i];
            if t.name() {
                return true;
            }
            // "The" or "A" inside a sentence, followed by a name.
            let special = (t.the || t.s == "A") && t.cap && !t.initial;
            special && i + 1 < n && toks[i + 1].ws_gap && toks[i + 1].name()
        };
        let mut i = 0;
        while i < n {
            if !starter(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n && toks[j].ws_gap && !toks[j - 1].poss {
                if toks[j].name() {
                    j += 1;
                } else if toks[j].conn && j + 1 < n && toks[j + 1].ws_gap && toks[j + 1].name() {
                    j += 2;
                } else if toks[j].conn
                    && !toks[j].the
                    && j + 2 < n
                    && toks[j + 1].the
                    && toks[j + 1].ws_gap
                    && toks[j + 2].ws_gap
                    && toks[j + 2].name()
                {
                    j += 3;
                } else if toks[j].numeric && toks[j].s.len() <= 4 && toks[j - 1].name() {
                    j += 1;
                } else {
                    break;
                }
            }
            self.process_run(chunk, base, toks, i, j, lines, labels);
            by_end.insert(j - 1, (i, j));
            i = j;
        }
        by_end
    }

    #[allow(clippy::too_many_arguments)]
    fn process_run(
        &mut self,
        chunk: &str,
        base: usize,
        toks: &[Tok],
        i: usize,
        j: usize,
        lines: &[LineInfo],
        labels: &[Label],
    ) {
        let heading = lines.get(toks[i].line).is_some_and(|l| l.heading);
        // Domain matching over sub-spans.
        if !labels.is_empty() {
            for a in i..j {
                if toks[a].conn || toks[a].numeric {
                    continue;
                }
                let mut key = String::new();
                for b in a..j.min(a + 6) {
                    norm_key_into(toks[b].s, &mut key);
                    if toks[b].conn {
                        continue;
                    }
                    for (li, label) in labels.iter().enumerate() {
                        let q = match_quality(&key, &label.key);
                        if q == 0 {
                            continue;
                        }
                        let shown = &chunk[toks[a].start..toks[b].end];
                        let order = self.next_order();
                        let entry = self.spans.entry((li, key.clone())).or_default();
                        if entry.total == 0 {
                            entry.first = order;
                        }
                        entry.quality = entry.quality.max(q);
                        entry.total += 1;
                        if !heading {
                            entry.body += 1;
                        }
                        if entry.variants.len() < 16 || entry.variants.contains_key(shown) {
                            *entry.variants.entry(collapse_ws(shown)).or_insert(0) += 1;
                        }
                    }
                }
            }
        }
        // Candidate counting. "Correspondence Information" is a term, not a name.
        let followed_by_hard =
            j < toks.len() && toks[j].ws_gap && toks[j].hard && !toks[j - 1].poss;
        let preceded_by_hard = i > 0 && toks[i].ws_gap && toks[i - 1].hard && toks[i - 1].cap;
        if j - i > 5 || followed_by_hard || preceded_by_hard {
            return;
        }
        let det = i > 0 && toks[i].ws_gap && toks[i - 1].det;
        let mut a = i;
        if toks[a].the || toks[a].s == "A" {
            a += 1;
        }
        if a >= j {
            return;
        }
        let all_gen = toks[a..j]
            .iter()
            .all(|t| t.soft || t.hard || t.stop || t.conn || t.numeric);
        if all_gen {
            return;
        }
        let shown = collapse_ws(&chunk[toks[i].start..toks[j - 1].end]);
        let key = norm_key(&chunk[toks[a].start..toks[j - 1].end]);
        if key.len() < 2 {
            return;
        }
        let order = self.next_order();
        if self.cands.len() >= 200_000 && !self.cands.contains_key(&key) {
            return;
        }
        let st = self.cands.entry(key).or_default();
        if st.total == 0 {
            st.first = base + order;
            st.distinctive = j - a == 1 && is_distinctive(toks[a].s);
        }
        st.total += 1;
        if !heading {
            st.body += 1;
            if !toks[i].initial {
                st.noninitial += 1;
            }
            if det {
                st.det += 1;
            }
        }
        if st.variants.len() < 16 || st.variants.contains_key(&shown) {
            *st.variants.entry(shown).or_insert(0) += 1;
        }
    }

    /// `Name ("Short", "we", "us")` and `Full Name (ACRONYM)` definitions.
    fn scan_parens(&mut self, ctx: &Ctx) {
        let chunk = ctx.chunk;
        for (p, _) in chunk.match_indices('(') {
            if self.defs.len() >= MAX_RECORDS {
                break;
            }
            let window_end = floor_boundary(chunk, p + 1 + 300);
            let window = &chunk[p + 1..window_end];
            let Some(q) = window.find(')') else {
                continue;
            };
            let content = &window[..q];
            if content.contains('(') {
                continue;
            }
            let parsed = parse_def_content(content);
            if parsed.is_empty() {
                continue; // `decide_def` would find no name
            }
            let x = subject_before(ctx, &self.legal, p, false);
            if let Some(def) = self.decide_def(ctx, p, &parsed, x.as_ref()) {
                self.defs.push(def);
            }
        }
    }

    fn decide_def(
        &mut self,
        ctx: &Ctx,
        p: usize,
        parsed: &DefContent,
        x: Option<&Subject>,
    ) -> Option<Def> {
        let strong = parsed.pronoun || parsed.company_term || parsed.cue;
        let legal = x.and_then(|x| x.legal.clone());
        let x = x.filter(|x| !x.domain_form);
        let x_name = x.map(|x| x.name.clone());
        let name: Option<String> = match &parsed.short {
            Some(y) if is_acronym(y) => {
                let yk = norm_key(y);
                let x_init = x.map(|x| initials(&x.name)).unwrap_or_default();
                if x.is_some() && x_init == yk {
                    let full = x_name.clone().unwrap_or_default();
                    self.acronyms.insert(yk, full.clone());
                    Some(full)
                } else if x.is_some_and(|x| norm_key(&x.name).starts_with(&yk)) {
                    Some(y.clone())
                } else if let Some(exp) = expand_acronym(ctx, p, &yk) {
                    self.acronyms.insert(yk, exp.clone());
                    Some(exp)
                } else if strong && x.is_some() {
                    x_name.clone()
                } else if strong && parsed.quoted {
                    Some(y.clone())
                } else {
                    None
                }
            }
            Some(y) => {
                let related = x.is_some_and(|x| related_names(y, &x.name));
                if strong || related {
                    Some(y.clone())
                } else {
                    None
                }
            }
            None => {
                if parsed.pronoun || parsed.company_term {
                    x_name.clone()
                } else {
                    None
                }
            }
        };
        let name = name?;
        let has_hard = name.split_whitespace().any(|w| {
            let l = w.to_lowercase();
            is_hard(l.trim_matches(|c: char| !c.is_alphanumeric()))
        });
        if has_hard || all_generic(&name) || is_third_party(&name) || norm_key(&name).len() < 2 {
            return None;
        }
        let weight = if parsed.pronoun || parsed.dba {
            4
        } else if strong {
            2
        } else {
            1
        };
        Some(Def {
            name,
            legal,
            strong,
            weight,
            collective: parsed.collective,
            pos: ctx.base + p,
        })
    }

    /// "X d/b/a Y" and `X, hereinafter "Y"` outside parentheses.
    fn scan_dba_cues(&mut self, ctx: &Ctx, table: &CueTable, hits: &[(usize, usize)]) {
        let chunk = ctx.chunk;
        for &(k, c) in hits {
            let (cue, group) = table.cues[k];
            if group > 1 {
                continue;
            }
            if self.defs.len() >= MAX_RECORDS {
                return;
            }
            if inside_parens(chunk, c) {
                continue;
            }
            let needs_quote = group == 1;
            let after = c + cue.len();
            let Some(short) = name_after(ctx, after, needs_quote) else {
                continue;
            };
            let x = subject_before(ctx, &self.legal, c, true);
            let company = is_company_term(&short) || is_pronoun(&short.to_lowercase());
            let parsed = DefContent {
                short: if company { None } else { Some(short) },
                pronoun: false,
                company_term: company,
                cue: true,
                dba: !needs_quote,
                collective: false,
                quoted: true,
            };
            if let Some(def) = self.decide_def(ctx, c, &parsed, x.as_ref()) {
                self.defs.push(def);
            }
        }
    }

    /// "operated by X Inc.", "X owns and operates ...".
    fn scan_owner_cues(&mut self, ctx: &Ctx, table: &CueTable, hits: &[(usize, usize)]) {
        for &(k, c) in hits {
            let (cue, group) = table.cues[k];
            if group < 2 {
                continue;
            }
            if self.owners.len() >= MAX_RECORDS {
                return;
            }
            let subject = if group == 2 {
                subject_after(ctx, &self.legal, c + cue.len())
            } else {
                subject_before(ctx, &self.legal, c, true)
            };
            let Some(owner) = subject else {
                continue;
            };
            if is_third_party(&owner.name) || all_generic(&owner.name) || owner.domain_form {
                continue;
            }
            self.owners.push(Owner {
                name: owner.name,
                legal: owner.legal,
                pos: ctx.base + c,
            });
        }
    }
}

/// Lowercase cue phrases searched for in one pass over a chunk.
struct CueTable {
    /// (cue, group index), in the order the cues are to be handled.
    cues: Vec<(&'static str, usize)>,
    /// For each of the first four bytes, the bit set of cues having that
    /// byte there (a pre-filter; every cue is longer than four bytes).
    at: [[u64; 256]; 4],
}

impl CueTable {
    fn new(groups: &[&'static [&'static str]]) -> CueTable {
        let mut cues = Vec::new();
        for (g, list) in groups.iter().enumerate() {
            for cue in list.iter() {
                cues.push((*cue, g));
            }
        }
        let mut at = [[0u64; 256]; 4];
        for (k, (cue, _)) in cues.iter().enumerate() {
            let bytes = cue.as_bytes();
            if k >= 64 || bytes.len() < 4 {
                // Not expected: such a cue would need another search.
                continue;
            }
            for (i, row) in at.iter_mut().enumerate() {
                // Every byte value that `fold_flat` turns into the cue's byte.
                for v in 0..=255u8 {
                    if fold_flat(v) == bytes[i] {
                        row[usize::from(v)] |= 1 << k;
                    }
                }
            }
        }
        CueTable { cues, at }
    }

    /// Matches as `(cue index, byte offset)`, ordered by cue then offset:
    /// case-insensitive for ASCII, line breaks and tabs read as spaces
    /// (`lower_flat`), and only where no letter or digit comes right
    /// before. `starts` lists those places (every cue starts with a letter).
    /// No cue can overlap an earlier match of itself that starts after a
    /// word boundary, so this finds what `match_indices` would find and keep.
    fn find(&self, chunk: &str, starts: &[usize]) -> Vec<(usize, usize)> {
        let bytes = chunk.as_bytes();
        let n = bytes.len();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &p in starts {
            if p + 4 >= n {
                break;
            }
            let mut set = self.at[0][usize::from(bytes[p])]
                & self.at[1][usize::from(bytes[p + 1])]
                & self.at[2][usize::from(bytes[p + 2])]
                & self.at[3][usize::from(bytes[p + 3])];
            while set != 0 {
                let k = set.trailing_zeros() as usize;
                set &= set - 1;
                let cue = self.cues[k].0.as_bytes();
                let hit = bytes
                    .get(p..p + cue.len())
                    .is_some_and(|w| w.iter().zip(cue).all(|(&x, &y)| fold_flat(x) == y));
                if hit {
                    out.push((k, p));
                }
            }
        }
        out.sort_by_key(|&(k, _)| k);
        out
    }
}

/// One byte of `lower_flat`: ASCII lowercased, line breaks and tabs as spaces.
#[inline]
fn fold_flat(b: u8) -> u8 {
    match b {
        b'\n' | b'\r' | b'\t' => b' ',
        _ => b.to_ascii_lowercase(),
    }
}

/// What the per-chunk readers share.
struct Ctx<'c, 't> {
    chunk: &'c str,
    base: usize,
    toks: &'c [Tok<'t>],
    legal_by_end: &'c HashMap<usize, usize>,
    run_by_end: &'c HashMap<usize, (usize, usize)>,
}

fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// True when byte `c` sits inside an open parenthesis (within 300 bytes).
fn inside_parens(chunk: &str, c: usize) -> bool {
    let from = floor_boundary(chunk, c.saturating_sub(300));
    let before = &chunk[from..c];
    match (before.rfind('('), before.rfind(')')) {
        (Some(o), Some(cl)) => o > cl,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Initials of a name's capitalised words, connectors skipped ("University of Northern Iowa" -> "uni").
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .filter(|w| !is_connector(&w.to_lowercase()) && !is_stop(&w.to_lowercase()))
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Looks back from byte `p` for capitalised words whose initials spell `acr`.
fn expand_acronym(ctx: &Ctx, p: usize, acr: &str) -> Option<String> {
    let chunk = ctx.chunk;
    let toks = ctx.toks;
    let end = toks.partition_point(|t| t.end <= p);
    let lo = end.saturating_sub(80);
    let want: Vec<char> = acr.chars().collect();
    for s in (lo..end).rev() {
        if !toks[s].name() {
            continue;
        }
        let mut got = Vec::new();
        let mut k = s;
        let mut last = s;
        while k < end && got.len() < want.len() {
            let t = &toks[k];
            if k > s && !t.ws_gap {
                break;
            }
            if t.name() {
                got.extend(t.s.chars().next().into_iter().flat_map(char::to_lowercase));
                last = k;
            } else if !t.conn {
                break;
            }
            k += 1;
        }
        if got == want && last > s {
            return Some(collapse_ws(&chunk[toks[s].start..toks[last].end]));
        }
    }
    None
}

fn related_names(short: &str, full: &str) -> bool {
    let sk = norm_key(short);
    let fk = norm_key(full);
    if sk.len() < 2 {
        return false;
    }
    if fk.starts_with(&sk) || strip_the(&fk).starts_with(&sk) {
        return true;
    }
    let full_words: HashSet<String> = full.split_whitespace().map(norm_key).collect();
    short
        .split_whitespace()
        .map(norm_key)
        .all(|w| full_words.contains(&w))
}

struct Subject {
    name: String,
    legal: Option<String>,
    domain_form: bool,
}

fn run_subject(ctx: &Ctx, a: usize, b: usize) -> Option<Subject> {
    let toks = ctx.toks;
    let mut a = a;
    while a < b && (toks[a].the || toks[a].s == "A") {
        a += 1;
    }
    (a < b).then(|| Subject {
        name: collapse_ws(&ctx.chunk[toks[a].start..toks[b - 1].end]),
        legal: None,
        domain_form: false,
    })
}

/// The legal name or capitalised run ending just before byte `p`.
fn subject_before(ctx: &Ctx, legal: &[Legal], p: usize, allow_comma: bool) -> Option<Subject> {
    let toks = ctx.toks;
    let idx = toks.partition_point(|t| t.end <= p);
    if idx == 0 {
        return None;
    }
    let t = idx - 1;
    let gap = &ctx.chunk[toks[t].end..p];
    let gap_ok = gap.chars().all(|c| {
        c.is_whitespace()
            || c == '.'
            || (allow_comma && c == ',')
            || matches!(c, '*' | '_' | '»' | '」' | '』')
    }) && gap.matches('.').count() <= 1
        && gap.matches('\n').count() <= 1;
    if !gap_ok {
        return None;
    }
    if let Some(l) = ctx.legal_by_end.get(&t).and_then(|&li| legal.get(li)) {
        return Some(Subject {
            name: l.core.clone(),
            legal: Some(l.full.clone()),
            domain_form: false,
        });
    }
    if gap.contains('.') {
        return None;
    }
    if let Some(&(a, b)) = ctx.run_by_end.get(&t) {
        return run_subject(ctx, a, b);
    }
    if toks[t].dom {
        return Some(Subject {
            name: toks[t].s.to_string(),
            legal: None,
            domain_form: true,
        });
    }
    None
}

/// The legal name or capitalised run starting just after byte `p`.
fn subject_after(ctx: &Ctx, legal: &[Legal], p: usize) -> Option<Subject> {
    let toks = ctx.toks;
    let mut idx = toks.partition_point(|t| t.start < p);
    if idx < toks.len() && toks[idx].the && !toks[idx].cap {
        idx += 1;
    }
    let t = toks.get(idx)?;
    let gap_start = if idx > 0 { toks[idx - 1].end.max(p) } else { p };
    if gap_start > t.start
        || !ctx.chunk[gap_start..t.start]
            .chars()
            .all(|c| c.is_whitespace() || c == '*' || c == '_')
    {
        return None;
    }
    let legal_here = (idx..idx + 10)
        .filter_map(|end| ctx.legal_by_end.get(&end))
        .filter_map(|&li| legal.get(li))
        .find(|l| chunk_pos_matches(ctx, idx, l))
        .cloned();
    if let Some(l) = legal_here {
        return Some(Subject {
            name: l.core.clone(),
            legal: Some(l.full),
            domain_form: false,
        });
    }
    let run = (idx..idx + 64)
        .filter_map(|end| ctx.run_by_end.get(&end))
        .find(|&&(a, _)| a == idx)
        .copied();
    let (a, b) = run?;
    run_subject(ctx, a, b)
}

fn chunk_pos_matches(ctx: &Ctx, idx: usize, l: &Legal) -> bool {
    let start = ctx.toks[idx].start;
    let rest = &ctx.chunk[start..];
    collapse_ws(&rest[..floor_boundary(rest, l.full.len() + 16)]).starts_with(&l.full)
}

/// A quoted string, or a capitalised run, right after byte `p`.
fn name_after(ctx: &Ctx, p: usize, needs_quote: bool) -> Option<String> {
    let chunk = ctx.chunk;
    let toks = ctx.toks;
    let window_end = floor_boundary(chunk, p + 60);
    let rest = &chunk[p..window_end];
    let skip = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':')
            .len();
    let mut rest2 = &rest[skip..];
    for lead in [
        "referred to as ",
        "called ",
        "as ",
        "disebut ",
        "dirujuk sebagai ",
        "sebagai ",
        "dénommée ",
        "dénommé ",
        "denominada ",
        "denominado ",
        "the ",
    ] {
        if rest2
            .get(..lead.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(lead))
        {
            rest2 = &rest2[lead.len()..];
        }
    }
    let rest2 = rest2.trim_start();
    let mut chars = rest2.char_indices();
    if let Some((_, q)) = chars.next() {
        if is_quote(q) {
            let inner_start = q.len_utf8();
            let inner = &rest2[inner_start..];
            let end = inner.find(is_quote)?;
            let s = collapse_ws(inner[..end].trim_matches(|c: char| c.is_whitespace() || c == ','));
            if s.is_empty() || s.split_whitespace().count() > 6 {
                return None;
            }
            return Some(s);
        }
    }
    if needs_quote {
        return None;
    }
    let abs = p + (rest.len() - rest2.len());
    let idx = toks.partition_point(|t| t.start < abs);
    let first = toks.get(idx)?;
    if first.start != abs || !first.name() {
        return None;
    }
    let mut j = idx + 1;
    while j < toks.len()
        && j - idx < 6
        && toks[j].ws_gap
        && !toks[j - 1].poss
        && (toks[j].name() || toks[j].dom)
    {
        j += 1;
    }
    Some(collapse_ws(&chunk[first.start..toks[j - 1].end]))
}

struct DefContent {
    short: Option<String>,
    pronoun: bool,
    company_term: bool,
    cue: bool,
    dba: bool,
    collective: bool,
    quoted: bool,
}

/// Reads the inside of a parenthesis: quoted short names, pronouns, cues.
fn parse_def_content(content: &str) -> DefContent {
    // Quoted items.
    let mut items: Vec<String> = Vec::new();
    let chars: Vec<(usize, char)> = content.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        let prev_alnum = k > 0 && chars[k - 1].1.is_alphanumeric();
        if is_quote(c) && !prev_alnum {
            // find the closing quote: a quote not followed by a letter
            let mut m = k + 1;
            let mut found = None;
            while m < chars.len() {
                let (_, d) = chars[m];
                let next_alnum = chars.get(m + 1).is_some_and(|x| x.1.is_alphanumeric());
                if is_quote(d) && !next_alnum {
                    found = Some(m);
                    break;
                }
                m += 1;
            }
            if let Some(m) = found {
                let inner = &content[pos + c.len_utf8()..chars[m].0];
                items.push(collapse_ws(
                    inner.trim_matches(|c: char| c.is_whitespace() || c == ','),
                ));
                k = m + 1;
                continue;
            }
        }
        k += 1;
    }
    let quoted = !items.is_empty();
    if !quoted {
        // Unquoted: "referred to in this Policy as FFA, we or us", "MCU".
        let mut tail = content.trim();
        let tl = tail.to_ascii_lowercase();
        if let Some(ix) = tl.rfind(" as ") {
            if tl[..ix].contains("referred")
                || tl[..ix].contains("known")
                || tl[..ix].contains("business")
                || tl[..ix].contains("trading")
            {
                tail = &tail[ix + 4..];
            }
        }
        for part in tail.split([',', ';', '/']) {
            for sub in split_words_on(
                part,
                &[
                    " or ", " and ", " atau ", " dan ", " oder ", " ou ", " o ", " und ",
                ],
            ) {
                let s = collapse_ws(sub.trim());
                if !s.is_empty() {
                    items.push(s);
                }
            }
        }
    }
    let mut pronoun = false;
    let mut company_term = false;
    let mut short = None;
    for item in &items {
        let il = item.to_lowercase();
        let il = il.trim();
        let stripped = il.strip_prefix("the ").unwrap_or(il);
        if is_pronoun(stripped) {
            pronoun = true;
            continue;
        }
        if is_company_term(item) {
            company_term = true;
            continue;
        }
        if short.is_some() {
            continue;
        }
        let s = item
            .strip_prefix("the ")
            .or_else(|| item.strip_prefix("The "))
            .unwrap_or(item);
        let words = s.split_whitespace().count();
        if words == 0 || words > 6 || !s.chars().any(char::is_alphabetic) {
            continue;
        }
        let first_word = s.split_whitespace().next().unwrap_or("");
        if !is_cap_word(first_word) && !first_word.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if all_generic(s) {
            continue;
        }
        let short_caps = words <= 3 && s.split_whitespace().all(is_cap_word);
        if !(quoted || is_acronym(s) || short_caps) {
            continue;
        }
        if !quoted
            && s.split_whitespace()
                .any(|w| w.chars().any(|c| c.is_ascii_digit()))
        {
            continue;
        }
        short = Some(s.to_string());
    }
    if short.is_none() && !pronoun && !company_term {
        // Defines nothing (`decide_def` gives up before looking at the cues).
        return DefContent {
            short,
            pronoun,
            company_term,
            cue: false,
            dba: false,
            collective: false,
            quoted,
        };
    }
    let lower = collapse_ws(&content.to_lowercase());
    DefContent {
        short,
        pronoun,
        company_term,
        cue: def_cues().iter().any(|c| has_sub(&lower, c)),
        dba: dba_cues().iter().any(|c| has_sub(&lower, c)),
        collective: has_sub(&lower, "collectively") || has_sub(&lower, "together"),
        quoted,
    }
}

impl DefContent {
    /// Names nothing: no short name, pronoun or company term.
    fn is_empty(&self) -> bool {
        self.short.is_none() && !self.pronoun && !self.company_term
    }
}

/// `hay.contains(needle)` by plain byte search: quicker on the short texts here.
fn has_sub(hay: &str, needle: &str) -> bool {
    find_sub(hay.as_bytes(), needle.as_bytes(), 0).is_some()
}

/// First occurrence of `needle` in `hay` at or after `from`.
fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return (from <= hay.len()).then_some(from);
    };
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut i = from;
    while i <= last_start {
        let off = hay.get(i..=last_start)?.iter().position(|&b| b == first)?;
        let j = i + off;
        if hay.get(j + 1..j + needle.len()) == Some(rest) {
            return Some(j);
        }
        i = j + 1;
    }
    None
}

/// Splits `s` at each separator in turn (ASCII case-insensitive), as
/// `match_indices` over the lowercased part would.
fn split_words_on<'a>(s: &'a str, seps: &[&str]) -> Vec<&'a str> {
    let lower = s.as_bytes().to_ascii_lowercase();
    let mut parts: Vec<(usize, usize)> = vec![(0, s.len())];
    for sep in seps {
        let sb = sep.as_bytes();
        if find_sub(&lower, sb, 0).is_none() {
            continue;
        }
        let mut next = Vec::with_capacity(parts.len() + 1);
        for &(a, b) in &parts {
            let part = &lower[a..b];
            let mut last = 0;
            let mut from = 0;
            while let Some(ix) = find_sub(part, sb, from) {
                if s.is_char_boundary(a + ix) && s.is_char_boundary(a + ix + sb.len()) {
                    next.push((a + last, a + ix));
                    last = ix + sb.len();
                }
                from = ix + sb.len().max(1);
            }
            next.push((a + last, b));
        }
        parts = next;
    }
    parts.into_iter().map(|(a, b)| &s[a..b]).collect()
}

// ---------------------------------------------------------------------------
// Title
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct TitleCand {
    display: String,
    key: String,
    domain_form: bool,
    legal: Option<String>,
    /// The whole title reduced to this one candidate.
    whole: bool,
}

const TITLE_SEPARATORS: [&str; 12] = [
    " - ", " – ", " — ", " | ", " :: ", ": ", " / ", " » ", " · ", " • ", " -- ", " ~ ",
];

fn clean_title(t: &str) -> String {
    let t: String = t
        .chars()
        .map(|c| {
            if matches!(c, '#' | '*' | '_' | '`') || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    collapse_ws(&t)
}

/// `clean_title(t) == want`, without building the cleaned string.
fn clean_title_is(t: &str, want: &str) -> bool {
    let mut rest = want;
    let words = t
        .split(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '_' | '`') || c.is_control())
        .filter(|w| !w.is_empty());
    for (i, w) in words.enumerate() {
        if i > 0 {
            match rest.strip_prefix(' ') {
                Some(r) => rest = r,
                None => return false,
            }
        }
        match rest.strip_prefix(w) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

fn split_title(t: &str) -> Vec<String> {
    let mut parts = vec![t.to_string()];
    for sep in TITLE_SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    // "Name:Privacy" and trailing ":".
    parts
        .into_iter()
        .map(|p| {
            p.trim()
                .trim_matches(|c: char| c == ':' || c == '|' || c == '-' || c == ',')
                .trim()
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

fn title_candidates(title: &str) -> Vec<TitleCand> {
    let segments = split_title(title);
    let mut out: Vec<TitleCand> = Vec::new();
    for seg in &segments {
        let mut pieces: Vec<String> = vec![seg.clone()];
        // "B2C Static Page at Uniden": split at "at/on/from/by" after generic words.
        let words: Vec<&str> = seg.split_whitespace().collect();
        for (wi, w) in words.iter().enumerate() {
            let wl = w.to_lowercase();
            if wi > 0
                && wi + 1 < words.len()
                && matches!(wl.as_str(), "at" | "on" | "from" | "by" | "für" | "chez")
            {
                let left_generic = words[..wi].iter().any(|x| {
                    let l = x.to_lowercase();
                    is_title_core(&l) || is_title_weak(&l) || is_soft_word(&l)
                });
                if left_generic {
                    pieces = vec![words[..wi].join(" "), words[wi + 1..].join(" ")];
                    break;
                }
            }
        }
        // Comma parts as extra pieces ("Bob Evans, Discover ...").
        if seg.contains(", ") {
            for p in seg.split(", ") {
                pieces.push(p.to_string());
            }
        }
        for piece in &pieces {
            if let Some(c) = title_piece(piece) {
                if !out.iter().any(|o| o.key == c.key) {
                    out.push(c);
                }
            }
        }
    }
    // The title names exactly one thing: usable even if the text never repeats it.
    let real: Vec<usize> = (0..out.len()).filter(|&i| !out[i].domain_form).collect();
    if real.len() == 1 {
        out[real[0]].whole = true;
    }
    out
}

fn title_piece(piece: &str) -> Option<TitleCand> {
    let mut words: Vec<&str> = piece.split_whitespace().collect();
    let clean = |w: &str| {
        w.to_lowercase()
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
            .to_string()
    };
    let core = |w: &str| is_title_core(&clean(w));
    let weak = |w: &str| {
        let l = clean(w);
        l.is_empty() || is_title_weak(&l)
    };
    let gen = |w: &str| core(w) || weak(w);
    // Leading generic words up to the last core word ("Internet Privacy Policy from").
    let mut lead = 0;
    for (i, w) in words.iter().enumerate() {
        if !gen(w) {
            break;
        }
        if core(w) {
            lead = i + 1;
        }
    }
    words.drain(..lead);
    while words.first().is_some_and(|w| {
        let l = clean(w);
        l != "the"
            && (is_connector(&l)
                || matches!(
                    l.as_str(),
                    "on" | "at" | "from" | "by" | "to" | "in" | "with" | ""
                ))
    }) {
        words.remove(0);
    }
    // Trailing generic words from the first core word ("Acronis Privacy Statement").
    let strip_trailing = |words: &mut Vec<String>| {
        let mut trail = words.len();
        for i in (0..words.len()).rev() {
            if !gen(&words[i]) {
                break;
            }
            if core(&words[i]) {
                trail = i;
            }
        }
        words.truncate(trail);
    };
    let mut ws: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    strip_trailing(&mut ws);
    if ws.is_empty() || ws.iter().all(|w| gen(w)) {
        return None;
    }
    // Possessive on the last word ("Dotster's").
    let last = ws.len() - 1;
    let trimmed = ws[last].trim_end_matches([',', ':']);
    let (base, poss) = strip_possessive(trimmed.trim_end_matches('.'));
    if poss {
        ws[last] = base.to_string();
    } else {
        ws[last] = trimmed.to_string();
    }
    strip_trailing(&mut ws);
    if ws.is_empty() {
        return None;
    }
    // A leading domain-form word stands for itself.
    let first_clean = ws[0].trim_matches(|c: char| !c.is_alphanumeric());
    if first_clean.contains('.') && bare_domain(&first_clean.to_ascii_lowercase()).is_some() {
        let shown = strip_www(first_clean).to_string();
        return Some(TitleCand {
            key: norm_key(&shown),
            display: shown,
            domain_form: true,
            legal: None,
            whole: false,
        });
    }
    // Keep the leading capitalised run.
    let mut kept: Vec<String> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let clean = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
        let lower = clean.to_lowercase();
        if i > 0 {
            let ok = is_cap_word(clean) && !is_stop(&lower)
                || is_connector(&lower)
                || is_numeric_word(clean)
                || clean == "&";
            if !ok {
                break;
            }
        }
        // Commas inside a name are rare, but "The Banff, Lake Louise Tourism Bureau" exists.
        kept.push(w.trim_end_matches([',', ':', ';']).to_string());
    }
    while kept
        .last()
        .is_some_and(|w| is_connector(&w.to_lowercase()) || core(w))
    {
        kept.pop();
    }
    while kept
        .first()
        .is_some_and(|w| is_connector(&w.to_lowercase()) && w.to_lowercase() != "the")
    {
        kept.remove(0);
    }
    if kept.is_empty() || kept.len() > 7 {
        return None;
    }
    // "Good Cook Good Cook".
    if kept.len().is_multiple_of(2) {
        let h = kept.len() / 2;
        if kept[..h]
            .iter()
            .zip(&kept[h..])
            .all(|(a, b)| a.eq_ignore_ascii_case(b))
        {
            kept.truncate(h);
        }
    }
    let text = kept.join(" ");
    if all_generic(&text) || norm_key(&text).len() < 2 {
        return None;
    }
    if !is_cap_word(kept[0].trim_matches(|c: char| !c.is_alphanumeric()))
        && !kept[0].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // Legal suffix at the end ("GeneTex Inc.").
    let (display, legal) = split_legal_suffix(&text);
    let display = if legal.is_some() {
        display
    } else {
        display.trim_end_matches('.').to_string()
    };
    if all_generic(&display) {
        return None;
    }
    Some(TitleCand {
        key: norm_key(&display),
        display,
        domain_form: false,
        legal,
        whole: false,
    })
}

/// "Aclaro Inc." -> ("Aclaro", Some("Aclaro Inc.")); "Acme" -> ("Acme", None).
fn split_legal_suffix(name: &str) -> (String, Option<String>) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_suf = |w: &str| {
        let d: String = w.chars().filter(|&c| c != '.' && c != ',').collect();
        is_suffix_ci(&d.to_lowercase())
            || is_suffix_cs(&d)
            || d == "Co"
            || matches!(d.to_lowercase().as_str(), "pty" | "sdn" | "pte" | "pvt")
    };
    let mut k = words.len();
    while k > 1 && is_suf(words[k - 1]) {
        k -= 1;
    }
    if k == words.len() || k == 0 {
        return (name.to_string(), None);
    }
    let core = words[..k].join(" ").trim_end_matches(',').to_string();
    if all_generic(&core) {
        return (name.to_string(), Some(name.to_string()));
    }
    (core, Some(name.to_string()))
}

// ---------------------------------------------------------------------------
// Decision
// ---------------------------------------------------------------------------

/// Picks the best-looking written form: mixed case over ALL CAPS, then frequency.
fn best_variant(variants: &HashMap<String, u32>) -> Option<String> {
    variants
        .iter()
        .max_by(|a, b| {
            let score = |(s, c): (&String, &u32)| {
                let mixed = has_lower(s) && has_upper(s);
                (mixed, *c, std::cmp::Reverse(s.len()))
            };
            score((a.0, a.1))
                .cmp(&score((b.0, b.1)))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(s, _)| s.clone())
}

fn display_of(name: &str) -> String {
    let (core, _) = split_legal_suffix(name);
    core
}

/// Counts whole-word, case-insensitive occurrences of `phrase` in `hay` (both lowercase).
fn count_phrase(hay: &str, phrase: &str) -> usize {
    if phrase.is_empty() {
        return 0;
    }
    let mut n = 0;
    for (ix, _) in hay.match_indices(phrase) {
        let before = hay[..ix].chars().next_back();
        let rest = &hay[ix + phrase.len()..];
        let after = rest.chars().next();
        // "tweetbeat.com" and "www.tweetbeat" are addresses, not mentions of the name.
        let in_address = matches!(before, Some('.' | '@'))
            || after == Some('@')
            || (after == Some('.') && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()));
        let bounded =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        if bounded && !in_address {
            n += 1;
        }
    }
    n
}

/// A fuller name that starts with the domain-matching one: "Banff Lake Louise"
/// -> "Banff Lake Louise Tourism Bureau", "Fennel Street" -> "Fennel Street Bakery".
fn longer_name(name: &str, scan: &Scan, title_cands: &[(TitleCand, usize)]) -> Option<String> {
    let key = norm_key(name);
    let n_words = name.split_whitespace().count();
    let extends = |candidate: &str| {
        let words: Vec<&str> = candidate.split_whitespace().collect();
        if words.len() <= n_words || norm_key(&words[..n_words].join(" ")) != key {
            return false;
        }
        !words[n_words..].iter().all(|w| {
            let l = w.to_lowercase();
            is_label_affix(&norm_key(w))
                || is_generic_word(l.trim_matches(|c: char| !c.is_alphanumeric()))
        })
    };
    // A name the text defines or titles itself stays as it is.
    let defined = scan.defs.iter().any(|d| norm_key(&d.name) == key)
        || title_cands.iter().any(|(c, _)| c.key == key);
    if defined {
        return None;
    }
    scan.defs
        .iter()
        .map(|d| d.name.clone())
        .chain(scan.owners.iter().map(|o| o.name.clone()))
        .chain(
            title_cands
                .iter()
                .filter(|(c, n)| !c.domain_form && *n > 0)
                .map(|(c, _)| c.display.clone()),
        )
        .find(|n| extends(n))
}

/// Identifies whose policy `evidence` is. Never panics.
pub fn identify(evidence: &CompanyEvidence) -> Company {
    let text = evidence.text;
    let title = evidence.title.map(clean_title).filter(|t| !t.is_empty());

    // Domains.
    let mut tally = DomainTally::default();
    scan_domains(text, &mut tally);
    for h in evidence.link_hosts {
        if let Some(d) = normalize_host(h).and_then(|h| registrable(&h)) {
            tally.add(d, None);
        }
    }
    let banner = evidence
        .banner_domain
        .and_then(normalize_host)
        .filter(|d| !d.is_empty());
    let ranked = tally.ranked();
    let labels: Vec<Label> = match &banner {
        Some(b) => vec![Label {
            domain: b.clone(),
            key: domain_label(registrable(b).as_deref().unwrap_or(b)),
        }],
        None => {
            let own: Vec<&(String, u32, bool)> = ranked.iter().filter(|d| !d.2).take(24).collect();
            let pool = if own.is_empty() {
                ranked.iter().take(24).collect()
            } else {
                own
            };
            pool.into_iter()
                .map(|(d, _, _)| Label {
                    domain: d.clone(),
                    key: domain_label(d),
                })
                .collect()
        }
    };
    let domain_count = |d: &str| tally.stats.get(d).map_or(0, |s| s.count);

    // Text scan.
    let mut scan = Scan {
        title_key: title.as_deref().map(norm_key).unwrap_or_default(),
        ..Scan::default()
    };
    for (base, chunk) in chunks(text) {
        scan.scan_chunk(chunk, base, &labels);
    }

    // Title candidates, with how often the text repeats them.
    let text_lower = to_lowercase_text(text);
    let title_lower = title.as_deref().map(str::to_lowercase);
    let title_lines = title_lower.as_ref().map_or(0, |tl| {
        text_lower
            .lines()
            .filter(|l| l.len() <= tl.len() * 2 + 16 && clean_title_is(l, tl))
            .count()
    });
    let title_cands: Vec<(TitleCand, usize)> = title
        .as_deref()
        .map(title_candidates)
        .unwrap_or_default()
        .into_iter()
        .map(|c| {
            let phrase = c.display.to_lowercase();
            let mut n = count_phrase(&text_lower, &phrase);
            if let Some(tl) = &title_lower {
                // Do not count the title line itself if the text repeats it.
                let in_title = count_phrase(tl, &phrase);
                n = n.saturating_sub(in_title * title_lines);
            }
            let body = scan
                .cands
                .get(strip_the(&c.key))
                .map_or(0, |s| s.body as usize);
            (c, n.max(body))
        })
        .collect();
    for (c, _) in &title_cands {
        if let Some(l) = &c.legal {
            scan.legal.push(Legal {
                full: l.clone(),
                core: c.display.clone(),
                core_key: c.key.clone(),
                pos: usize::MAX,
            });
        }
    }

    // A policy whose only addresses are well-known third parties' (a link
    // to Google's ad settings) while its title names another company is
    // that company's: the third party is a vendor it mentions. Its name
    // then counts only as a definition or a title. (A vendor's own policy
    // has no other name in its title.)
    let only_third_party_domains = banner.is_none() && ranked.iter().all(|d| d.2);
    let third_party_labels = only_third_party_domains
        && title_cands
            .iter()
            .any(|(c, _)| !c.domain_form && !is_third_party(&c.display));

    let mut chosen: Option<(String, &'static str, Option<String>)> = None; // name, source, legal hint
    let mut chosen_domain: Option<String> = None;

    let mention_cache: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::default());
    let mentions = |name: &str| -> u32 {
        if let Some(&n) = mention_cache.borrow().get(name) {
            return n;
        }
        // Bounded work: only the first few distinct names are counted.
        if mention_cache.borrow().len() >= 32 {
            return 1;
        }
        let mut n = count_phrase(&text_lower, &name.to_lowercase());
        for (acr, exp) in &scan.acronyms {
            if exp == name {
                n += count_phrase(&text_lower, acr);
            }
        }
        let n = n as u32;
        mention_cache.borrow_mut().insert(name.to_string(), n);
        n
    };

    // 1. A name matching the domain label.
    {
        // (quality, priority, domain count, count, -first) -> (name, domain, legal)
        type Score = (u8, u8, u32, u32, std::cmp::Reverse<usize>);
        // The last field: the name is only mentioned in passing (in running
        // text, or as a bare short form in parentheses).
        type Best = (Score, String, String, Option<String>, bool);
        let mut best: Option<Best> = None;
        let mut consider =
            |score: Score, name: String, domain: &str, legal: Option<String>, passing: bool| {
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, name, domain.to_string(), legal, passing));
                }
            };
        for (li, label) in labels.iter().enumerate() {
            let dc = domain_count(&label.domain);
            for strong in [true, false] {
                for d in scan.defs.iter().filter(|d| d.strong == strong) {
                    let q = match_quality(&norm_key(&d.name), &label.key);
                    if q > 0 {
                        let pr = if strong { 5 } else { 4 };
                        consider(
                            (q, pr, dc, 1, std::cmp::Reverse(d.pos)),
                            d.name.clone(),
                            &label.domain,
                            d.legal.clone(),
                            d.weight == 1,
                        );
                    }
                }
            }
            for (c, n) in &title_cands {
                if c.domain_form {
                    continue;
                }
                let q = match_quality(&c.key, &label.key);
                if q > 0 {
                    consider(
                        (q, 3, dc, *n as u32, std::cmp::Reverse(0)),
                        c.display.clone(),
                        &label.domain,
                        c.legal.clone(),
                        false,
                    );
                }
            }
            if third_party_labels {
                continue;
            }
            for l in &scan.legal {
                let q = match_quality(&l.core_key, &label.key);
                if q > 0 {
                    consider(
                        (q, 2, dc, 1, std::cmp::Reverse(l.pos)),
                        l.core.clone(),
                        &label.domain,
                        Some(l.full.clone()),
                        false,
                    );
                }
            }
            for o in &scan.owners {
                let q = match_quality(&norm_key(&o.name), &label.key);
                if q > 0 {
                    consider(
                        (q, 2, dc, 1, std::cmp::Reverse(o.pos)),
                        o.name.clone(),
                        &label.domain,
                        o.legal.clone(),
                        false,
                    );
                }
            }
            for ((sli, _key), m) in &scan.spans {
                if *sli != li {
                    continue;
                }
                // A loose (affix) match needs more than one mention in running text.
                if m.quality < 3 && m.body < 2 {
                    continue;
                }
                if let Some(v) = best_variant(&m.variants) {
                    consider(
                        (m.quality, 1, dc, m.total, std::cmp::Reverse(m.first)),
                        v,
                        &label.domain,
                        None,
                        true,
                    );
                }
            }
        }
        // A brand the text only mentions in passing loses to an owner or a
        // title name the text names far more often (a parent company's or
        // registrar's policy; a policy that mentions a vendor's site once).
        if let Some((_, name, _, _, passing)) = &best {
            if *passing {
                let m = mentions(name);
                let owner_legals: Vec<&String> = scan
                    .owners
                    .iter()
                    .filter_map(|o| o.legal.as_ref())
                    .collect();
                let owner = scan
                    .defs
                    .iter()
                    .filter(|d| {
                        d.weight >= 2 || d.legal.as_ref().is_some_and(|l| owner_legals.contains(&l))
                    })
                    .map(|d| {
                        (
                            d.name.clone(),
                            SOURCE_DBA,
                            if d.collective { None } else { d.legal.clone() },
                        )
                    })
                    .chain(
                        scan.owners
                            .iter()
                            .map(|o| (o.name.clone(), SOURCE_OWNER, o.legal.clone())),
                    )
                    .map(|(n, src, l)| (mentions(&n), n, src, l))
                    // The name the policy is titled with counts as much.
                    .chain(
                        title_cands
                            .iter()
                            .filter(|(c, _)| !c.domain_form && !is_third_party(&c.display))
                            .map(|(c, n)| {
                                (*n as u32, c.display.clone(), SOURCE_TITLE, c.legal.clone())
                            }),
                    )
                    // When the only addresses are well-known third parties',
                    // so is the brand: the organisation the text names most
                    // counts too.
                    .chain(
                        only_third_party_domains
                            .then(|| scan.most_named())
                            .flatten()
                            .map(|(n, count)| (count, n, SOURCE_MOST_NAMED, None)),
                    )
                    .max_by_key(|x| x.0);
                if let Some((om, oname, src, ol)) = owner {
                    if om >= 3 && om >= 3 * m {
                        chosen = Some((display_of(&oname), src, ol));
                        // The brand's domain is the site's, but not the
                        // address of a vendor the titled company mentions.
                        if [SOURCE_DBA, SOURCE_OWNER].contains(&src) || banner.is_some() {
                            chosen_domain = best.as_ref().map(|b| b.2.clone());
                        }
                        best = None;
                    }
                }
            }
        }
        if let Some((_, name, domain, legal, _)) = best {
            // Prefer a longer defined or title name that starts with the match
            // ("Banff Lake Louise" -> "Banff Lake Louise Tourism Bureau").
            let mut name = longer_name(&name, &scan, &title_cands).unwrap_or(name);
            if is_acronym(&name) {
                if let Some(exp) = scan.acronyms.get(&norm_key(&name)) {
                    name = exp.clone();
                }
            }
            chosen = Some((display_of(&name), SOURCE_DOMAIN_MATCH, legal));
            chosen_domain = Some(domain);
        }
    }

    // 2-3. A defining phrase or a title part, weighed by how often the text names it.
    if chosen.is_none() {
        // (score, weight, -order) -> (name, source, legal)
        type Pick = (
            (u32, u32, std::cmp::Reverse<usize>),
            String,
            &'static str,
            Option<String>,
        );
        let mut best: Option<Pick> = None;
        let mut consider = |score: (u32, u32, std::cmp::Reverse<usize>),
                            name: String,
                            source: &'static str,
                            legal: Option<String>| {
            if best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, name, source, legal));
            }
        };
        for (i, d) in scan.defs.iter().enumerate() {
            let m = mentions(&d.name).max(1);
            let legal = if d.collective { None } else { d.legal.clone() };
            consider(
                (d.weight * m, d.weight, std::cmp::Reverse(i)),
                d.name.clone(),
                SOURCE_DBA,
                legal,
            );
        }
        for (i, (c, n)) in title_cands.iter().enumerate() {
            if c.domain_form || *n == 0 {
                continue;
            }
            let shown = scan
                .cands
                .get(strip_the(&c.key))
                .and_then(|s| best_variant(&s.variants))
                .filter(|v| is_all_caps(&c.display) && has_lower(v))
                .unwrap_or_else(|| c.display.clone());
            consider(
                (2 * *n as u32, 2, std::cmp::Reverse(scan.defs.len() + i)),
                shown,
                SOURCE_TITLE,
                c.legal.clone(),
            );
        }
        if let Some((_, name, source, legal)) = best {
            chosen = Some((display_of(&name), source, legal));
        }
    }

    // 4. Owner phrase.
    if chosen.is_none() {
        let owner = scan
            .owners
            .iter()
            .find(|o| o.legal.is_some())
            .or_else(|| scan.owners.first());
        if let Some(o) = owner {
            chosen = Some((display_of(&o.name), SOURCE_OWNER, o.legal.clone()));
        }
    }

    // 5. Most-named organisation.
    if chosen.is_none() {
        if let Some((name, _)) = scan.most_named() {
            chosen = Some((display_of(&name), SOURCE_MOST_NAMED, None));
        }
    }

    // 6. A one-part title the text never repeats.
    if chosen.is_none() {
        if let Some((c, _)) = title_cands.iter().find(|(c, _)| c.whole && !c.domain_form) {
            chosen = Some((c.display.clone(), SOURCE_TITLE, c.legal.clone()));
        }
    }

    // Domain: banner, else the domain matching the name, else the most named.
    let domain = banner.clone().or(chosen_domain).or_else(|| {
        let key = chosen.as_ref().map(|c| norm_key(&c.0)).unwrap_or_default();
        ranked
            .iter()
            .find(|(d, _, _)| !key.is_empty() && match_quality(&key, &domain_label(d)) > 0)
            .or_else(|| ranked.iter().find(|d| !d.2))
            .map(|d| d.0.clone())
    });

    // 7. The domain itself, as the text writes it.
    if chosen.is_none() {
        if let Some(d) = &domain {
            let reg = registrable(d).unwrap_or_else(|| d.clone());
            let mut variants: HashMap<String, u32> = tally
                .stats
                .get(&reg)
                .map(|s| s.variants.clone())
                .unwrap_or_default();
            for (c, _) in &title_cands {
                if c.domain_form && c.display.eq_ignore_ascii_case(&reg) {
                    *variants.entry(c.display.clone()).or_insert(0) += 1;
                }
            }
            let shown = best_variant(&variants)
                .filter(|v| v.eq_ignore_ascii_case(d))
                .unwrap_or_else(|| d.clone());
            chosen = Some((shown, SOURCE_DOMAIN, None));
        }
    }

    let Some((name, source, legal_hint)) = chosen else {
        return Company {
            name: "unknown".to_string(),
            domain,
            legal_name: None,
            source: SOURCE_NONE,
        };
    };

    // Legal name: the chosen phrase's, else one starting with the name, else
    // the one a definition of the name follows, else the one "we" is defined
    // as, else an owner phrase's.
    let key = norm_key(&name);
    let legal_name = legal_hint
        .filter(|l| norm_key(l) != key || split_legal_suffix(l).1.is_some())
        .or_else(|| {
            if key.len() < 3 {
                return None;
            }
            let mut hits: Vec<&Legal> = scan
                .legal
                .iter()
                .filter(|l| {
                    l.core_key == key
                        || l.core_key.starts_with(&key)
                        || strip_the(&l.core_key).starts_with(strip_the(&key))
                })
                .collect();
            hits.sort_by_key(|l| (l.core_key != key, l.pos));
            hits.first().map(|l| l.full.clone())
        })
        .or_else(|| {
            // The legal name a definition of this name follows.
            scan.defs
                .iter()
                .filter(|d| norm_key(&d.name) == key && !d.collective)
                .find_map(|d| d.legal.clone())
        })
        .or_else(|| {
            // The legal name that "we" is defined as ("Unified Intents AB (... "we" ...)").
            scan.defs
                .iter()
                .filter(|d| d.weight >= 4 && !d.collective)
                .find_map(|d| d.legal.clone())
        })
        .or_else(|| scan.owners.iter().find_map(|o| o.legal.clone()));

    Company {
        name,
        domain,
        legal_name,
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn text_lowercases_as_the_standard_library_does(s in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(to_lowercase_text(&s), s.to_lowercase());
        }

        #[test]
        fn text_lowercases_as_the_standard_library_does_in_mixed_scripts(
            s in "[A-Za-z .,ÀÉİΣσΑΩДЖ\\u{130}ẞß'’-]{0,40}"
        ) {
            proptest::prop_assert_eq!(to_lowercase_text(&s), s.to_lowercase());
        }
    }

    fn ev<'a>(
        title: Option<&'a str>,
        banner: Option<&'a str>,
        text: &'a str,
    ) -> CompanyEvidence<'a> {
        CompanyEvidence {
            title,
            banner_domain: banner,
            text,
            link_hosts: &[],
        }
    }

    fn run(title: Option<&str>, banner: Option<&str>, text: &str) -> Company {
        identify(&ev(title, banner, text))
    }

    #[test]
    fn doing_business_as_phrase() {
        let text = "This Policy is an agreement between you and Northwind Ventures Inc. \
                    (doing business as \u{201c}Pelican Post\u{201d}, \u{201c}we\u{201d}, \u{201c}us\u{201d}).\n\
                    Pelican Post collects your e-mail address when you subscribe.\n";
        let c = run(Some("Privacy Policy"), Some("mailbirdie.net"), text);
        assert_eq!(c.name, "Pelican Post");
        assert_eq!(c.source, SOURCE_DBA);
        assert_eq!(c.legal_name.as_deref(), Some("Northwind Ventures Inc."));
        assert_eq!(c.domain.as_deref(), Some("mailbirdie.net"));
    }

    #[test]
    fn dba_abbreviation_and_hereinafter() {
        let c = run(None, None, "Orchard Lane Holdings LLC d/b/a Bramble Books operates this shop.\nBramble Books respects you.\n");
        assert_eq!(c.name, "Bramble Books");
        assert_eq!(c.legal_name.as_deref(), Some("Orchard Lane Holdings LLC"));
        let c = run(None, None, "Die Kaltwasser Technik GmbH (nachfolgend \u{201e}Kaltwasser\u{201c} oder \u{201e}wir\u{201c}) verarbeitet Daten.\n");
        assert_eq!(c.name, "Kaltwasser");
        assert_eq!(c.legal_name.as_deref(), Some("Kaltwasser Technik GmbH"));
    }

    #[test]
    fn legal_name_suffix_families() {
        let suffixes = [
            "Inc.",
            "Ltd.",
            "ltd.",
            "LLC",
            "L.L.C.",
            "GmbH",
            "AG",
            "S.A.",
            "SAS",
            "B.V.",
            "Pty Ltd",
            "Sdn. Bhd.",
            "Sdn Bhd",
            "Bhd",
            "Corp.",
            "Corporation",
            "Limited",
            "plc",
            "Co., Ltd.",
        ];
        for suffix in suffixes {
            let text = format!(
                "This website is operated by Zentrix {suffix}, a software maker.\n\
                 Zentrix collects the information you give us. Zentrix never sells it.\n"
            );
            let c = run(None, None, &text);
            assert_eq!(c.name, "Zentrix", "suffix {suffix}: {c:?}");
            assert_eq!(
                c.legal_name,
                Some(format!("Zentrix {suffix}")),
                "suffix {suffix}"
            );
        }
        // Indonesian prefix form.
        let c = run(None, None, "Situs ini dikelola oleh PT Maju Sentosa Tbk.\nPT Maju Sentosa Tbk menghormati privasi Anda.\n");
        assert_eq!(c.name, "Maju Sentosa");
        assert_eq!(c.legal_name.as_deref(), Some("PT Maju Sentosa Tbk"));
    }

    #[test]
    fn title_derived_names() {
        let c = run(
            Some("Privacy Policy - Quillbrook"),
            None,
            "We respect your privacy.\n",
        );
        assert_eq!(c.name, "Quillbrook");
        assert_eq!(c.source, SOURCE_TITLE);
        let c = run(
            Some("Tarnhelm Games Privacy Statement"),
            None,
            "Tarnhelm Games collects little.\n",
        );
        assert_eq!(c.name, "Tarnhelm Games");
        let c = run(
            Some("Lumora's Privacy Policy"),
            None,
            "Lumora keeps logs for a week.\n",
        );
        assert_eq!(c.name, "Lumora");
        for title in [
            "Dasar Privasi Kedai Lima",
            "Kebijakan Privasi Kedai Lima",
            "Datenschutzerklärung - Kedai Lima",
            "Politique de confidentialité de Kedai Lima",
            "Política de privacidad | Kedai Lima",
        ] {
            let c = run(Some(title), None, "Teks.\n");
            assert_eq!(c.name, "Kedai Lima", "title {title}");
        }
        // A generic title alone names nobody.
        let c = run(Some("Privacy Policy"), None, "We respect your privacy.\n");
        assert_eq!(c.name, "unknown");
        assert_eq!(c.source, SOURCE_NONE);
    }

    #[test]
    fn camel_case_name_matches_domain() {
        let text =
            "DataNimbus stores your files. If you close your account, DataNimbus deletes them.\n";
        let c = run(Some("Privacy"), Some("datanimbus.com"), text);
        assert_eq!(c.name, "DataNimbus");
        assert_eq!(c.source, SOURCE_DOMAIN_MATCH);
        assert_eq!(c.domain.as_deref(), Some("datanimbus.com"));
    }

    #[test]
    fn name_spread_over_words_matches_domain() {
        let text = "By using Nova Sound Recorder you agree to this Policy.\n\
                    Nova Sound Recorder stores recordings on your phone only.\n\
                    Write to support@novasoundrecorder.app with questions.\n";
        let c = run(Some("Privacy Policy"), None, text);
        assert_eq!(c.name, "Nova Sound Recorder");
        assert_eq!(c.domain.as_deref(), Some("novasoundrecorder.app"));
        assert_eq!(c.source, SOURCE_DOMAIN_MATCH);
        // A generic extra word in the domain label still matches.
        let c = run(
            None,
            Some("quillcloud.io"),
            "Quill keeps backups. Quill never shares them.\n",
        );
        assert_eq!(c.name, "Quill");
    }

    #[test]
    fn registrar_style_policy_names_the_owner() {
        let text = "This privacy policy is published by Hostwell Hosting LLC on behalf of the \
                    websites it hosts.\n\
                    Hostwell Hosting collects account data. Hostwell Hosting keeps billing records.\n";
        let c = run(Some("Privacy Policy"), Some("bluefinshop.com"), text);
        assert_eq!(c.name, "Hostwell Hosting");
        assert_eq!(c.legal_name.as_deref(), Some("Hostwell Hosting LLC"));
        assert_eq!(c.domain.as_deref(), Some("bluefinshop.com"));
    }

    #[test]
    fn parent_company_outweighs_passing_brand_mention() {
        let text = "Thank you for visiting tidepool.com. These websites are now operated by \
                    Harborline Media, Inc. (\u{201c}Harborline\u{201d}).\n\
                    This policy covers the Tidepool website.\n\
                    Harborline may share data with its affiliates. Harborline keeps logs. \
                    Harborline uses cookies.\n";
        let c = run(None, Some("tidepool.com"), text);
        assert_eq!(c.name, "Harborline");
        assert_eq!(c.legal_name.as_deref(), Some("Harborline Media, Inc."));
        assert_eq!(c.domain.as_deref(), Some("tidepool.com"));
    }

    #[test]
    fn a_vendor_site_mentioned_once_loses_to_the_titled_name() {
        let text = "Fernpost Studio Privacy Statement\n\
                    At Fernpost Studio, the privacy of our visitors is important to us.\n\
                    Fernpost Studio collects the information you give us.\n\
                    Fernpost Studio does not sell it.\n\
                    Use PGP (Pretty Good Privacy) http://www.pgp.com or another encryption program.\n\
                    Contact the Fernpost Studio Privacy Officer.\n";
        let c = run(Some("Fernpost Studio Privacy Statement"), None, text);
        assert_eq!(c.name, "Fernpost Studio");
        assert_eq!(c.source, SOURCE_TITLE);
    }

    #[test]
    fn only_third_party_addresses_do_not_name_the_company() {
        let text = "FEBEA PRIVACY POLICY\n\
                    Febea is concerned about privacy issues.\n\
                    Febea provides cloud-based solutions to businesses.\n\
                    Google, as a third party vendor, uses cookies to serve ads on our site. \
                    Google's use of the DART cookie enables it to serve ads to our users.\n\
                    Users may opt out by visiting http://www.google.com/privacy_ads.html.\n\
                    Febea may update this policy.\n";
        let c = run(Some("FEBEA PRIVACY POLICY"), None, text);
        assert_eq!(c.name, "Febea");
        assert_eq!(c.domain, None);
        // The vendor's own policy still names the vendor.
        let text = "Google Privacy Policy\n\
                    Google LLC (\u{201c}Google\u{201d}, \u{201c}we\u{201d}) builds services.\n\
                    See https://www.google.com/policies for more.\n";
        let c = run(Some("Google Privacy Policy"), None, text);
        assert_eq!(c.name, "Google");
    }

    #[test]
    fn under_a_generic_title_the_most_named_organisation_outweighs_a_vendor() {
        let mut text = String::from("Privacy Policy\n");
        for _ in 0..4 {
            text.push_str(
                "Zearkfleax Health respects your privacy and explains here how we collect, use \
                 and keep the information you give us when you use our services. We at \
                 Zearkfleax Health collect only what we need for the purposes described below.\n",
            );
        }
        text.push_str(
            "Google uses cookies to serve ads; see http://www.google.com/privacy_ads.html.\n",
        );
        let c = run(Some("Privacy Policy"), None, &text);
        assert_eq!(c.name, "Zearkfleax Health");
        assert_ne!(c.domain.as_deref(), Some("google.com"));
        // A vendor's own policy names the vendor far more than anyone else.
        let mut text = String::from("Privacy Policy\n");
        for _ in 0..4 {
            text.push_str(
                "Google builds services that help people in their daily lives, and this \
                 policy explains what information Google collects and why we collect it. \
                 You can use Google services in many different ways to manage your privacy.\n",
            );
        }
        text.push_str(
            "Acme Widgets, a partner, may receive data. See https://www.google.com/policies.\n",
        );
        let c = run(Some("Privacy Policy"), None, &text);
        assert_eq!(c.name, "Google");
    }

    #[test]
    fn malay_policy() {
        let text = "Langkau pautan\nDASAR PRIVASI\n\
                    Dengan mengakses www.kedaibunga.my (\"Laman Web\"), laman web yang dimiliki dan \
                    dikendalikan oleh Kedai Bunga Sdn. Bhd. (\"Syarikat\", \"kami\"), anda bersetuju \
                    dengan Dasar Privasi ini.\n\
                    Hubungi kami di hello@kedaibunga.my.\n";
        let c = run(Some("Langkau pautan"), None, text);
        assert_eq!(c.name, "Kedai Bunga");
        assert_eq!(c.domain.as_deref(), Some("kedaibunga.my"));
        assert_eq!(c.legal_name.as_deref(), Some("Kedai Bunga Sdn. Bhd."));
    }

    #[test]
    fn multilingual_definitions() {
        let c = run(None, None, "La soci\u{e9}t\u{e9} Lumi\u{e8}re Digitale SAS (ci-apr\u{e8}s \u{ab} Lumi\u{e8}re \u{bb}) exploite le site lumiere-digitale.fr.\n");
        assert_eq!(c.name, "Lumi\u{e8}re Digitale");
        assert_eq!(c.domain.as_deref(), Some("lumiere-digitale.fr"));
        assert_eq!(c.legal_name.as_deref(), Some("Lumi\u{e8}re Digitale SAS"));
        let c = run(
            None,
            None,
            "Ejemplo Soluciones S.L. (en adelante, \"Ejemplo\") es responsable del tratamiento.\n",
        );
        assert_eq!(c.name, "Ejemplo");
        assert_eq!(c.legal_name.as_deref(), Some("Ejemplo Soluciones S.L."));
        let c = run(None, None, "\u{41e}\u{41e}\u{41e} \u{ab}\u{420}\u{43e}\u{43c}\u{430}\u{448}\u{43a}\u{430}\u{bb} (\u{434}\u{430}\u{43b}\u{435}\u{435} \u{2014} \u{ab}\u{41a}\u{43e}\u{43c}\u{43f}\u{430}\u{43d}\u{438}\u{44f}\u{bb}) \u{43e}\u{431}\u{440}\u{430}\u{431}\u{430}\u{442}\u{44b}\u{432}\u{430}\u{435}\u{442} \u{434}\u{430}\u{43d}\u{43d}\u{44b}\u{435}.\n");
        assert_eq!(c.name, "\u{420}\u{43e}\u{43c}\u{430}\u{448}\u{43a}\u{430}");
        // Languages without spaces fall back to the domain.
        let c = run(
            None,
            None,
            "\u{682a}\u{5f0f}\u{4f1a}\u{793e}\u{30c6}\u{30b9}\u{30c8} privacy@test-corp.jp\n",
        );
        assert_eq!(c.name, "test-corp.jp");
    }

    #[test]
    fn only_an_email_address() {
        let c = run(
            None,
            None,
            "Questions? Write to help@parcelpilot.io and we will answer.\n",
        );
        assert_eq!(c.name, "parcelpilot.io");
        assert_eq!(c.domain.as_deref(), Some("parcelpilot.io"));
        assert_eq!(c.source, SOURCE_DOMAIN);
    }

    #[test]
    fn nothing_at_all_is_unknown() {
        for text in [
            "",
            "   \n\n",
            "we collect data. we use cookies.",
            "\u{0}\u{1}\u{fffd}",
        ] {
            let c = run(None, None, text);
            assert_eq!(c.name, "unknown");
            assert_eq!(c.source, SOURCE_NONE);
            assert_eq!(c.domain, None);
            assert_eq!(c.legal_name, None);
        }
    }

    #[test]
    fn third_party_domains_are_ignored() {
        let mut text = String::from("Welcome to our site.\n");
        for _ in 0..10 {
            text.push_str("We use Google Analytics; see https://www.google.com/policies/privacy for details.\n");
        }
        text.push_str("Contact privacy@fernpost.org or visit fernpost.org.\n");
        let c = run(None, None, &text);
        assert_eq!(c.domain.as_deref(), Some("fernpost.org"));
        assert_eq!(c.name, "fernpost.org");
        let hosts = vec!["www.facebook.com".to_string(), "fernpost.org".to_string()];
        let c = identify(&CompanyEvidence {
            title: Some("Fernpost | Privacy"),
            banner_domain: None,
            text: &text,
            link_hosts: &hosts,
        });
        assert_eq!(c.name, "Fernpost");
        assert_eq!(c.domain.as_deref(), Some("fernpost.org"));
    }

    #[test]
    fn banner_domain_wins_and_www_is_dropped() {
        let c = run(
            Some("Privacy Policy - ACRCloud"),
            Some("www.acrcloud.com"),
            "ACRCloud is concerned about privacy. Mail support@other-example.net.\n",
        );
        assert_eq!(c.name, "ACRCloud");
        assert_eq!(c.domain.as_deref(), Some("acrcloud.com"));
    }

    #[test]
    fn acronym_definitions_expand() {
        let text = "At Riverbend Credit Union (RCU) your privacy matters. RCU never sells data.\n";
        let c = run(Some("Privacy Policy"), Some("rbcu.org"), text);
        assert_eq!(c.name, "Riverbend Credit Union");
        let text =
            "The University of Eastern Tarn (UET) values privacy. UET web sites log visits.\n";
        let c = run(None, Some("uet.edu"), text);
        assert_eq!(c.name, "University of Eastern Tarn");
    }

    #[test]
    fn hard_wrapped_definition() {
        let text = "This Policy is a legally binding agreement between you (\u{201c}User\u{201d}) and\n\
                    Glimmer Cloud ltd. (doing business as\n\
                    \u{201c}GLIMMER\u{201d}, \u{201c}we\u{201d}, \u{201c}us\u{201d} or \u{201c}our\u{201d}). If you are entering\n\
                    into this Policy on behalf of a business, you represent that you may.\n\
                    We operate the glimmer.cloud website.\n";
        let c = run(Some("PRIVACY POLICY"), None, text);
        assert_eq!(c.name, "GLIMMER");
        assert_eq!(c.domain.as_deref(), Some("glimmer.cloud"));
        assert_eq!(c.legal_name.as_deref(), Some("Glimmer Cloud ltd."));
    }

    #[test]
    fn most_named_organisation() {
        let text = "Welcome.\nAll data is handled by Brightwater. We store it safely and \
                    Brightwater never sells it.\nYou may ask Brightwater to delete it.\n";
        let c = run(None, None, text);
        assert_eq!(c.name, "Brightwater");
        assert_eq!(c.source, SOURCE_MOST_NAMED);
        // Things named with "the" are sections, not organisations.
        let text = "Use the Video Center freely. The Video Center is optional. \
                    Leave the Video Center at any time.\n";
        assert_eq!(run(None, None, text).name, "unknown");
    }

    #[test]
    fn domain_rendered_as_written() {
        let text = "This Privacy Policy covers 001Games.com. 001Games.com collects little.\n";
        let c = run(Some("Privacy Policy"), Some("001games.com"), text);
        assert_eq!(c.name, "001Games.com");
        assert_eq!(c.source, SOURCE_DOMAIN);
    }

    #[test]
    fn helpers() {
        assert_eq!(
            registrable("kids.bobevans.com").as_deref(),
            Some("bobevans.com")
        );
        assert_eq!(
            registrable("www.c4lpt.co.uk").as_deref(),
            Some("c4lpt.co.uk")
        );
        assert_eq!(
            registrable("acme.blogspot.com").as_deref(),
            Some("acme.blogspot.com")
        );
        assert_eq!(registrable("co.uk"), None);
        assert_eq!(registrable("1.2.3"), None);
        assert_eq!(domain_label("a-z-animals.com"), "azanimals");
        assert_eq!(bare_domain("website.It"), None);
        assert_eq!(bare_domain("ASP.NET"), None);
        assert_eq!(bare_domain("BobEvans.com").as_deref(), Some("bobevans.com"));
        assert_eq!(norm_key("Stacks & Stacks"), "stacksandstacks");
        assert_eq!(match_quality("acrcloud", "acrcloud"), 3);
        assert_eq!(match_quality("acr", "acrcloud"), 2);
        assert_eq!(match_quality("connactcloud", "connact"), 2);
        assert_eq!(match_quality("acme", "widget"), 0);
        assert_eq!(
            split_legal_suffix("Aclaro Inc."),
            ("Aclaro".to_string(), Some("Aclaro Inc.".to_string()))
        );
        assert_eq!(split_legal_suffix("Company Ltd").0, "Company Ltd");
        assert_eq!(initials("University of Northern Iowa"), "uni");
    }

    #[test]
    fn no_panic_on_awkward_input() {
        let samples = [
            "(((((",
            ")))",
            "\u{201c}\u{201d}\u{201e}",
            "Inc.",
            "PT",
            "ООО \u{ab}",
            "@",
            "@@.com",
            "http://",
            "www.",
            "a@b",
            "é@ü.com",
            "Ltd. (\"we\")",
            "(\"Acme\", \"we\")",
            "d/b/a",
            "hereinafter \"",
            "Co., Ltd.",
            "\u{1f600} Emoji Corp. (\u{1f600})",
            "x.y.z.com@",
            "日本語のプライバシーポリシー。株式会社テスト",
            "ÄÖÜ GmbH (nachfolgend \u{201e}ÄÖÜ\u{201c})",
            "A (B (C) D) E",
            "operated by",
            "owns and operates",
        ];
        for s in samples {
            let c = run(Some(s), Some(s), s);
            assert!(!c.name.is_empty());
        }
        // Every prefix cut at a char boundary.
        let text = "Kedai Bunga Sdn. Bhd. (\"Syarikat\", \"kami\") \u{2014} caf\u{e9} \u{201c}Ni\u{f1}o\u{201d} support@kedaibunga.my";
        for (i, _) in text.char_indices() {
            let _ = run(Some(&text[..i]), None, &text[i..]);
            let _ = run(None, None, &text[..i]);
        }
    }

    #[test]
    fn no_panic_on_generated_input() {
        const PIECES: [&str; 52] = [
            "(",
            ")",
            "\"",
            "\u{201c}",
            "\u{201d}",
            "\u{ab}",
            "\u{bb}",
            "'",
            "\u{2019}",
            ".",
            ",",
            " ",
            "\n",
            "Inc",
            "Ltd",
            "GmbH",
            "PT",
            "\u{41e}\u{41e}\u{41e}",
            "d/b/a",
            "hereinafter",
            "operated by",
            "@",
            "www.",
            ".com",
            "\u{e9}",
            "\u{130}",
            "\u{df}",
            "\u{65e5}\u{672c}",
            "Acme",
            "the",
            "A",
            "Co",
            "&",
            "-",
            "www.x.com",
            "(\"we\")",
            "doing business as",
            "selepas ini",
            "ci-apr\u{e8}s",
            ":",
            "|",
            "#",
            "\u{a0}",
            "\u{3000}",
            "\t",
            "owns and operates",
            "Sdn",
            "Bhd",
            "UNI",
            "x@y.io",
            "\u{1f600}",
            "'s",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = (next() % 80) as usize;
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                if next() % 3 == 0 {
                    text.push(' ');
                }
            }
            let cut = (next() as usize) % (text.len() + 1);
            let cut = floor_boundary(&text, cut);
            let hosts = vec![text[..cut].to_string()];
            let c = identify(&CompanyEvidence {
                title: Some(&text[cut..]),
                banner_domain: if next() % 2 == 0 {
                    Some(&text[..cut])
                } else {
                    None
                },
                text: &text,
                link_hosts: &hosts,
            });
            assert!(!c.name.is_empty());
        }
    }

    #[test]
    fn large_input_is_linear() {
        let para = "Acme Widgets collects data (\"Data\") when you use the Service. \
                    Contact privacy@acmewidgets.com or see https://www.google.com/policies. \
                    The Video Center is optional; Acme Widgets Inc. operates it.\n";
        let mut text = String::with_capacity(2_000_000);
        while text.len() < 2_000_000 {
            text.push_str(para);
        }
        // One giant line as well.
        let long_line = "word Zeta ".repeat(100_000);
        text.push_str(&long_line);
        let c = run(Some("Privacy"), None, &text);
        assert_eq!(c.name, "Acme Widgets");
        assert_eq!(c.domain.as_deref(), Some("acmewidgets.com"));
    }

    /// Texts mixing cue phrases, names, case, punctuation and non-ASCII.
    fn sample_texts() -> Vec<String> {
        const PIECES: [&str; 40] = [
            "operated by",
            "Operated\nBy",
            "OWNED AND OPERATED BY",
            "d/b/a",
            "D.B.A.",
            "hereinafter",
            "en adelanten adelante",
            "exploit\u{e9} par",
            "\u{e9}dit\u{e9} par",
            "\u{c9}dit\u{e9} par",
            "\u{434}\u{430}\u{43b}\u{435}\u{435}",
            "owns and operates",
            "xoperated by",
            "-operated by",
            "\u{e9}operated by",
            " ",
            "\n",
            "\t",
            "(",
            ")",
            ".",
            ",",
            "'s",
            "\u{2019}",
            "Acme",
            "ACME",
            "the",
            "Stadium Astro",
            "privacy",
            "\u{130}",
            "\u{a0}",
            "&",
            "Co.",
            "Inc",
            "www.acme.com",
            "x@acme.io",
            "#",
            "*",
            "\u{1f600}",
            "a",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..400)
            .map(|_| {
                let len = (next() % 60) as usize;
                let mut t = String::new();
                for _ in 0..len {
                    t.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                    if next() % 2 == 0 {
                        t.push(' ');
                    }
                }
                t
            })
            .collect()
    }

    /// The straightforward cue search the table replaces.
    fn cue_matches_plain(chunk: &str, cues: &CueTable) -> Vec<(usize, usize)> {
        let lower: String = chunk
            .chars()
            .map(|c| match c {
                '\n' | '\r' | '\t' => ' ',
                c if c.is_ascii() => c.to_ascii_lowercase(),
                c => c,
            })
            .collect();
        let mut out = Vec::new();
        for (k, (cue, _)) in cues.cues.iter().enumerate() {
            for (c, _) in lower.match_indices(cue) {
                if !lower[..c]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                {
                    out.push((k, c));
                }
            }
        }
        out
    }

    #[test]
    fn cue_table_finds_what_plain_search_finds() {
        let table = CueTable::new(&[
            dba_cues(),
            hereinafter_cues(),
            owner_after_cues(),
            owner_before_cues(),
        ]);
        // The table's pre-filter needs cues of five bytes or more that start
        // with a letter, at most 64 of them.
        assert!(table.cues.len() <= 64);
        for (cue, _) in &table.cues {
            assert!(cue.len() >= 5, "{cue}");
            assert!(cue.starts_with(char::is_alphabetic), "{cue}");
            assert_eq!(*cue, cue.to_lowercase(), "{cue}");
        }
        for text in sample_texts() {
            let (lines, wrapped) = line_infos(&text, "");
            let (_, starts) = tokenize(&text, &lines, &wrapped);
            assert_eq!(
                table.find(&text, &starts),
                cue_matches_plain(&text, &table),
                "{text:?}"
            );
        }
    }

    #[test]
    fn word_table_matches_word_lists() {
        let lists = [
            (STOP_WORDS, F_STOP),
            (DETERMINERS, F_DETERMINER),
            (HARD_WORDS, F_HARD),
            (SOFT_WORDS, F_SOFT),
            (CONNECTORS, F_CONNECTOR),
            (TITLE_CORE, F_TITLE_CORE),
            (THIRD_PARTY_NAMES, F_THIRD_NAME),
            (THIRD_PARTY_DOMAINS, F_THIRD_LABEL),
            (CCTLDS, F_CCTLD),
            (SUFFIX_CS, F_SUFFIX_CS),
            (COMPANY_TERMS, F_COMPANY_TERM),
        ];
        let sets: Vec<(HashSet<&str>, u32)> = lists
            .iter()
            .map(|(l, bit)| (l.split_whitespace().collect(), *bit))
            .collect();
        let expect = |w: &str| {
            sets.iter()
                .filter(|(set, _)| set.contains(w))
                .fold(0, |f, (_, bit)| f | bit)
        };
        let mask = lists.iter().fold(0, |f, (_, bit)| f | bit);
        let mut probes: Vec<String> = Vec::new();
        for (list, _) in lists {
            for w in list.split_whitespace() {
                probes.push(w.to_string());
                probes.push(format!("{w}s"));
                probes.push(format!("{w}\u{0}"));
                probes.push(w[..floor_boundary(w, w.len() - 1)].to_string());
                probes.push(w.to_uppercase());
            }
        }
        probes
            .extend(["", "a", "aaaaaaaa", "aaaaaaaaa", "x".repeat(40).as_str()].map(String::from));
        for p in &probes {
            assert_eq!(word_flags(p) & mask, expect(p), "{p:?}");
        }
    }

    #[test]
    fn fast_helpers_match_plain_versions() {
        let mut texts = sample_texts();
        texts.extend(
            [
                "Privacy Policy",
                "  privacy   policy ",
                "privacy\u{0}policy",
                "# Privacy *Policy*",
                "Acme & Co",
                "Stra\u{df}e",
                "\u{130}stanbul",
                "privacy or policy and more",
                "A OR B",
            ]
            .map(String::from),
        );
        let mut buf = String::new();
        for a in &texts {
            for b in texts.iter().step_by(16).chain([a]) {
                let key = norm_key(b);
                assert_eq!(norm_key_is(a, &key, &mut buf), norm_key(a) == key);
                let title = clean_title(b).to_lowercase();
                assert_eq!(clean_title_is(a, &title), clean_title(a) == title);
            }
            // Words counted up to 25, capitalised ones among the first 24.
            let words: Vec<&str> = a.split_whitespace().collect();
            let caps = words.iter().take(24).filter(|w| is_cap_word(w)).count();
            assert_eq!(count_words_25(a), (words.len().min(25), caps), "{a:?}");
            for needle in ["or", " or ", "operated by", "\u{e9}", "aa", ""] {
                assert_eq!(has_sub(a, needle), a.contains(needle));
            }
            let seps = [" or ", " and ", " o "];
            let mut parts = vec![a.as_str()];
            for sep in seps {
                let mut next = Vec::new();
                for p in parts {
                    let lower = p.to_ascii_lowercase();
                    let mut last = 0;
                    for (ix, _) in lower.match_indices(sep) {
                        next.push(&p[last..ix]);
                        last = ix + sep.len();
                    }
                    next.push(&p[last..]);
                }
                parts = next;
            }
            assert_eq!(split_words_on(a, &seps), parts, "{a:?}");
        }
    }
}
