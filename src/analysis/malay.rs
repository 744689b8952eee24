//! Malay (Bahasa Melayu) and Indonesian affix stemmer, plus a tantivy
//! [`TokenFilter`] wrapping it.
//!
//! The stemmer follows the Nazief–Adriani / "confix stripping" idea: it
//! generates candidate strippings of particles (`-lah`, `-kah`, `-tah`,
//! `-pun`), possessives (`-nya`, `-ku`, `-mu`), derivational suffixes (`-kan`,
//! `-an`, `-i`) and up to three layers of prefixes (`meN-`, `peN-`, `per-`,
//! `ber-`, `ter-`, `di-`, `ke-`, `se-`, with the nasal-assimilation
//! restorations such as `menyimpan` → `simpan`, `menolak` → `tolak`,
//! `mengumpul` → `kumpul`), and accepts the first candidate that is a known
//! root in an embedded word list.  When no candidate is known, a
//! conservative rule-based fallback strips only affixes that leave a
//! plausible Malay root (at least four letters, two vowels, a valid onset and
//! coda).  The whole procedure is iterated to a fixed point, so
//! `stem(stem(w)) == stem(w)`.
//!
//! Reduplicated forms written with a hyphen (`kanak-kanak`,
//! `langkah-langkah`, `berhati-hati`) collapse to the stem of the repeated
//! word.
//!
//! Input is expected to be lowercased already (put [`LowerCaser`] before
//! [`MalayStemmer`] in the analyzer).  Tokens containing anything other than
//! ASCII lowercase letters and hyphens (digits, accented letters, uppercase)
//! are passed through unchanged.
//!
//! [`LowerCaser`]: tantivy::tokenizer::LowerCaser

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Known roots and non-derived words.  A word in this list is never stemmed
/// further, and a candidate stripping that lands on one of these words is
/// accepted.  Besides real roots it protects words that merely look derived
/// (`peribadi`, `perkara`, `berita`, `kerana`, `selamat`, `digital`, ...).
const KNOWN_WORDS: &str = "
abad abai acara ada adalah adat adik adil adu agak agama agar agensi agih ahli
air ajak ajar aju akal akan akaun akhir akibat akses akta aktif aktiviti aku
akui akun alam alamat alami alat algoritma alih alir alternatif amal amalan
aman amanah amaran amat amaun ambil ancam anda aneka anggap anggota angka
angkat aniaya antara antarabangsa anti apa apabila aplikasi arah arkib asal
asas asing atas atau atur audit automatik awal awam awan awas ayat

baca badan bagai bagaimana bagi bahagi bahan baharu bahasa bahawa bahaya baik
baki balas balik bangun bank bantah bantu banyak bapa barang baru batal batas
bawa bawah bayar beban bebas beda beg bekal bekas bela belah beli belum benar
bentuk benua berapa berat berita beritahu berkas bersih besar beza biar biasa
biaya bicara bijak bila bilang bimbang bina bincang bisnes bisnis blok bocor
boleh bolehkah buang buat buka bukan bukti bulan bunyi buruk butang butir
butuh

cadang cagar cakap cakup calon cara cari catat cegah cepat cerita ceroboh
cetak cipta cuba cukup curi cuti

daftar dahulu dakwa dalam dana dapat dari daripada darurat dasar data datang
daya dedah dekat demikian dengan desak dewasa dia diagram dialek dialog diam
diari didik diet digital dimensi dinamik dingin diploma direktori diri
disiplin diskaun dividen dokumen dompet dorong dua duit dukung dunia

edar ehwal ekonomi eksport elak elektronik emel empat enam enggan enkripsi

faedah faham fail fikir fizikal foto fungsi

gabung gagal gaji gambar ganti gantung gerak geran global golong guna

had hadap hadiah hadir hak halaman halang hantar hanya hapus harap harga hari
harta harus hasil hati hendak henti hidup hilang himpun hormat hubung hukum
hutang

ia iaitu ialah ibu identiti ikat iklan ikut ilmu imbas imej individu industri
informasi ingat ingin ini insiden institusi insurans interaksi internet isi
istilah isu itu izin

jabat jadi jaga jalan jamin jangka jangkau janji jarak jasa jauh jawab jejak
jelas jenama jenis jika jual juga jumlah jumpa

kad kadar kaedah kait kaji kala kalangan kali kami kamu kanak kandung kata
kawal kawasan kebun kecil kecuali kedai kehendak kekal kelas kelola keluarga
kemas kemaskini kembali kembang kemudian kena kenal kendali kepada kerana
kereta kerja kertas kesan ketika ketua khas khidmat khusus kini kira kirim
kita klik komen komersial komputer komunikasi kongsi kontak kontrak kosong
kredit kuasa kuat kuatkuasa kuki kumpul kunci kunjung kurang

lagi lain laku lalu lama laman lambat langgan langgar langkah lanjut lapan
lapor laras lari latih lawat layan layar lebih lepas lesen letak lihat lima
lindung lingkung lokasi luar luas lulus lupa

mahkamah main makan maklum maklumat maksud malam mana manfaat manusia masa
masalah masuk mata mati media mekanisme melayu memang memori mereka mesej
mesin mesti milik minat minggu minta minum mitra mohon muda mudah mula mungkin

nama nasihat negara negeri niaga nilai nombor nomor notis nyata

objektif olah oleh operasi orang

pada padam pakai paksa panjang pantau papar pasar pasti patuh paut peduli
pegang peguam pejabat peka pelan pelbagai peluang penjara penting penuh
perangkat peranti percuma perdana perempuan perhati peribadi periksa perintah
perisian perkara perlu pernah pertama pesan peta pihak pilih pinda pindah
pinjam platform polis pribadi privasi produk profil program projek promosi
proses punya pusat putus

rahasia rahsia raja rakam rakan rangka rangkai rasa rehat reka rekam rekod
rosak ruang rujuk rumah

saat sah sahaja saja salah salin saluran sama sampai sasar satu sebab sebagai
sebarang sedang sedar sedia segera sejarah sekolah sekuriti sekutu selalu
selamat selesai semak sembilan sementara semua senarai sendiri sentiasa
sepuluh serah serta sesi sesuai setuju siap siapa siar sihat sila simpan
sistem situs sokong suka sulit sumber surat syarat syarikat

tadbir tafsir tahan tahap tahu tahun taja talian tamat tambah tampil tanda
tanggap tanggung tanggungjawab tanpa tanya tarik tarikh taut tawar teknologi
teks telah telefon teliti teman tempat tempoh temu tentang tentu terang terap
terbit terima terma terus tetap tiada tidak tiga tindak tinggal tingkat
transaksi tuju tujuh tukar tulis tumpu tunjuk tuntut turun turut

ubah uji ukur umum umur undang unduh unggah ungkap untuk upaya urus usaha usia
utama

video

wajib wakil waktu walau wang warga web wujud

yakin yang
";

/// Particles, tried first.
const PARTICLES: [&str; 4] = ["lah", "kah", "tah", "pun"];
/// Possessive pronoun suffixes, tried after the particles.
const POSSESSIVES: [&str; 3] = ["nya", "ku", "mu"];
/// Onset clusters allowed at the start of a root left by the fallback.
const ONSET_CLUSTERS: [&str; 25] = [
    "kh", "ng", "ny", "sy", "gh", "pr", "pl", "tr", "kr", "kl", "br", "bl", "gr", "gl", "fr", "fl",
    "dr", "st", "sk", "sp", "sl", "sm", "sn", "sw", "ps",
];
/// Maximum number of prefix layers (e.g. `di-per-`, `ke-ber-`).
const MAX_PREFIX_LAYERS: usize = 3;
/// Words shorter than this are never stemmed.
const MIN_WORD_LEN: usize = 4;
/// Shortest root a dictionary-confirmed stripping may leave (`cat`, `isi`).
const MIN_KNOWN_ROOT_LEN: usize = 3;
/// Shortest root the rule-based fallback may leave.
const MIN_GUESSED_ROOT_LEN: usize = 4;

fn is_known(word: &str) -> bool {
    word.len() >= MIN_KNOWN_ROOT_LEN && sorted_words_contain(KNOWN_WORDS, word)
}

/// Whether `word` is one of the whitespace-separated words of `list`, which
/// are in byte order: a binary search over the text itself, so a query
/// builds no set at start-up (a set of these words took a twentieth of a
/// one-word query's instructions).
fn sorted_words_contain(list: &str, word: &str) -> bool {
    let (text, target) = (list.as_bytes(), word.as_bytes());
    // Invariant: `lo` and `hi` are word boundaries of `text`.
    let (mut lo, mut hi) = (0, text.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The word around `mid`, or the one before it if `mid` is in a gap.
        let mut start = mid;
        while start > lo && !text[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        while start < hi && text[start].is_ascii_whitespace() {
            start += 1;
        }
        let mut end = start;
        while end < hi && !text[end].is_ascii_whitespace() {
            end += 1;
        }
        if start == end {
            // Only a gap from `mid` on.
            hi = mid;
            continue;
        }
        match text[start..end].cmp(target) {
            std::cmp::Ordering::Less => lo = end,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Prefix families; a family is stripped at most once per word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prefix {
    Me,
    Di,
    Pe,
    Per,
    Ber,
    Ter,
    Ke,
    Se,
}

impl Prefix {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// `meN-` and `di-` only occur as the outermost prefix.
    fn outer_only(self) -> bool {
        matches!(self, Prefix::Me | Prefix::Di)
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn starts_with_vowel(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|&c| is_vowel(c))
}

fn starts_with_any(s: &str, letters: &[u8]) -> bool {
    s.as_bytes().first().is_some_and(|c| letters.contains(c))
}

fn vowel_count(s: &str) -> usize {
    s.bytes().filter(|&c| is_vowel(c)).count()
}

fn valid_onset(s: &str) -> bool {
    let b = s.as_bytes();
    match b {
        [] => false,
        [first, ..] if is_vowel(*first) => true,
        [_, second, ..] if is_vowel(*second) => true,
        _ => ONSET_CLUSTERS.iter().any(|c| s.starts_with(c)),
    }
}

fn valid_coda(s: &str) -> bool {
    let b = s.as_bytes();
    match b {
        [.., last] if is_vowel(*last) => true,
        [.., prev, last] => {
            b"bdfghklmnprst".contains(last) && (is_vowel(*prev) || (*prev == b'n' && *last == b'g'))
        }
        _ => false,
    }
}

/// A root the fallback may produce by stripping a prefix.
fn plausible_after_prefix(s: &str) -> bool {
    s.len() >= MIN_GUESSED_ROOT_LEN && vowel_count(s) >= 2 && valid_onset(s)
}

/// A root the fallback may produce by stripping a suffix.
fn plausible_after_suffix(s: &str) -> bool {
    s.len() >= MIN_GUESSED_ROOT_LEN && vowel_count(s) >= 2 && valid_coda(s)
}

/// Stems one lowercased token.
///
/// Hyphenated reduplications (`kanak-kanak`, `langkah-langkah`) collapse to
/// the stem of the repeated word; other hyphenated tokens are stemmed part by
/// part.  Tokens with characters other than `a`–`z` and `-` are returned
/// unchanged.
pub fn stem(word: &str) -> String {
    if word.contains('-') {
        stem_hyphenated(word)
    } else {
        stem_simple(word)
    }
}

fn stem_hyphenated(word: &str) -> String {
    let parts: Vec<&str> = word.split('-').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return word.to_string();
    }
    let stems: Vec<String> = parts.iter().map(|p| stem_simple(p)).collect();
    if stems.iter().all(|s| *s == stems[0]) {
        return stems[0].clone();
    }
    stems.join("-")
}

fn stem_simple(word: &str) -> String {
    if word.len() < MIN_WORD_LEN || !word.bytes().all(|c| c.is_ascii_lowercase()) {
        return word.to_string();
    }
    let mut current = word.to_string();
    // Every change strictly shortens the word, so this terminates; the bound
    // is only a safeguard.
    for _ in 0..word.len() {
        match stem_step(&current) {
            Some(next) if next != current => current = next,
            _ => break,
        }
    }
    current
}

/// One round of stemming: `None` when the word is a known root or nothing
/// can be stripped.
fn stem_step(word: &str) -> Option<String> {
    if word.len() < MIN_WORD_LEN || is_known(word) {
        return None;
    }
    search_known(word).or_else(|| fallback(word))
}

/// The word with particle and possessive strippings applied, most stripped
/// first, without the word itself.
fn inflection_variants(word: &str) -> Vec<&str> {
    let mut after_particle = word;
    for p in PARTICLES {
        if let Some(rest) = word.strip_suffix(p) {
            if rest.len() >= MIN_KNOWN_ROOT_LEN {
                after_particle = rest;
                break;
            }
        }
    }
    let mut variants = Vec::new();
    for p in POSSESSIVES {
        if let Some(rest) = after_particle.strip_suffix(p) {
            if rest.len() >= MIN_KNOWN_ROOT_LEN {
                variants.push(rest);
                break;
            }
        }
    }
    if after_particle != word {
        variants.push(after_particle);
    }
    variants
}

/// Derivational suffix strippings of `word`, in the order they are tried
/// (always including `word` itself).  For `-kan`/`-an` the stripped forms
/// come first; for `-i` the unstripped form comes first so that roots ending
/// in `i` (`kongsi`, `beri`, `pakai`) win.
fn suffix_variants(word: &str) -> Vec<&str> {
    let mut variants = Vec::with_capacity(3);
    if let Some(rest) = word.strip_suffix('i') {
        variants.push(word);
        if rest.len() >= MIN_KNOWN_ROOT_LEN {
            variants.push(rest);
        }
        return variants;
    }
    for s in ["kan", "an"] {
        if let Some(rest) = word.strip_suffix(s) {
            if rest.len() >= MIN_KNOWN_ROOT_LEN {
                variants.push(rest);
            }
        }
    }
    variants.push(word);
    variants
}

/// Candidate roots after removing a `meN-`/`peN-` prefix whose bare form
/// (`me`/`pe`) has already been removed, leaving `s`.
fn nasal_candidates(s: &str, out: &mut Vec<String>) {
    if let Some(r) = s.strip_prefix("ny") {
        if starts_with_vowel(r) {
            out.push(format!("s{r}"));
            out.push(format!("ny{r}"));
        }
    } else if let Some(r) = s.strip_prefix("ng") {
        if starts_with_vowel(r) {
            out.push(r.to_string());
            out.push(format!("k{r}"));
            if let Some(mono) = r.strip_prefix('e') {
                // menge- before monosyllabic roots: mengecat -> cat.
                out.push(mono.to_string());
            }
        } else if starts_with_any(r, b"ghk") {
            out.push(r.to_string());
        }
    } else if let Some(r) = s.strip_prefix('m') {
        if starts_with_vowel(r) {
            out.push(format!("p{r}"));
            out.push(format!("m{r}"));
        } else if starts_with_any(r, b"bfpv") {
            out.push(r.to_string());
        } else if starts_with_any(r, b"rl") {
            // Indonesian memroses / pemrosesan.
            out.push(format!("p{r}"));
        }
    } else if let Some(r) = s.strip_prefix('n') {
        if starts_with_vowel(r) {
            out.push(format!("t{r}"));
            out.push(format!("n{r}"));
        } else if starts_with_any(r, b"cdjtz") || r.starts_with("sy") {
            out.push(r.to_string());
        }
    } else if starts_with_any(s, b"lrwy") {
        out.push(s.to_string());
    }
}

/// Every prefix stripping of `word` worth checking against the word list.
fn prefix_candidates(word: &str, out: &mut Vec<(Prefix, String)>) {
    let mut push = |p: Prefix, roots: Vec<String>| {
        out.extend(
            roots
                .into_iter()
                .filter(|r| r.len() >= MIN_KNOWN_ROOT_LEN)
                .map(|r| (p, r)),
        );
    };
    if let Some(s) = word.strip_prefix("me") {
        let mut roots = Vec::new();
        nasal_candidates(s, &mut roots);
        push(Prefix::Me, roots);
    }
    if let Some(s) = word.strip_prefix("di") {
        push(Prefix::Di, vec![s.to_string()]);
    }
    if let Some(s) = word.strip_prefix("pe") {
        let mut roots = Vec::new();
        if let Some(r) = s.strip_prefix('r') {
            roots.push(r.to_string());
        }
        nasal_candidates(s, &mut roots);
        if let Some(r) = s.strip_prefix('l') {
            // pelajar -> ajar
            roots.push(r.to_string());
        }
        if !starts_with_vowel(s) && !starts_with_any(s, b"lmnrwy") {
            // agentive pe-: pekerja -> kerja, petani -> tani
            roots.push(s.to_string());
        }
        push(Prefix::Pe, roots);
    }
    if let Some(s) = word.strip_prefix("be") {
        let mut roots = Vec::new();
        if let Some(r) = s.strip_prefix('r') {
            roots.push(r.to_string());
        }
        if s.starts_with('r') || s.get(1..3) == Some("er") {
            // berehat -> rehat, bekerja -> kerja
            roots.push(s.to_string());
        }
        if let Some(r) = s.strip_prefix('l') {
            // belajar -> ajar
            roots.push(r.to_string());
        }
        push(Prefix::Ber, roots);
    }
    if let Some(s) = word.strip_prefix("te") {
        let mut roots = Vec::new();
        if let Some(r) = s.strip_prefix('r') {
            roots.push(r.to_string());
        }
        if s.starts_with('r') {
            // terasa -> rasa
            roots.push(s.to_string());
        }
        push(Prefix::Ter, roots);
    }
    if let Some(s) = word.strip_prefix("ke") {
        push(Prefix::Ke, vec![s.to_string()]);
    }
    if let Some(s) = word.strip_prefix("se") {
        push(Prefix::Se, vec![s.to_string()]);
    }
}

/// Breadth-first search over up to [`MAX_PREFIX_LAYERS`] prefix layers for a
/// known root.
fn search_prefixes(word: &str) -> Option<String> {
    let mut layer: Vec<(u8, String)> = vec![(0, word.to_string())];
    let mut candidates = Vec::new();
    for depth in 0..MAX_PREFIX_LAYERS {
        let mut next = Vec::new();
        for (used, w) in &layer {
            candidates.clear();
            prefix_candidates(w, &mut candidates);
            for (prefix, root) in candidates.drain(..) {
                if used & prefix.bit() != 0 || (depth > 0 && prefix.outer_only()) {
                    continue;
                }
                if is_known(&root) {
                    return Some(root);
                }
                next.push((used | prefix.bit(), root));
            }
        }
        if next.is_empty() {
            break;
        }
        layer = next;
    }
    None
}

/// Dictionary-guided analysis: the first candidate stripping that yields a
/// known root.
fn search_known(word: &str) -> Option<String> {
    let inflected = inflection_variants(word);
    if let Some(v) = inflected.iter().find(|v| is_known(v)) {
        return Some(v.to_string());
    }
    for v in inflected.iter().copied().chain(std::iter::once(word)) {
        for s in suffix_variants(v) {
            if s != v && is_known(s) {
                return Some(s.to_string());
            }
            if let Some(root) = search_prefixes(s) {
                return Some(root);
            }
        }
    }
    None
}

/// The single prefix stripping the fallback uses, with its family.
fn guess_prefix(word: &str) -> Option<(Prefix, String)> {
    let nasal = |s: &str| {
        let mut roots = Vec::new();
        nasal_candidates(s, &mut roots);
        // Keep only the first (default) restoration, and never guess that a
        // t- follows the nasal (mental, menteri, penting): only the word
        // list may confirm mentadbir -> tadbir.
        if s.starts_with("nt") {
            return None;
        }
        roots.into_iter().next()
    };
    if let Some(s) = word.strip_prefix("me") {
        return nasal(s).map(|r| (Prefix::Me, r));
    }
    if let Some(s) = word.strip_prefix("per") {
        if !starts_with_vowel(s) {
            return Some((Prefix::Per, s.to_string()));
        }
        return None;
    }
    if let Some(s) = word.strip_prefix("pe") {
        return nasal(s).map(|r| (Prefix::Pe, r));
    }
    if let Some(s) = word.strip_prefix("ber") {
        return Some((Prefix::Ber, s.to_string()));
    }
    if let Some(s) = word.strip_prefix("ter") {
        return Some((Prefix::Ter, s.to_string()));
    }
    if let Some(s) = word.strip_prefix("di") {
        return Some((Prefix::Di, s.to_string()));
    }
    if let Some(s) = word.strip_prefix("ke") {
        return Some((Prefix::Ke, s.to_string()));
    }
    None
}

/// Spellings that do not occur in native Malay/Indonesian words; the
/// dictionary-free fallback leaves such words (mostly English: `permission`,
/// `cookies`, `session`) alone.
fn looks_foreign(word: &str) -> bool {
    const MARKERS: [&str; 15] = [
        "q", "x", "ck", "ph", "th", "ss", "ll", "ee", "oo", "tt", "ff", "pp", "mm", "rr", "dd",
    ];
    word.ends_with("ion") || MARKERS.iter().any(|m| word.contains(m))
}

/// Whether the confix `prefix-...-suffix` is allowed (Nazief–Adriani's
/// disallowed pairs: be-...-i, di-...-an, ke-...-i, me-...-an, te-...-an).
fn confix_allowed(prefix: Prefix, suffix: &str) -> bool {
    !matches!(
        (prefix, suffix),
        (Prefix::Ber, "i")
            | (Prefix::Di, "an")
            | (Prefix::Ke, "i")
            | (Prefix::Me, "an")
            | (Prefix::Ter, "an")
    )
}

/// Conservative rule-based stripping for words the word list does not
/// explain.  Strips one affix layer (a particle, a possessive, a prefix with
/// its confix suffix, or a bare `-kan`/`-an`) and only when the remainder is
/// a plausible root.
fn fallback(word: &str) -> Option<String> {
    if looks_foreign(word) {
        return None;
    }
    for p in PARTICLES {
        if let Some(r) = word.strip_suffix(p) {
            if plausible_after_suffix(r) {
                return Some(r.to_string());
            }
        }
    }
    if let Some(r) = word.strip_suffix("nya") {
        if plausible_after_suffix(r) {
            return Some(r.to_string());
        }
    }
    for p in ["ku", "mu"] {
        if let Some(r) = word.strip_suffix(p) {
            if r.len() > MIN_GUESSED_ROOT_LEN && plausible_after_suffix(r) {
                return Some(r.to_string());
            }
        }
    }
    if let Some((prefix, root)) = guess_prefix(word) {
        // A disallowed confix (ter-...-an, di-...-an, me-...-an) means the
        // apparent prefix belongs to the root: terbitan -> terbit.
        if !word.ends_with("kan") && !confix_allowed(prefix, "an") {
            if let Some(r) = word.strip_suffix("an") {
                if plausible_after_suffix(r) {
                    return Some(r.to_string());
                }
            }
        }
        if plausible_after_prefix(&root) {
            for suffix in ["kan", "an", "i"] {
                if let Some(r) = root.strip_suffix(suffix) {
                    if confix_allowed(prefix, suffix) && plausible_after_suffix(r) {
                        return Some(r.to_string());
                    }
                }
            }
            // ke- alone is too often part of the root (kerana, ketika).
            if prefix != Prefix::Ke {
                return Some(root);
            }
        }
    }
    for suffix in ["kan", "an"] {
        if let Some(r) = word.strip_suffix(suffix) {
            if plausible_after_suffix(r) {
                return Some(r.to_string());
            }
        }
    }
    None
}

/// Token filter applying [`stem`] to every token.
///
/// ```text
/// let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
///     .filter(RemoveLongFilter::limit(40))
///     .filter(LowerCaser)
///     .filter(MalayStemmer)
///     .build();
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct MalayStemmer;

impl TokenFilter for MalayStemmer {
    type Tokenizer<T: Tokenizer> = MalayStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MalayStemmerFilter<T> {
        MalayStemmerFilter { inner: tokenizer }
    }
}

/// The tokenizer produced by [`MalayStemmer`].
#[derive(Clone)]
pub struct MalayStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for MalayStemmerFilter<T> {
    type TokenStream<'a> = MalayStemmerTokenStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MalayStemmerTokenStream {
            tail: self.inner.token_stream(text),
        }
    }
}

/// The token stream produced by [`MalayStemmerFilter`].
pub struct MalayStemmerTokenStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for MalayStemmerTokenStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let stemmed = stem(&token.text);
        if stemmed != token.text {
            token.text = stemmed;
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{
        LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, WhitespaceTokenizer,
    };

    use super::*;

    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(MalayStemmer)
            .build()
    }

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.text.clone());
        }
        out
    }

    #[test]
    fn known_words_are_sorted_and_each_is_found() {
        let words: Vec<&str> = KNOWN_WORDS.split_whitespace().collect();
        assert!(words.len() > 500, "{} known words", words.len());
        for pair in words.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{:?} must come after {:?}",
                pair[1],
                pair[0]
            );
        }
        for word in &words {
            assert!(sorted_words_contain(KNOWN_WORDS, word), "{word}");
        }
    }

    #[test]
    fn sorted_words_contain_agrees_with_a_set() {
        let list = "  apa\nbeli  cari\n\ndata   jual kuki\n";
        let set: std::collections::HashSet<&str> = list.split_whitespace().collect();
        // Every word, every prefix and extension of one, and words between.
        let mut probes = vec![
            "", "a", "zz", "aa", "bel", "belia", "dat", "datum", "kukis", "kuk",
        ];
        probes.extend(set.iter().copied());
        for probe in probes {
            assert_eq!(
                sorted_words_contain(list, probe),
                set.contains(probe),
                "{probe:?}"
            );
        }
        assert!(!sorted_words_contain("", "apa"));
        assert!(!sorted_words_contain("   \n ", "apa"));
        assert!(sorted_words_contain("apa", "apa"));
    }

    fn check(root: &str, words: &[&str]) {
        for word in words {
            assert_eq!(stem(word), root, "stem({word:?})");
        }
    }

    const ALL_CASES: &[(&str, &str)] = &[
        ("mengumpul", "kumpul"),
        ("mengumpulkan", "kumpul"),
        ("pengumpulan", "kumpul"),
        ("dikumpulkan", "kumpul"),
        ("kumpulan", "kumpul"),
        ("terkumpul", "kumpul"),
        ("mendedahkan", "dedah"),
        ("pendedahan", "dedah"),
        ("didedahkan", "dedah"),
        ("mendedah", "dedah"),
        ("menyimpan", "simpan"),
        ("penyimpanan", "simpan"),
        ("disimpan", "simpan"),
        ("simpanan", "simpan"),
        ("menggunakan", "guna"),
        ("penggunaan", "guna"),
        ("pengguna", "guna"),
        ("digunakan", "guna"),
        ("memproses", "proses"),
        ("pemprosesan", "proses"),
        ("diproses", "proses"),
        ("menjual", "jual"),
        ("dijual", "jual"),
        ("jualan", "jual"),
        ("berkongsi", "kongsi"),
        ("dikongsi", "kongsi"),
        ("perkongsian", "kongsi"),
        ("perkhidmatan", "khidmat"),
        ("persetujuan", "setuju"),
        ("bersetuju", "setuju"),
        ("perlindungan", "lindung"),
        ("melindungi", "lindung"),
        ("dilindungi", "lindung"),
        ("keselamatan", "selamat"),
        ("menghubungi", "hubung"),
        ("perhubungan", "hubung"),
        ("berhubung", "hubung"),
        ("memindahkan", "pindah"),
        ("pemindahan", "pindah"),
        ("dipindahkan", "pindah"),
        ("memadamkan", "padam"),
        ("dipadam", "padam"),
        ("menyediakan", "sedia"),
        ("penyedia", "sedia"),
        ("disediakan", "sedia"),
        ("kanak-kanak", "kanak"),
        ("langkah-langkah", "langkah"),
        ("mana-mana", "mana"),
        ("undang-undang", "undang"),
        ("maklumatnya", "maklumat"),
        ("pengungkapan", "ungkap"),
        ("membagikan", "bagi"),
        ("dibagikan", "bagi"),
        ("peribadi", "peribadi"),
        ("maklumat", "maklumat"),
        ("data", "data"),
        ("pihak", "pihak"),
        ("kami", "kami"),
        ("anda", "anda"),
        ("kuki", "kuki"),
        ("privasi", "privasi"),
        ("dasar", "dasar"),
        ("laman", "laman"),
        ("kanak", "kanak"),
    ];

    #[test]
    fn kumpul_family() {
        check(
            "kumpul",
            &[
                "mengumpul",
                "mengumpulkan",
                "pengumpulan",
                "dikumpulkan",
                "kumpulan",
                "terkumpul",
            ],
        );
    }

    #[test]
    fn dedah_family() {
        check(
            "dedah",
            &["mendedahkan", "pendedahan", "didedahkan", "mendedah"],
        );
    }

    #[test]
    fn simpan_family() {
        check(
            "simpan",
            &["menyimpan", "penyimpanan", "disimpan", "simpanan"],
        );
    }

    #[test]
    fn guna_family() {
        check(
            "guna",
            &["menggunakan", "penggunaan", "pengguna", "digunakan"],
        );
    }

    #[test]
    fn proses_family() {
        check("proses", &["memproses", "pemprosesan", "diproses"]);
    }

    #[test]
    fn jual_family() {
        check("jual", &["menjual", "dijual", "jualan"]);
    }

    #[test]
    fn kongsi_family() {
        check(
            "kongsi",
            &["berkongsi", "dikongsi", "perkongsian", "mengongsi"],
        );
    }

    #[test]
    fn per_an_confixes() {
        check("khidmat", &["perkhidmatan"]);
        check("setuju", &["persetujuan", "bersetuju"]);
        check("lindung", &["perlindungan", "melindungi", "dilindungi"]);
    }

    #[test]
    fn ke_an_confix() {
        check("selamat", &["keselamatan"]);
    }

    #[test]
    fn hubung_family() {
        check("hubung", &["menghubungi", "perhubungan", "berhubung"]);
    }

    #[test]
    fn pindah_family() {
        check("pindah", &["memindahkan", "pemindahan", "dipindahkan"]);
    }

    #[test]
    fn padam_family() {
        check("padam", &["memadamkan", "dipadam", "memadam"]);
    }

    #[test]
    fn sedia_family() {
        check("sedia", &["menyediakan", "penyedia", "disediakan"]);
    }

    #[test]
    fn reduplication() {
        check("kanak", &["kanak-kanak", "kanak"]);
        check("langkah", &["langkah-langkah"]);
        check("mana", &["mana-mana"]);
        check("undang", &["undang-undang"]);
    }

    #[test]
    fn possessive_suffix() {
        check("maklumat", &["maklumatnya"]);
    }

    #[test]
    fn non_derived_words_are_unchanged() {
        for word in [
            "peribadi", "maklumat", "data", "pihak", "kami", "anda", "kuki", "privasi", "dasar",
            "laman", "dengan", "undang", "berita", "perkara", "kerana", "mereka", "selamat",
            "digital", "peranti", "adalah",
        ] {
            assert_eq!(stem(word), word, "stem({word:?})");
        }
    }

    #[test]
    fn indonesian_forms() {
        check("kumpul", &["mengumpulkan"]);
        check("ungkap", &["pengungkapan"]);
        check("guna", &["menggunakan"]);
        check("bagi", &["membagikan", "dibagikan"]);
    }

    #[test]
    fn all_listed_cases() {
        for (word, root) in ALL_CASES {
            assert_eq!(stem(word), *root, "stem({word:?})");
        }
    }

    #[test]
    fn idempotent() {
        for (word, _) in ALL_CASES {
            let once = stem(word);
            assert_eq!(stem(&once), once, "stem(stem({word:?}))");
        }
    }

    #[test]
    fn fallback_handles_roots_missing_from_the_word_list() {
        check(
            "daftar",
            &["pendaftaran", "berdaftar", "mendaftar", "didaftarkan"],
        );
        check("bayar", &["pembayaran", "membayar", "dibayar", "bayaran"]);
        check(
            "siasat",
            &["penyiasatan", "menyiasat", "disiasat", "siasatan"],
        );
        check("cegah", &["pencegahan", "mencegah", "dicegah"]);
        check("iktiraf", &["pengiktirafan", "mengiktiraf", "diiktiraf"]);
        check("labur", &["pelaburan", "melabur", "dilaburkan"]);
        // ter-...-an is not a confix, so the ter- belongs to the root.
        check("terbit", &["terbitan", "diterbitkan", "penerbitan"]);
    }

    #[test]
    fn nested_prefixes_and_particles() {
        check("kenal", &["memperkenalkan", "diperkenalkan", "mengenal"]);
        check("tahu", &["mengetahui", "diketahui", "pengetahuan"]);
        check("kesan", &["keberkesanan", "mengesan", "dikesan"]);
        check("baik", &["diperbaiki", "perbaikan", "membaiki"]);
        check("walau", &["walaupun"]);
        check("kumpul", &["pengumpulannya"]);
    }

    #[test]
    fn english_words_in_mixed_text_are_left_alone() {
        for word in ["permission", "cookies", "session", "google", "browser"] {
            assert_eq!(stem(word), word, "stem({word:?})");
        }
    }

    #[test]
    fn non_lowercase_ascii_tokens_pass_through() {
        for word in ["2024", "e-", "café", "Menyimpan", "dataku2"] {
            assert_eq!(stem(word), word);
        }
    }

    #[test]
    fn analyzer_stems_a_malay_sentence() {
        let mut analyzer = analyzer();
        assert_eq!(
            tokens(
                &mut analyzer,
                "Kami mengumpulkan dan menyimpan maklumat peribadi anda bagi tujuan \
                 perlindungan data."
            ),
            [
                "kami", "kumpul", "dan", "simpan", "maklumat", "peribadi", "anda", "bagi", "tuju",
                "lindung", "data"
            ]
        );
    }

    #[test]
    fn analyzer_keeps_hyphenated_reduplication_whole() {
        let mut analyzer = TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(LowerCaser)
            .filter(MalayStemmer)
            .build();
        assert_eq!(
            tokens(&mut analyzer, "Maklumat kanak-kanak"),
            ["maklumat", "kanak"]
        );
    }

    #[test]
    fn index_and_query_side_agree() {
        let mut analyzer = analyzer();
        let query = tokens(&mut analyzer, "kumpul");
        assert_eq!(query, ["kumpul"]);
        for indexed in ["mengumpulkan", "dikumpulkan", "pengumpulan", "Mengumpulkan"] {
            assert_eq!(tokens(&mut analyzer, indexed), query, "{indexed}");
        }
    }
}
