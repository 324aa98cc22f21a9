//! Spoken (ASR) form to written form: number words, ordinals, clock times, spelled plates, street suffixes.
//!
//! Whisper writes what it hears: "forty second street", "a b c one two three four", "half past ten". The
//! extractors want "42nd Street", "ABC1234" and 10:30, so this pass runs first. It never loses the way back:
//! every output [`Token`] keeps the [`Span`] of the original words it came from, so whatever is found in the
//! normalised form is reported against the text the tipster actually gave.
//!
//! The passes run in a fixed order because they feed each other: numbers first (times and plates are
//! made of numbers), then clock times (so "ten thirty" is not mistaken for house number 1030), then
//! plates and spelled acronyms, then street suffixes.

use serde::{Deserialize, Serialize};

use crate::analysis::Span;

/// A clock time as said, before it is placed on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
    /// `Some(true)` for pm, `Some(false)` for am, `None` when not said.
    pub pm: Option<bool>,
}

/// What a normalised token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum TokenKind {
    #[default]
    Word,
    Number(u64),
    Ordinal(u32),
    Time(ClockTime),
    /// A licence plate or other spelled identifier, upper case without separators.
    Plate,
    Punct,
}

/// One normalised token and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// Written form ("42nd", "ABC1234", "Street", "10:30").
    pub text: String,
    /// Lower case matching key: apostrophes and dots removed, suffixes canonical ("street").
    pub key: String,
    pub kind: TokenKind,
    /// The original words this token replaces.
    pub span: Span,
    /// Where [`Token::text`] sits in [`Normalised::text`].
    pub norm: Span,
}

/// The written form of a text and its tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normalised {
    pub text: String,
    pub tokens: Vec<Token>,
}

impl Normalised {
    /// The original span covering tokens `range` (half-open token indices); `None` if the range is empty.
    pub fn span_of(&self, first: usize, last_exclusive: usize) -> Option<Span> {
        if first >= last_exclusive || last_exclusive > self.tokens.len() {
            return None;
        }
        Some(Span { start: self.tokens[first].span.start, end: self.tokens[last_exclusive - 1].span.end })
    }

    /// Maps a byte range of the normalised text back to the original text (tokens it touches).
    pub fn original_span(&self, start: usize, end: usize) -> Option<Span> {
        let first = self.tokens.iter().position(|t| t.norm.end > start)?;
        let last = self.tokens.iter().rposition(|t| t.norm.start < end)?;
        self.span_of(first, last + 1)
    }
}

/// A raw word or punctuation mark of the input.
#[derive(Debug, Clone)]
struct Raw {
    start: usize,
    end: usize,
}

/// Splits into words (alphanumeric runs, joined by inner apostrophes, hyphens, dots and digit colons)
/// and single punctuation marks. Whitespace separates and is dropped.
fn tokenize(input: &str) -> Vec<Raw> {
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(input.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() {
            let start = i;
            i += 1;
            while i < chars.len() {
                let c = chars[i].1;
                if c.is_alphanumeric() {
                    i += 1;
                    continue;
                }
                let next = chars.get(i + 1).map(|p| p.1);
                let prev = chars[i - 1].1;
                let joins = match c {
                    '\'' | '\u{2019}' | '-' => next.is_some_and(char::is_alphanumeric),
                    '.' => next.is_some_and(char::is_alphanumeric) && (prev.is_ascii_digit() == next.is_some_and(|n| n.is_ascii_digit())),
                    ':' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                    _ => false,
                };
                if joins {
                    i += 2;
                } else {
                    break;
                }
            }
            out.push(Raw { start: chars[start].0, end: end_of(i) });
        } else {
            out.push(Raw { start: chars[i].0, end: end_of(i + 1) });
            i += 1;
        }
    }
    out
}

/// Lower case, curly apostrophes straightened, apostrophes and dots dropped: "St. Mary's" -> "st", "marys".
pub fn key_of(s: &str) -> String {
    // Nearly every word is ASCII: lower-cased byte by byte, without the Unicode case tables (this runs for every token).
    if s.is_ascii() {
        let mut key = String::with_capacity(s.len());
        key.extend(s.bytes().filter(|b| !matches!(b, b'\'' | b'.')).map(|b| char::from(b.to_ascii_lowercase())));
        return key;
    }
    // ("my fiancé's laptop", "José": accented Latin letters keyed as their plain letter, as people type them either way.)
    s.chars().filter(|c| !matches!(c, '\'' | '\u{2019}' | '.')).flat_map(char::to_lowercase).map(plain_letter).collect()
}

/// A lower-case accented Latin letter as its plain letter ("é" -> "e"); any other character as it is.
fn plain_letter(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    }
}

/// How a number was said, which decides whether it can join neighbours into a digit string or house number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Form {
    /// Written with digits.
    Digits,
    /// One spoken digit ("seven", "oh", "zero").
    SpokenDigit,
    /// A spoken 10..=99 ("thirty four", "twelve").
    SpokenPair,
    #[default]
    Other,
}

#[derive(Debug, Clone, Default)]
struct Work {
    first: usize,
    last: usize,
    text: String,
    key: String,
    kind: TokenKind,
    form: Form,
    /// Digits as said (keeps leading zeros of "oh seven").
    digits: String,
}

impl Work {
    fn is_word(&self, w: &str) -> bool {
        self.kind == TokenKind::Word && self.key == w
    }
}

const UNITS: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORD_UNITS: [&str; 20] = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth",
];
const ORD_TENS: [&str; 10] =
    ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/// One number-word part.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Unit(u64),
    Tens(u64),
    Hundred,
    Thousand,
    OrdUnit(u64),
    OrdTens(u64),
    OrdHundred,
}

fn part_of(w: &str) -> Option<Part> {
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(Part::Unit(i as u64));
    }
    if let Some(i) = TENS.iter().position(|u| !u.is_empty() && *u == w) {
        return Some(Part::Tens(i as u64 * 10));
    }
    if let Some(i) = ORD_UNITS.iter().position(|u| *u == w) {
        return Some(Part::OrdUnit(i as u64));
    }
    if let Some(i) = ORD_TENS.iter().position(|u| !u.is_empty() && *u == w) {
        return Some(Part::OrdTens(i as u64 * 10));
    }
    match w {
        "hundred" => Some(Part::Hundred),
        "thousand" => Some(Part::Thousand),
        "hundredth" => Some(Part::OrdHundred),
        "forty" | "fourty" => Some(Part::Tens(40)),
        _ => None,
    }
}

/// Parses number words starting at `i`: returns (words consumed, value, ordinal?, form).
fn parse_number_words(ws: &[Work], i: usize) -> Option<(usize, u64, bool, Form)> {
    #[derive(PartialEq, Clone, Copy)]
    enum Last {
        None,
        Unit,
        Teen,
        Tens,
        TensUnit,
        Hundred,
        Thousand,
    }
    let (mut total, mut current, mut last) = (0u64, 0u64, Last::None);
    let mut j = i;
    let mut consumed_parts = 0;
    let mut ordinal = false;
    // "a hundred", "a thousand".
    if ws[j].is_word("a") && ws.get(j + 1).is_some_and(|w| matches!(part_of(&w.key), Some(Part::Hundred | Part::Thousand))) {
        current = 1;
        last = Last::Unit;
        j += 1;
    }
    'words: while j < ws.len() && ws[j].kind == TokenKind::Word {
        let word = &ws[j].key;
        // "and" inside a number only after hundred/thousand and before more number words.
        if word == "and" && matches!(last, Last::Hundred | Last::Thousand) {
            if ws.get(j + 1).is_some_and(|w| w.kind == TokenKind::Word && matches!(part_of(&w.key), Some(Part::Unit(_) | Part::Tens(_) | Part::OrdUnit(_) | Part::OrdTens(_)))) {
                j += 1;
                continue;
            }
            break;
        }
        // (A word that is no number stops at its first part, before anything is allocated: this runs at nearly every word.)
        let Some(parts) = word.split('-').map(part_of).collect::<Option<Vec<Part>>>() else { break };
        // A hyphenated compound is taken whole or not at all.
        let saved = (total, current, last);
        for (k, &part) in parts.iter().enumerate() {
            let ok = match part {
                Part::Unit(0) => last == Last::None && parts.len() == 1,
                Part::Unit(u) | Part::OrdUnit(u) if u < 10 => matches!(last, Last::None | Last::Tens | Last::Hundred | Last::Thousand),
                Part::Unit(_) | Part::OrdUnit(_) => matches!(last, Last::None | Last::Hundred | Last::Thousand),
                Part::Tens(_) | Part::OrdTens(_) => matches!(last, Last::None | Last::Hundred | Last::Thousand),
                Part::Hundred | Part::OrdHundred => matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::TensUnit) && current < 100,
                Part::Thousand => last != Last::None && last != Last::Thousand,
            };
            if !ok {
                if k > 0 {
                    (total, current) = (saved.0, saved.1);
                }
                break 'words;
            }
            match part {
                Part::Unit(u) | Part::OrdUnit(u) => {
                    let was_tens = last == Last::Tens;
                    current += u;
                    last = if u >= 10 { Last::Teen } else if was_tens { Last::TensUnit } else { Last::Unit };
                }
                Part::Tens(t) | Part::OrdTens(t) => {
                    current += t;
                    last = Last::Tens;
                }
                Part::Hundred | Part::OrdHundred => {
                    current *= 100;
                    last = Last::Hundred;
                }
                Part::Thousand => {
                    total += current * 1000;
                    current = 0;
                    last = Last::Thousand;
                }
            }
            if matches!(part, Part::OrdUnit(_) | Part::OrdTens(_) | Part::OrdHundred) {
                ordinal = true;
            }
        }
        consumed_parts += parts.len();
        j += 1;
        if ordinal {
            break;
        }
        if last == Last::Unit && current == 0 {
            break; // "zero" stands alone.
        }
    }
    if consumed_parts == 0 {
        return None;
    }
    let value = total + current;
    let form = if consumed_parts == 1 && value < 10 {
        Form::SpokenDigit
    } else if (10..100).contains(&value) && total == 0 {
        Form::SpokenPair
    } else {
        Form::Other
    };
    Some((j - i, value, ordinal, form))
}

fn ordinal_suffix(n: u64) -> &'static str {
    if (11..=13).contains(&(n % 100)) {
        return "th";
    }
    match n % 10 {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    }
}

/// Words that end a street name, with their canonical written form.
pub const STREET_SUFFIXES: &[(&str, &str)] = &[
    ("street", "Street"),
    ("st", "Street"),
    ("streets", "Street"),
    ("str", "Street"),
    ("avenue", "Avenue"),
    ("ave", "Avenue"),
    ("av", "Avenue"),
    ("avenues", "Avenue"),
    ("road", "Road"),
    ("rd", "Road"),
    ("roads", "Road"),
    ("drive", "Drive"),
    ("dr", "Drive"),
    ("lane", "Lane"),
    ("ln", "Lane"),
    ("boulevard", "Boulevard"),
    ("blvd", "Boulevard"),
    ("court", "Court"),
    ("ct", "Court"),
    ("highway", "Highway"),
    ("hwy", "Highway"),
    ("place", "Place"),
    ("way", "Way"),
    ("square", "Square"),
    ("terrace", "Terrace"),
    ("parkway", "Parkway"),
];

/// ASR mishearings of suffixes, trusted only right after an ordinal or a name-like word.
const SUFFIX_CONFUSIONS: &[(&str, &str)] =
    &[("straight", "Street"), ("streak", "Street"), ("rode", "Road"), ("rowed", "Road"), ("lain", "Lane"), ("avenew", "Avenue")];

/// Whether a word after a number says what it counts ("two ten minutes ago", "number two forty people"), so the number is
/// no house number.
pub(crate) fn counted_noun(key: &str) -> bool {
    matches!(key, "minutes" | "minute" | "mins" | "hours" | "hour" | "seconds" | "days" | "people" | "guys" | "kids" | "feet" | "dollars")
}

/// The canonical suffix for a key ("st" -> "Street"), if it is one.
pub fn street_suffix(key: &str) -> Option<&'static str> {
    STREET_SUFFIXES.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Common words that never start or end a street name; they stop suffix guessing.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "he", "she", "they", "it", "i", "we", "you", "and", "or", "but", "then", "on", "in", "at", "of",
    "to", "from", "by", "with", "near", "was", "is", "were", "who", "that", "this", "his", "her", "their", "down", "up",
    "off", "away", "just", "had", "has", "have", "bike", "horse", "im", "hes", "shes", "theyre", "its", "please", "so", "when",
    "where", "there", "theres", "heading", "going", "driving", "near", "for", "then",
];

const NATO: &[(&str, char)] = &[
    ("alpha", 'A'), ("alfa", 'A'), ("bravo", 'B'), ("charlie", 'C'), ("delta", 'D'), ("echo", 'E'), ("foxtrot", 'F'),
    ("golf", 'G'), ("hotel", 'H'), ("india", 'I'), ("juliet", 'J'), ("juliett", 'J'), ("kilo", 'K'), ("lima", 'L'),
    ("mike", 'M'), ("november", 'N'), ("oscar", 'O'), ("papa", 'P'), ("quebec", 'Q'), ("romeo", 'R'), ("sierra", 'S'),
    ("tango", 'T'), ("uniform", 'U'), ("victor", 'V'), ("whiskey", 'W'), ("whisky", 'W'), ("x-ray", 'X'), ("xray", 'X'),
    ("yankee", 'Y'), ("zulu", 'Z'),
];

const PLATE_KEYWORDS: &[&str] = &["plate", "plates", "tag", "tags", "license", "licence", "registration", "reg", "rego", "plated"];
/// Sounds a recogniser writes for hesitation.
const HESITATIONS: &[&str] = &["uh", "um", "umm", "uhm", "uhh", "er", "erm", "ah", "hmm", "mm"];

/// Words allowed between a plate keyword and the plate ("plate number was", "tag reads").
const PLATE_FILLERS: &[&str] =
    &["number", "was", "were", "is", "reads", "read", "of", "like", "maybe", "it", "its", "starts", "started", "with", "something", "the", "partial", "plate", ":", ",", "-", "i", "think", "said", "says",
      "ends", "ended", "ending", "end", "in", "has", "had", "starting", "begins", "beginning", "got", "looked", "looks", "look", "start", "begin"];

/// Units after a number that make it a quantity: "ETA 20 min".
const QUANTITY_UNITS: &[&str] = &[
    "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "sec", "secs", "seconds", "mph", "ft", "feet", "foot", "lbs",
    "pounds", "miles", "mi", "km", "kg", "yards", "yds", "percent", "years", "yrs",
];

/// Filler words that say a plate was only partly read.
/// ("the plate start with J R": the bare verb, as a second-language speaker says it.)
const PARTIAL_PLATE: &[&str] = &["starts", "started", "starting", "start", "begins", "beginning", "begin", "ends", "ended", "ending", "end", "partial"];

/// Words after a number that make it a time, not a house number.
const TIME_WORDS: &[&str] = &["oclock", "tonight", "today", "yesterday", "this", "last", "minutes", "hours", "seconds", "ago", "or", "in", "and", "now", "then"];

/// The days of the week, Monday first (chrono's numbering).
pub(crate) const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

const TIME_PREPOSITIONS: &[&str] = &["at", "around", "about", "by", "since", "till", "until", "approximately", "roughly", "before", "after"];

fn meridiem_at(ws: &[Work], i: usize) -> Option<(usize, bool)> {
    let w = ws.get(i)?;
    if w.kind != TokenKind::Word {
        return None;
    }
    match w.key.as_str() {
        "am" => Some((1, false)),
        "pm" => Some((1, true)),
        "a" | "p" if ws.get(i + 1).is_some_and(|n| n.is_word("m")) => Some((2, w.key == "p")),
        // "in the morning", "in the evening", "at night"
        "in" if ws.get(i + 1).is_some_and(|n| n.is_word("the")) => match ws.get(i + 2).map(|n| n.key.as_str()) {
            Some("morning") => Some((3, false)),
            Some("afternoon" | "evening") => Some((3, true)),
            _ => None,
        },
        "at" if ws.get(i + 1).is_some_and(|n| n.is_word("night")) => Some((2, true)),
        _ => None,
    }
}

/// Things named by a number that may look like a clock time: "room three oh nine", "bus six oh two", "flight four oh six".
const NUMBERED_THINGS: &[&str] = &[
    "room", "apartment", "apt", "unit", "suite", "bus", "route", "flight", "stop", "number", "#", "train", "gate", "exit", "lot", "space",
    "channel", "plate", "station", "locker", "highway", "interstate", "model", "ward", "bed", "cell", "box", "lane",
];

/// "last night", "this morning" starting at `ws[k]`: the part of the day a clock time is placed in.
fn part_of_day_at(ws: &[Work], k: usize) -> bool {
    ws.get(k).is_some_and(|w| matches!(w.key.as_str(), "last" | "this"))
        && ws.get(k + 1).is_some_and(|w| matches!(w.key.as_str(), "night" | "morning" | "afternoon" | "evening"))
}

/// "it's eight fifteen", "it is ten thirty": the words before a number tell the time.
fn telling_the_time(before: &[Work]) -> bool {
    match before {
        [.., it, verb] if it.is_word("it") => verb.is_word("is") || verb.is_word("was"),
        [.., its] => its.is_word("its"),
        [] => false,
    }
}

fn small_number(w: &Work) -> Option<u64> {
    match w.kind {
        TokenKind::Number(n) => Some(n),
        _ => None,
    }
}

/// Normalises `input` (spoken or written) to written form. Never fails; unknown words pass through.
pub fn normalise(input: &str) -> Normalised {
    let raws = tokenize(input);
    let mut ws: Vec<Work> = raws
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let text = &input[r.start..r.end];
            let is_word = text.chars().next().is_some_and(char::is_alphanumeric);
            Work {
                first: i,
                last: i,
                text: text.to_owned(),
                key: key_of(text),
                kind: if is_word { TokenKind::Word } else { TokenKind::Punct },
                form: Form::Other,
                digits: String::new(),
            }
        })
        .collect();
    // Hesitations carry nothing and split phrases ("outside uh the library"): drop them first.
    ws.retain(|w| !HESITATIONS.contains(&w.key.as_str()));
    ws = join_split_words(ws);
    ws = pass_numbers(ws);
    ws = pass_times(ws);
    ws = pass_plates(ws);
    pass_suffixes(&mut ws);
    ws = absorb_abbreviation_dots(input, &raws, ws);
    build(input, &raws, ws)
}

/// Words a recogniser splits in two, joined: "x ray" (the spelling alphabet's X-ray, so a spelled plate reads on
/// through it), "some body", "some one", "every body", "any body", "no body".
const SPLIT_WORDS: &[(&str, &str, &str)] = &[
    ("x", "ray", "x-ray"), ("some", "body", "somebody"), ("some", "one", "someone"), ("every", "body", "everybody"),
    ("any", "body", "anybody"), ("no", "body", "nobody"),
];

fn join_split_words(mut ws: Vec<Work>) -> Vec<Work> {
    let mut out: Vec<Work> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        // ("some one of them", "some one hundred people": one of several, a number; "no body damage", "some body shop
        // guy": a body of something.)
        let after = ws.get(i + 2).map_or("", |n| n.key.as_str());
        let kept_apart = |b: &str| match b {
            "one" => matches!(after, "of" | "hundred" | "thousand"),
            "body" => matches!(after, "shop" | "damage" | "work" | "parts" | "spray" | "wash" | "cam" | "camera" | "language" | "armor" | "bag"),
            _ => false,
        };
        let joined = ws.get(i + 1).and_then(|n| SPLIT_WORDS.iter().find(|(a, b, _)| ws[i].is_word(a) && n.is_word(b) && !kept_apart(b)));
        match joined {
            Some((_, _, key)) => {
                let (w, n) = (std::mem::take(&mut ws[i]), std::mem::take(&mut ws[i + 1]));
                out.push(Work { last: n.last, key: (*key).into(), text: format!("{} {}", w.text, n.text), ..w });
                i += 2;
            }
            None => {
                out.push(std::mem::take(&mut ws[i]));
                i += 1;
            }
        }
    }
    out
}

fn merge(ws: &[Work], from: usize, to_exclusive: usize, text: String, kind: TokenKind, form: Form, digits: String) -> Work {
    Work {
        first: ws[from].first,
        last: ws[to_exclusive - 1].last,
        key: key_of(&text),
        text,
        kind,
        form,
        digits,
    }
}

fn pass_numbers(mut ws: Vec<Work>) -> Vec<Work> {
    let mut out: Vec<Work> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        if w.kind == TokenKind::Word {
            let k = w.key.as_str();
            if k.bytes().all(|b| b.is_ascii_digit()) && k.len() <= 12 {
                let value = k.parse().unwrap_or(0);
                out.push(Work { kind: TokenKind::Number(value), form: Form::Digits, digits: k.to_owned(), ..w.clone() });
                i += 1;
                continue;
            }
            if let Some(n) = written_ordinal(k) {
                let text = format!("{n}{}", ordinal_suffix(n as u64));
                out.push(Work { text, kind: TokenKind::Ordinal(n), ..w.clone() });
                i += 1;
                continue;
            }
            // Dispatch shorthand for a block ("1100 blk Birch") reads as the word; elsewhere "blk" is black.
            if k == "blk" && out.last().is_some_and(|p| matches!(p.kind, TokenKind::Number(_))) {
                out.push(Work { key: "block".into(), ..w.clone() });
                i += 1;
                continue;
            }
            // "forth street" is nearly always "fourth street" misheard.
            let street_context = ws.get(i + 1).is_some_and(|n| street_suffix(&n.key).is_some() || n.key == "and" || n.key == "&")
                || out.last().is_some_and(|p: &Work| matches!(p.key.as_str(), "of" | "and" | "&" | "on"));
            // (Not "pacing back and forth", "and so forth".)
            let idiom = out.len() >= 2 && matches!(out[out.len() - 2].key.as_str(), "back" | "and") && matches!(out[out.len() - 1].key.as_str(), "and" | "so");
            if k == "forth" && street_context && !idiom {
                out.push(Work { text: "4th".into(), key: "4th".into(), kind: TokenKind::Ordinal(4), ..w.clone() });
                i += 1;
                continue;
            }
            if k == "oh" && i > 0 && out.last().is_some_and(|p| matches!(p.form, Form::SpokenDigit | Form::SpokenPair)) {
                // "nineteen oh five", "seven oh two": a spoken zero only between spoken numbers.
                if ws.get(i + 1).is_some_and(|n| part_of(&n.key).is_some_and(|p| matches!(p, Part::Unit(1..=9)))) {
                    out.push(Work { text: "0".into(), kind: TokenKind::Number(0), form: Form::SpokenDigit, digits: "0".into(), ..w.clone() });
                    i += 1;
                    continue;
                }
            }
            if let Some((len, value, ordinal, form)) = parse_number_words(&ws, i) {
                let (text, kind) = if ordinal {
                    (format!("{value}{}", ordinal_suffix(value)), TokenKind::Ordinal(value.min(u32::MAX as u64) as u32))
                } else {
                    (value.to_string(), TokenKind::Number(value))
                };
                out.push(merge(&ws, i, i + len, text, kind, form, value.to_string()));
                i += len;
                continue;
            }
        }
        // Untouched tokens move across: later passes only look ahead in `ws` and back in `out`.
        out.push(std::mem::take(&mut ws[i]));
        i += 1;
    }
    join_spoken_digits(join_spoken_heights(out))
}

/// "skinny maybe thirty about five nine gray beanie", "white male twenties five seven thin": feet and inches said as two
/// numbers right after words describing someone are a height (5'9"), not the number 59 nor the clock time 5:10.
fn join_spoken_heights(mut ws: Vec<Work>) -> Vec<Work> {
    // Words of a description ("guy", "skinny", "twenties") and what may stand between them and the height ("maybe
    // thirty about", "he's like").
    const PERSONS: &[&str] = &["guy", "man", "woman", "male", "female", "boy", "girl", "dude", "lady", "kid", "teen", "teenager"];
    const DESCRIBING: &[&str] = &[
        "skinny", "thin", "slim", "heavy", "heavyset", "stocky", "chubby", "big", "tall", "short", "bald", "beard", "build", "twenties", "thirties",
        "forties", "fifties", "sixties",
    ];
    const HEDGES: &[&str] = &["maybe", "about", "like", "around", "approximately", "approx", "roughly"];
    const COPULAS: &[&str] = &["hes", "shes", "he", "she", "is", "was"];
    // What follows a height in a description: a colour, a garment, a build, "with", "wearing".
    const DESCRIPTION_AFTER: &[&str] = &[
        "gray", "grey", "black", "white", "red", "blue", "green", "brown", "tan", "navy", "orange", "yellow", "purple", "pink", "dark", "light",
        "hoodie", "jacket", "shirt", "t", "hat", "cap", "coat", "jeans", "pants", "shorts", "skinny", "thin", "heavy", "heavyset", "stocky", "slim",
        "bald", "with", "wearing", "in", "and", "tall",
    ];
    let spoken = |w: &Work, range: std::ops::RangeInclusive<u64>| {
        matches!(w.form, Form::SpokenDigit | Form::SpokenPair) && matches!(w.kind, TokenKind::Number(n) if range.contains(&n))
    };
    // Said right after someone described, with a build, an age or "he's" between; after a bare "a man" and a hedge only with
    // more description after ("i saw a man around five ten walking down the alley" is when).
    let described = |out: &[Work], next: Option<&Work>| {
        let age = |w: &Work| spoken(w, 12..=90) && w.form == Form::SpokenPair;
        let between = out.iter().rev().take(5).take_while(|w| HEDGES.contains(&w.key.as_str()) || COPULAS.contains(&w.key.as_str()) || w.key == "and" || age(w) || w.text == ",").count();
        let Some(d) = out.len().checked_sub(between + 1).map(|k| out[k].key.as_str()) else { return false };
        let words = &out[out.len() - between..];
        let hedged = words.iter().any(|w| HEDGES.contains(&w.key.as_str())) && !words.iter().any(|w| COPULAS.contains(&w.key.as_str()) || age(w));
        let more = next.is_none_or(|w| w.kind == TokenKind::Punct || DESCRIPTION_AFTER.contains(&w.key.as_str()));
        DESCRIBING.contains(&d) || PERSONS.contains(&d) && (!hedged || more)
    };
    let mut out: Vec<Work> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let height = spoken(&ws[i], 4..=6) && ws[i].form == Form::SpokenDigit && ws.get(i + 1).is_some_and(|w| spoken(w, 0..=11) && w.key != "oh");
        // (Not a clock time, a count or a distance said after: "about five ten this morning", "five ten minutes", "maybe five six
        // of them", "five six feet from the door".)
        let timed = || meridiem_at(&ws, i + 2).is_some() || part_of_day_at(&ws, i + 2)
            || ws.get(i + 2).is_some_and(|w| TIME_WORDS.contains(&w.key.as_str()) && w.key != "and" || matches!(w.key.as_str(), "of" | "feet" | "foot" | "ft" | "yards"));
        let said = height && !timed() && described(&out, ws.get(i + 2));
        if let (true, TokenKind::Number(feet), Some(TokenKind::Number(inches))) = (said, ws[i].kind, ws.get(i + 1).map(|w| w.kind)) {
            // (Keyed and valued as the written "5'9" is: 59.)
            let digits = format!("{feet}{inches}");
            let value = digits.parse().unwrap_or(0);
            out.push(merge(&ws, i, i + 2, format!("{feet}'{inches}"), TokenKind::Number(value), Form::Other, digits));
            i += 2;
            continue;
        }
        out.push(std::mem::take(&mut ws[i]));
        i += 1;
    }
    out
}

fn written_ordinal(k: &str) -> Option<u32> {
    let digits = k.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &k[digits.len()..];
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (suffix == ordinal_suffix(n as u64) || (matches!(suffix, "st" | "nd" | "rd" | "th") && n > 0 && k.len() <= 6 && suffix == ordinal_suffix(n as u64))).then_some(n)
}

/// Runs of spoken digits become one digit string ("one two three four" -> 1234); a spoken pair followed by
/// a spoken pair becomes a house number ("twelve thirty four Elm Street" -> 1234) when a street follows.
fn join_spoken_digits(mut ws: Vec<Work>) -> Vec<Work> {
    let mut out: Vec<Work> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        if ws[i].form == Form::SpokenDigit && matches!(ws[i].kind, TokenKind::Number(_)) {
            let mut j = i;
            let mut digits = String::new();
            while j < ws.len() && ws[j].form == Form::SpokenDigit && matches!(ws[j].kind, TokenKind::Number(_)) {
                digits.push_str(&ws[j].digits);
                j += 1;
            }
            // "twenty one oh four two volunteers": the minutes of an hour said as a pair are "oh" and one digit; the
            // digit after them counts what follows.
            // (Not a house number: "fourteen oh two five Elm Street".)
            let street_after = (j..(j + 3).min(ws.len())).any(|k| street_suffix(&ws[k].key).is_some());
            let after_hour = ws[i].key == "oh" && !street_after
                && out.last().is_some_and(|p| p.form == Form::SpokenPair && matches!(p.kind, TokenKind::Number(10..=23)));
            // "approximately oh one oh five two employees": after a leading "oh" the hour is one digit and its minutes end
            // after "oh" and one digit too.
            let after_leading_oh = out.last().is_some_and(|p| p.is_word("oh")) && ws.get(i + 1).is_some_and(|w| w.key == "oh");
            if after_hour && j - i == 3 || after_leading_oh && j - i > 3 {
                j -= 1;
                digits.pop();
            }
            // "around one oh three a m", "at seven oh five this morning", "it's three oh five and there's a man": an hour of one
            // digit, "oh" and a digit are a clock time after a word that puts a time there ("at", "around", "it's" not
            // answering a question) and then am, pm, the part of the day or the tip going on at once. Otherwise they are the
            // number they were: "two oh five maple avenue", "it's nine oh six chesnut street", "which apartment? it's two oh
            // six and the door is kicked in", "they broke into four oh one last night", "we are in two oh four am i supposed to".
            let asked = out.iter().rev().take(6).any(|w| w.text == "?");
            let cue = out.last().is_some_and(|p: &Work| p.kind == TokenKind::Word && TIME_PREPOSITIONS.contains(&p.key.as_str()))
                || telling_the_time(&out) && !asked;
            let goes_on = ws.get(j).is_some_and(|n| matches!(n.key.as_str(), "and" | "now")) && telling_the_time(&out);
            let placed = meridiem_at(&ws, j).is_some_and(|_| !ws[j].is_word("am") || ws.get(j + 1).is_none_or(|n| !n.is_word("i")))
                || part_of_day_at(&ws, j);
            let labelled = out.last().is_some_and(|p: &Work| NUMBERED_THINGS.contains(&p.key.as_str()));
            let clock = j - i == 3 && ws[i + 1].key == "oh" && !labelled && !street_after && cue && (placed || goes_on);
            if clock {
                out.push(std::mem::take(&mut ws[i]));
                i += 1;
                continue;
            }
            if j - i >= 2 {
                let value = digits.parse().unwrap_or(0);
                out.push(merge(&ws, i, j, digits.clone(), TokenKind::Number(value), Form::Digits, digits));
                i = j;
                continue;
            }
        }
        // "one fifty Main Street" (150), "twelve thirty four Elm Street" (1234).
        if matches!(ws[i].form, Form::SpokenPair | Form::SpokenDigit) && matches!(ws[i].kind, TokenKind::Number(1..)) {
            // Second half: a spoken pair or "oh" + digit (already "0" then a digit).
            let second = if ws.get(i + 1).is_some_and(|w| w.form == Form::SpokenPair && w.kind != TokenKind::Number(0)) {
                Some((1, small_number(&ws[i + 1]).unwrap_or(0)))
            } else if ws.get(i + 1).is_some_and(|w| w.kind == TokenKind::Number(0) && w.form == Form::SpokenDigit)
                && ws.get(i + 2).is_some_and(|w| w.form == Form::SpokenDigit)
            {
                Some((2, small_number(&ws[i + 2]).unwrap_or(0)))
            } else {
                None
            };
            if let (Some((len, b)), TokenKind::Number(a)) = (second, ws[i].kind) {
                let after = i + 1 + len;
                let next_is_name = ws.get(after).is_some_and(|w| {
                    matches!(w.kind, TokenKind::Ordinal(_)) || (w.kind == TokenKind::Word && !FUNCTION_WORDS.contains(&w.key.as_str()) && !TIME_WORDS.contains(&w.key.as_str()))
                })
                    && meridiem_at(&ws, after).is_none();
                let street_follows = (after..(after + 4).min(ws.len())).any(|k| street_suffix(&ws[k].key).is_some() || ws[k].key == "block");
                // "at three twenty five main": a place preposition before and a name after, without a suffix.
                let place_before = out.last().is_some_and(|p: &Work| matches!(p.key.as_str(), "at" | "on" | "outside" | "near" | "of" | "front" | "to" | "from" | "behind"));
                // "on church street number one eighty": the house's number said after its street.
                // (Not "oak street number two ten minutes ago", "number two forty people on board": a count after it.)
                let counted_after = ws.get(after).is_some_and(|w| counted_noun(&w.key));
                let numbered_after_street =
                    out.len() >= 2 && out[out.len() - 1].key == "number" && street_suffix(&out[out.len() - 2].key).is_some() && !counted_after;
                if next_is_name && (street_follows || place_before) || numbered_after_street {
                    let value = a * 100 + b;
                    out.push(merge(&ws, i, after + 1 - 1, value.to_string(), TokenKind::Number(value), Form::Other, value.to_string()));
                    i = after;
                    continue;
                }
            }
        }
        out.push(std::mem::take(&mut ws[i]));
        i += 1;
    }
    out
}

fn pass_times(mut ws: Vec<Work>) -> Vec<Work> {
    let mut out: Vec<Work> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        if let Some((len, t)) = time_at(&ws, i, &out) {
            let text = format_clock(t);
            out.push(merge(&ws, i, i + len, text, TokenKind::Time(t), Form::Other, String::new()));
            i += len;
        } else {
            out.push(std::mem::take(&mut ws[i]));
            i += 1;
        }
    }
    out
}

fn format_clock(t: ClockTime) -> String {
    match t.pm {
        Some(pm) => format!("{}:{:02} {}", t.hour, t.minute, if pm { "pm" } else { "am" }),
        None => format!("{}:{:02}", t.hour, t.minute),
    }
}

fn hour_of(w: &Work) -> Option<u8> {
    match w.kind {
        TokenKind::Number(n) if (1..=12).contains(&n) => Some(n as u8),
        _ => None,
    }
}

/// The 24-hour clock of dispatch and security reports as said aloud: "oh three oh five hours", "oh one
/// forty seven", "oh seven hundred", "eleven oh five hours", "approximately fifteen forty". A leading "oh",
/// "hours" after it, or an approximation before an afternoon hour says it is a time ("at fifteen ten Maple"
/// is an address).
fn spoken_24_hour(ws: &[Work], i: usize, prev: Option<&Work>) -> Option<(usize, ClockTime)> {
    let number = |k: usize| match ws.get(k).map(|w| w.kind) {
        Some(TokenKind::Number(n)) => Some(n),
        _ => None,
    };
    let hours_at = |k: usize| ws.get(k).is_some_and(|x| matches!(x.key.as_str(), "hrs" | "hr" | "hours"));
    let clock = |len: usize, hour: u64, minute: u64| {
        (hour < 24 && minute < 60).then(|| {
            let h = hour as u8;
            let twelve = if h.is_multiple_of(12) { 12 } else { h % 12 };
            (len + usize::from(hours_at(i + len)), ClockTime { hour: twelve, minute: minute as u8, pm: Some(h >= 12) })
        })
    };
    // ("zero seven hundred": "zero" said as "oh".)
    let spoken = ws[i].form != Form::Digits;
    if ws[i].key == "oh" || spoken && ws[i].digits == "0" {
        let h = number(i + 1)?;
        return if h < 10 && ws.get(i + 2).is_some_and(|x| x.is_word("hundred")) {
            clock(3, h, 0)
        } else if (100..1000).contains(&h) {
            // "three oh five" and "seven hundred" reach here as one number.
            clock(2, h / 100, h % 100)
        } else if h < 10 {
            clock(3, h, number(i + 2).filter(|m| (10..60).contains(m))?)
        } else {
            None
        };
    }
    // "zero two thirty three hours", "zero one forty": an hour said with its leading zero ("zero two" already joined as
    // digits), then its minutes said as a pair.
    let minutes_said = || ws.get(i + 1).is_some_and(|m| m.form == Form::SpokenPair);
    // (Not a plate or a unit: "the plate is zero four twenty one", "my unit is zero seven forty five".)
    let labelled = || prev.is_some_and(|p| matches!(p.key.as_str(), "plate" | "unit" | "apartment" | "apt" | "number" | "code" | "room" | "is" | "#"));
    if ws[i].digits.len() == 2 && ws[i].digits.starts_with('0') && minutes_said() && (!labelled() || hours_at(i + 2)) {
        return clock(2, number(i)?, number(i + 1).filter(|m| (10..60).contains(m))?);
    }
    let approx = prev.is_some_and(|p| matches!(p.key.as_str(), "approx" | "approximately" | "around" | "about" | "since"));
    // An amount, not a time: "about fourteen hundred dollars", "around eighteen hundred rounds".
    let counted = |k: usize| {
        ws.get(k).is_some_and(|x| {
            matches!(x.key.as_str(), "dollars" | "bucks" | "feet" | "pounds" | "people" | "block" | "yards" | "miles" | "square" | "rounds" | "in")
        })
    };
    // "approximately seventeen hundred", "fourteen hundred hours" reach here as one number ("two thousand" is no hour).
    let hundreds = number(i).filter(|n| (1000..2400).contains(n) && n % 100 == 0 && n % 1000 != 0 && ws[i].form != Form::Digits);
    if let Some(n) = hundreds.filter(|&n| hours_at(i + 1) || approx && n >= 1300 && !counted(i + 1)) {
        return clock(1, n / 100, 0);
    }
    let h = number(i).filter(|h| (10..24).contains(h))?;
    if ws.get(i + 1).is_some_and(|x| x.is_word("hundred")) && (hours_at(i + 2) || approx && h >= 13 && !counted(i + 2)) {
        return clock(2, h, 0);
    }
    let minute_said = ws.get(i + 1).is_some_and(|m| m.digits.len() == 2 || m.form == Form::SpokenPair);
    let m = number(i + 1).filter(|_| minute_said)?;
    if hours_at(i + 2) || approx && h >= 13 {
        return clock(2, h, m);
    }
    // "approx twelve thirty five": a morning or noon hour after dispatch's "approx", its half of the day unsaid (not "approx
    // ten fifteen minutes ago", "approx ten fifteen people").
    let unit =
        || ws.get(i + 2).is_some_and(|x| matches!(x.key.as_str(), "minutes" | "mins" | "min" | "people" | "guys" | "kids" | "feet" | "ft" | "times"));
    let after_approx = prev.is_some_and(|p| matches!(p.key.as_str(), "approx" | "approximately"));
    // (With its am or pm said, "approx 11 45 pm", the clock reading below takes it.)
    if after_approx && h <= 12 && m < 60 && !unit() && !counted(i + 2) && meridiem_at(ws, i + 2).is_none() {
        return Some((2, ClockTime { hour: h as u8, minute: m as u8, pm: None }));
    }
    None
}

/// "ten to midnight", "half past noon": `minutes` past or to noon or midnight (to it, at most half an hour).
fn off_noon_or_midnight(rel: &Work, noon: &Work, minutes: u8) -> Option<ClockTime> {
    let base: u8 = if noon.is_word("noon") {
        12
    } else if noon.is_word("midnight") {
        0
    } else {
        return None;
    };
    if rel.is_word("past") || rel.is_word("after") {
        return Some(ClockTime { hour: base, minute: minutes, pm: Some(base == 12) });
    }
    ((rel.is_word("to") || rel.is_word("till") || rel.is_word("before")) && minutes <= 30)
        .then(|| ClockTime { hour: (base + 23) % 24, minute: 60 - minutes, pm: (base == 12).then_some(false) })
}

/// A clock time starting at `i` (`before` is what precedes it, already normalised): (tokens used, time).
fn time_at(ws: &[Work], i: usize, before: &[Work]) -> Option<(usize, ClockTime)> {
    let prev = before.last();
    if let Some(found) = spoken_24_hour(ws, i, prev) {
        return Some(found);
    }
    let w = &ws[i];
    let with_meridiem = |len: usize, hour: u8, minute: u8| {
        let (extra, pm) = match meridiem_at(ws, i + len) {
            Some((n, pm)) => (n, Some(pm)),
            None => (0, None),
        };
        // "12:30 at night" is half past midnight, not noon.
        // ("one oh five at night", "3 at night" too: the small hours.)
        let night = extra == 2 && ws.get(i + len).is_some_and(|w| w.is_word("at"));
        let pm = if night && (hour == 12 || hour <= 4) { Some(false) } else { pm };
        Some((len + extra, ClockTime { hour, minute, pm }))
    };
    // "10:30", "10.30 pm"
    if w.kind == TokenKind::Word {
        // "10:30", "10:30pm", "10pm" (am/pm written onto the digits).
        let (core, attached) = match w.key.strip_suffix("pm").map(|c| (c, Some(true))).or_else(|| w.key.strip_suffix("am").map(|c| (c, Some(false)))) {
            Some((c, pm)) if !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit() || b == b':') => (c, pm),
            _ => (w.key.as_str(), None),
        };
        let clock = core.split_once(':').or_else(|| attached.and(Some((core, "0"))));
        if let Some((h, m)) = clock {
            if let (Ok(h), Ok(m)) = (h.parse::<u8>(), m.parse::<u8>()) {
                if h < 24 && m < 60 {
                    return match attached {
                        Some(pm) if h <= 12 => Some((1, ClockTime { hour: h, minute: m, pm: Some(pm) })),
                        Some(_) => None,
                        None => with_meridiem(1, h, m),
                    };
                }
            }
        }
        match w.key.as_str() {
            "noon" | "midday" => return Some((1, ClockTime { hour: 12, minute: 0, pm: Some(true) })),
            "midnight" => return Some((1, ClockTime { hour: 12, minute: 0, pm: Some(false) })),
            "half" | "quarter" => {
                let minutes = if w.key == "half" { 30 } else { 15 };
                let rel = ws.get(i + 1)?;
                // ("half past midnight", "quarter to noon".)
                if let Some(c) = ws.get(i + 2).and_then(|noon| off_noon_or_midnight(rel, noon, minutes)) {
                    return Some((3, c));
                }
                let hour = hour_of(ws.get(i + 2)?)?;
                if rel.is_word("past") || rel.is_word("after") {
                    return with_meridiem(3, hour, minutes);
                }
                if (rel.is_word("to") || rel.is_word("till") || rel.is_word("before")) && w.key == "quarter" {
                    return with_meridiem(3, if hour == 1 { 12 } else { hour - 1 }, 45);
                }
                return None;
            }
            _ => {}
        }
        return None;
    }
    let TokenKind::Number(n) = w.kind else { return None };
    // "twenty past ten", "ten to eleven", "five minutes past six"
    let (rel_at, minutes) = if ws.get(i + 1).is_some_and(|w| w.is_word("minutes") || w.is_word("minute")) { (i + 2, n) } else { (i + 1, n) };
    if (1..60).contains(&minutes) {
        // "ten to midnight", "five past noon".
        if let Some(c) = ws.get(rel_at).zip(ws.get(rel_at + 1)).and_then(|(rel, noon)| off_noon_or_midnight(rel, noon, minutes as u8)) {
            return Some((rel_at + 2 - i, c));
        }
        if let (Some(rel), Some(hour)) = (ws.get(rel_at), ws.get(rel_at + 1).and_then(hour_of)) {
            let len = rel_at + 2 - i;
            if rel.is_word("past") || rel.is_word("after") {
                return with_meridiem(len, hour, minutes as u8);
            }
            // (Not "thirty to": "seven thirty to nine fifteen" is a span; nor "from about 6 to 9".)
            let from = before.iter().rev().take(2).any(|w| w.is_word("from"));
            if rel.is_word("to") && minutes < 30 && !from {
                return with_meridiem(len, if hour == 1 { 12 } else { hour - 1 }, (60 - minutes) as u8);
            }
        }
    }
    // "0305 hrs", "approx 1420", "since 0700": the 24-hour clock of dispatch and security reports, four
    // digits typed. Only with "hrs" after it, a leading zero, or an approximation or "since" before it, since
    // "at 1105 Main" is an address.
    let typed = w.first == w.last && w.text.len() == 4 && w.text.bytes().all(|b| b.is_ascii_digit());
    if typed && n % 100 < 60 && n / 100 < 24 {
        let hrs = ws.get(i + 1).is_some_and(|x| matches!(x.key.as_str(), "hrs" | "hr" | "hours"));
        let approx = prev.is_some_and(|p| matches!(p.key.as_str(), "approx" | "approximately" | "since" | "around"));
        if hrs || approx || w.digits.starts_with('0') {
            let hour = (n / 100) as u8;
            let twelve = if hour.is_multiple_of(12) { 12 } else { hour % 12 };
            return Some((1 + usize::from(hrs), ClockTime { hour: twelve, minute: (n % 100) as u8, pm: Some(hour >= 12) }));
        }
    }
    let hour = hour_of(w)?;
    // "ten o'clock"
    if ws.get(i + 1).is_some_and(|w| w.key == "oclock" || w.key == "o'clock") {
        return with_meridiem(2, hour, 0);
    }
    if ws.get(i + 1).is_some_and(|w| w.is_word("o")) && ws.get(i + 2).is_some_and(|w| w.is_word("clock")) {
        return with_meridiem(3, hour, 0);
    }
    // "ten pm"
    if meridiem_at(ws, i + 1).is_some() {
        return with_meridiem(1, hour, 0);
    }
    // "around 11 last night", "at 3 this afternoon": an hour alone, placed by the part of day after it.
    let day_part_follows = ws.get(i + 1).is_some_and(|w| matches!(w.key.as_str(), "tonight" | "yesterday")) || part_of_day_at(ws, i + 1);
    // "last night around 10 a bottle rocket ...", "this morning around 7 while we argued", "yesterday around 5 a
    // man knocked": the part of day or the day said just before (a weekday alone leaves am or pm open), and then no noun the number could count ("this morning about 6 guys").
    let day_and_part = |day: &Work, part: &Work| {
        (matches!(day.key.as_str(), "last" | "this" | "yesterday") || WEEKDAYS.contains(&day.key.as_str()))
            && matches!(part.key.as_str(), "night" | "morning" | "afternoon" | "evening")
    };
    // ("a robbery from this morning. Around 6 I was running": a sentence may end between.)
    let part_of_day = match before {
        [.., day, part, stop, _] if stop.text == "." => day_and_part(day, part),
        [.., day, part, _] => day_and_part(day, part),
        _ => false,
    };
    // ("in Maple Square yesterday, around 11.": a comma may stand between.)
    let day_alone = match before {
        [.., day, comma, _] if comma.text == "," => matches!(day.key.as_str(), "tonight" | "overnight" | "yesterday"),
        [.., day, _] => matches!(day.key.as_str(), "tonight" | "overnight" | "yesterday"),
        _ => false,
    };
    // ("yesterday around five just after it got dark", in speech without its comma; not "yesterday around 8 just now".)
    let just_after = |n: &Work| n.is_word("just") && ws.get(i + 2).is_some_and(|m| matches!(m.key.as_str(), "after" | "before" | "as" | "when"));
    let day_part_precedes = (part_of_day || day_alone) && ws.get(i + 1).is_none_or(|n| {
        n.kind == TokenKind::Punct
            || just_after(n)
            || matches!(
                n.key.as_str(),
                "while" | "when" | "and" | "a" | "the" | "i" | "he" | "she" | "they" | "we" | "my" | "his" | "her" | "someone" | "somebody"
                    | "there" | "or" | "at" | "in" | "outside" | "behind" | "near" | "because" | "cause" | "but" | "so" | "then"
            )
    });
    let preposition_before = prev.is_some_and(|p| p.kind == TokenKind::Word && TIME_PREPOSITIONS.contains(&p.key.as_str()));
    // "parked across from their house since 6 with two men in it": "since" and an hour, then no noun it could count
    // ("since 3 kids moved in") nor a date ("since 5/2"). Not the hour a place shuts ("the store's been closed since
    // 9"): that tells why nobody should be inside, not when anything happened.
    let shut = before.len() >= 2 && matches!(before[before.len() - 2].key.as_str(), "closed" | "shut" | "locked");
    // (An hour of the day, 5 to 12: "nonverbal since 2" is an age.)
    let since_hour = prev.is_some_and(|p| p.is_word("since"))
        && (5..=12).contains(&hour)
        && !shut
        && ws.get(i + 1).is_none_or(|n| {
            n.kind == TokenKind::Punct && matches!(n.text.as_str(), "." | "," | "!" | "?" | ";")
                || matches!(n.key.as_str(), "with" | "and" | "but" | "when" | "so" | "now")
        });
    if (day_part_follows || day_part_precedes) && preposition_before || since_hour {
        return Some((1, ClockTime { hour, minute: 0, pm: None }));
    }
    // "ten thirty" / "ten oh five": only with a time preposition before or am/pm after.
    let (len, minute) = match (ws.get(i + 1), ws.get(i + 2)) {
        (Some(a), _) if a.form == Form::SpokenPair => (2, small_number(a)?),
        (Some(a), Some(b)) if a.kind == TokenKind::Number(0) && a.form == Form::SpokenDigit && b.form == Form::SpokenDigit => (3, small_number(b)?),
        (Some(a), _) if a.form == Form::Digits && a.text.len() == 2 => (2, small_number(a)?),
        _ => return None,
    };
    if minute >= 60 {
        return None;
    }
    let preposition = prev.is_some_and(|p| p.kind == TokenKind::Word && TIME_PREPOSITIONS.contains(&p.key.as_str()));
    // "ten fifteen this morning": placed by the part of the day after it.
    if preposition || telling_the_time(before) || part_of_day_at(ws, i + len) || meridiem_at(ws, i + len).is_some() {
        return with_meridiem(len, hour, minute as u8);
    }
    None
}

/// Units said with a number as one word: "24-foot", "29-cent", "5-gallon", "3-story".
const HYPHENATED_UNITS: &[&str] = &[
    "foot", "feet", "ft", "inch", "cent", "cents", "dollar", "gallon", "pound", "lb", "ounce", "oz", "liter", "litre", "ton", "year", "yr",
    "minute", "min", "hour", "hr", "day", "week", "month", "mile", "yard", "story", "storey", "speed", "piece", "pack", "man", "person",
    "car", "door", "point", "lane", "seat", "page", "step", "wheel", "wheeler", "way", "inning", "hole", "room", "bedroom", "unit",
];

/// One element of a spelled sequence.
fn spelled(w: &Work, original: &str) -> Option<String> {
    match w.kind {
        TokenKind::Number(_) if matches!(w.form, Form::Digits | Form::SpokenDigit) && w.digits.len() <= 8 => Some(w.digits.clone()),
        TokenKind::Word => {
            // "RNG 22-something": the part read, the rest unknown.
            let k = w.key.strip_suffix("-something").filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_alphanumeric())).unwrap_or(&w.key);
            if k.len() < w.key.len() {
                return Some(k.to_ascii_uppercase());
            }
            if let Some((_, c)) = NATO.iter().find(|(n, _)| *n == k) {
                return Some(c.to_string());
            }
            if k.chars().count() == 1 && k.chars().all(|c| c.is_ascii_alphabetic()) {
                return Some(k.to_ascii_uppercase());
            }
            let alnum = k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            let has_digit = k.chars().any(|c| c.is_ascii_digit());
            let has_alpha = k.chars().any(|c| c.is_ascii_alphabetic());
            // "24-foot ladder", "29-cent stamps": a number and its unit typed as one word is a quantity (not a plate typed in lower
            // case, "482-kzt").
            let quantity = original.split_once('-').is_some_and(|(n, unit)| {
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && HYPHENATED_UNITS.contains(&unit.to_ascii_lowercase().as_str())
            });
            // "ABC1234", "7KXB219": mixed letters and digits.
            if alnum && has_digit && has_alpha && !quantity && (2..=9).contains(&k.len()) {
                return Some(k.replace('-', "").to_ascii_uppercase());
            }
            // "ABC" typed in capitals.
            if (2..=4).contains(&original.len()) && original.chars().all(|c| c.is_ascii_uppercase()) {
                return Some(original.to_owned());
            }
            None
        }
        _ => None,
    }
}

/// Whether "as in" starts at `ws[k]`, as in "p as in paul".
fn as_in_at(ws: &[Work], k: usize) -> bool {
    ws.get(k).is_some_and(|x| x.is_word("as")) && ws.get(k + 1).is_some_and(|x| x.is_word("in"))
}

fn pass_plates(mut ws: Vec<Work>) -> Vec<Work> {
    let mut out: Vec<Work> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        // Is there a plate keyword just before (allowing filler words)?
        // And did the caller say it is only part of one ("ends in 62", "started with 8 Delta")?
        let (keyword, partial) = {
            let mut k = out.len();
            let (mut found, mut partial) = (false, false);
            let mut steps = 0;
            while k > 0 && steps < 6 {
                k -= 1;
                steps += 1;
                // ("my hot plate started a fire": a stove, no licence plate.)
                let hot_plate = out[k].key == "plate" && k > 0 && out[k - 1].key == "hot";
                if PLATE_KEYWORDS.contains(&out[k].key.as_str()) && !hot_plate {
                    found = true;
                    // "got the end of the plate, 58", "part of his tag": only part of it, said before the keyword.
                    partial |= out[k.saturating_sub(3)..k].iter().any(|w| PARTIAL_PLATE.contains(&w.key.as_str()) || matches!(w.key.as_str(), "part" | "half"));
                    break;
                }
                // "the plate on the Rio 8JD": the vehicle it is on, named between.
                let on_the = |k: usize| k >= 3 && out[k - 2].key == "on" && matches!(out[k - 1].key.as_str(), "the" | "his" | "her" | "their" | "that");
                if on_the(k) && PLATE_KEYWORDS.contains(&out[k - 3].key.as_str()) {
                    found = true;
                    break;
                }
                // (The bare verb only as "start with": not "the hot plate start a fire".)
                let bare_verb = matches!(out[k].key.as_str(), "start" | "begin") && out.get(k + 1).is_none_or(|n| n.key != "with");
                if !PLATE_FILLERS.contains(&out[k].key.as_str()) || bare_verb {
                    break;
                }
                partial |= PARTIAL_PLATE.contains(&out[k].key.as_str());
            }
            (found, found && partial)
        };
        // Collect a run of spelled elements, "double x" and dashes.
        let mut j = i;
        let mut chars = String::new();
        let mut elements = 0;
        let mut letters_only_singles = true;
        // Whether the last character read was confirmed by its word ("p as in paul").
        let mut spelled_out = false;
        while j < ws.len() {
            let w = &ws[j];
            // "beginning with L, R": a comma between characters read out one by one.
            // ("M as in Mary, D as in David, Q 6620": commas between letters read out with their words.)
            // (Only when a letter read the same way or a number follows: not "S as in Sam, I think, 7".)
            let goes_on = |k: usize| {
                ws.get(k).is_some_and(|n| matches!(n.kind, TokenKind::Number(_)))
                    || as_in_at(&ws, k + 1)
                    || ws.get(k + 1).is_some_and(|n| matches!(n.kind, TokenKind::Number(_)))
            };
            let comma = w.key == "," && (keyword && chars.len() == elements || spelled_out && goes_on(j + 1));
            if elements > 0 && (w.key == "-" || w.key == "dash" || comma) && ws.get(j + 1).is_some_and(|n| spelled(n, &n.text).is_some()) {
                j += 1;
                continue;
            }
            if (w.is_word("double") || w.is_word("triple")) && ws.get(j + 1).is_some_and(|n| spelled(n, &n.text).is_some()) {
                // "double two one": the doubling applies to the first character only.
                let s = spelled(&ws[j + 1], &ws[j + 1].text).expect("checked");
                let times = if w.key == "double" { 2 } else { 3 };
                let mut cs = s.chars();
                let first = cs.next().expect("spelled text is never empty");
                chars.extend(std::iter::repeat_n(first, times));
                chars.extend(cs);
                elements += 1;
                letters_only_singles = false;
                j += 2;
                continue;
            }
            // "oh" among other spelled characters, or opening them right after a plate keyword ("plate ends in oh four four").
            let opens_plate = keyword && elements == 0 && ws.get(j + 1).is_some_and(|n| spelled(n, &n.text).is_some());
            if w.is_word("oh") && (elements > 0 || opens_plate) {
                chars.push('0');
                elements += 1;
                j += 1;
                continue;
            }
            let here = spelled(w, &w.text);
            // "four w v eight eight three v as in victor": a letter already read out, confirmed after the plate.
            let confirms_earlier = |s: &str| s.len() == 1 && s.chars().all(|c| c.is_ascii_alphabetic()) && chars.len() >= 3 && chars.contains(s);
            if here.as_deref().is_some_and(confirms_earlier) && as_in_at(&ws, j + 1) {
                break;
            }
            match here {
                Some(s) if chars.len() + s.len() <= 9 => {
                    if !(s.len() == 1 && s.chars().all(|c| c.is_ascii_alphabetic()) && w.text.chars().count() == 1) {
                        letters_only_singles = false;
                    }
                    chars.push_str(&s);
                    elements += 1;
                    j += 1;
                    // "p as in paul": the word only confirms the letter.
                    let confirms = |k: usize| ws.get(k).is_some_and(|x| x.kind == TokenKind::Word && x.key.len() > 1 && x.key.to_ascii_uppercase().starts_with(&s));
                    spelled_out = s.len() == 1 && as_in_at(&ws, j) && confirms(j + 2);
                    if spelled_out {
                        j += 3;
                    }
                }
                _ => break,
            }
        }
        // "... four one I parked it": the speaker's "I" after a spelled plate is not its last letter.
        if elements >= 3 && j > i && ws[j - 1].key == "i" && ws.get(j).is_some_and(|n| n.kind == TokenKind::Word) && chars.ends_with('I') {
            j -= 1;
            chars.pop();
            elements -= 1;
        }
        // "... four four one eight a ford i think": nor an article after it, before the noun it opens (not "eight a and
        // then he").
        let opens_noun = |n: &Work| {
            n.kind == TokenKind::Word
                && n.key.len() >= 3
                && !matches!(n.key.as_str(), "and" | "but" | "then" | "the" | "she" | "they" | "was" | "not" | "for" | "its" | "that" | "this")
                && NATO.iter().all(|(name, _)| *name != n.key)
        };
        if elements >= 3 && j > i && ws[j - 1].is_word("a") && ws.get(j).is_some_and(opens_noun) && chars.ends_with('A') {
            j -= 1;
            chars.pop();
            elements -= 1;
        }
        // A lone article before the run is not part of it: "a b m w", "a 4 door".
        let mut start = i;
        if !keyword && elements >= 2 && ws[i].is_word("a") {
            start = i + 1;
            chars.remove(0);
            elements -= 1;
        }
        let letters = chars.chars().filter(char::is_ascii_alphabetic).count();
        let digits = chars.chars().filter(char::is_ascii_digit).count();
        // "ETA 20 min", "approx 15 ft": letters and a number with its unit are a quantity, not a plate.
        // ("driving in, ETA 20.": an arrival in minutes, the unit left out.)
        // ("25 MPH signs": the unit run into the letters.)
        let unit_ends_it = j > start && ws[j - 1].kind == TokenKind::Word && QUANTITY_UNITS.contains(&ws[j - 1].key.as_str());
        let quantity = !keyword && (ws.get(j).is_some_and(|n| QUANTITY_UNITS.contains(&n.key.as_str())) || ws[start].key == "eta" || unit_ends_it);
        let is_plate = if quantity {
            false
        } else if keyword {
            (2..=9).contains(&chars.len()) && (elements >= 2 || letters > 0 && digits > 0 || chars.len() >= 3) || partial && !chars.is_empty()
        } else {
            letters >= 2 && digits >= 2 && (5..=8).contains(&chars.len()) && (elements >= 2 || chars.len() >= 6)
        };
        if is_plate {
            if start > i {
                out.push(std::mem::take(&mut ws[i]));
            }
            out.push(merge(&ws, start, j, chars.clone(), TokenKind::Plate, Form::Other, String::new()));
            i = j;
            continue;
        }
        // Spelled letters that are not a plate are an acronym: "s u v" -> SUV, "b m w" -> BMW. (Not the "o" of a
        // dispatcher's "16 y/o F" and the sex after it.)
        let after_slash = out.last().is_some_and(|w: &Work| w.text == "/");
        if letters_only_singles && elements >= 2 && digits == 0 && !after_slash {
            if start > i {
                out.push(std::mem::take(&mut ws[i]));
            }
            out.push(merge(&ws, start, j, chars.clone(), TokenKind::Word, Form::Other, String::new()));
            i = j;
            continue;
        }
        out.push(std::mem::take(&mut ws[i]));
        i += 1;
    }
    out
}

fn pass_suffixes(ws: &mut [Work]) {
    for i in 0..ws.len() {
        if ws[i].kind != TokenKind::Word {
            continue;
        }
        let key = ws[i].key.clone();
        let prev_is_name = i > 0
            && match ws[i - 1].kind {
                TokenKind::Ordinal(_) => true,
                TokenKind::Word => !FUNCTION_WORDS.contains(&ws[i - 1].key.as_str()) && street_suffix(&ws[i - 1].key).is_none(),
                _ => false,
            };
        let canonical = if key == "st" {
            // "Elm St", "3rd St" after a name; "St Mary's", "outside St. Mary's" (saint) otherwise.
            let next = ws[i + 1..].iter().find(|n| n.kind != TokenKind::Punct || n.text != ".");
            let next_is_word = next.is_some_and(|n| n.kind == TokenKind::Word && !FUNCTION_WORDS.contains(&n.key.as_str()));
            let prev_capitalised = i > 0 && ws[i - 1].text.chars().next().is_some_and(char::is_uppercase);
            let after_name = i > 0 && (matches!(ws[i - 1].kind, TokenKind::Ordinal(_)) || (prev_is_name && (prev_capitalised || !next_is_word)));
            if after_name {
                Some("Street")
            } else if next_is_word {
                ws[i].text = "Saint".into();
                ws[i].key = "saint".into();
                None
            } else {
                None
            }
        } else if let Some(s) = street_suffix(&key) {
            // Plain words that are also suffixes ("way", "place", "square", "court") change only after a name.
            let plain_word = matches!(key.as_str(), "way" | "place" | "square" | "court" | "terrace");
            (!plain_word || prev_is_name).then_some(s)
        } else if prev_is_name {
            SUFFIX_CONFUSIONS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).filter(|_| {
                // "he rode" is a verb; only after an ordinal or a capitalised name is it a suffix.
                matches!(ws[i - 1].kind, TokenKind::Ordinal(_)) || ws[i - 1].text.chars().next().is_some_and(char::is_uppercase) || key != "rode"
            })
        } else {
            None
        };
        if let Some(s) = canonical {
            ws[i].text = s.to_owned();
            ws[i].key = s.to_ascii_lowercase();
        }
    }
}

/// "St." and "Ave.": the dot belongs to the abbreviation, so "St. Mary's" matches "Saint Mary's".
fn absorb_abbreviation_dots(input: &str, raws: &[Raw], ws: Vec<Work>) -> Vec<Work> {
    const ABBREVIATIONS: &[&str] = &["st", "ave", "av", "rd", "dr", "blvd", "ln", "ct", "hwy", "mt", "ft"];
    let mut out: Vec<Work> = Vec::with_capacity(ws.len());
    for w in ws {
        if w.kind == TokenKind::Punct && w.text == "." {
            if let Some(prev) = out.last_mut() {
                let said = key_of(&input[raws[prev.first].start..raws[prev.last].end]);
                if prev.kind == TokenKind::Word && ABBREVIATIONS.contains(&said.as_str()) && raws[prev.last].end == raws[w.first].start {
                    prev.last = w.last;
                    continue;
                }
            }
        }
        out.push(w);
    }
    out
}

fn build(input: &str, raws: &[Raw], ws: Vec<Work>) -> Normalised {
    let mut text = String::with_capacity(input.len());
    let mut tokens = Vec::with_capacity(ws.len());
    for w in ws {
        let attach = w.kind == TokenKind::Punct && matches!(w.text.as_str(), "," | "." | "!" | "?" | ";" | ":" | ")");
        if !text.is_empty() && !attach && !text.ends_with('(') {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(&w.text);
        tokens.push(Token {
            span: Span { start: raws[w.first].start, end: raws[w.last].end },
            norm: Span { start, end: text.len() },
            text: w.text,
            key: w.key,
            kind: w.kind,
        });
    }
    Normalised { text, tokens }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalise(s).text
    }

    #[test]
    fn ordinals_and_numbers() {
        assert_eq!(norm("forty second street"), "42nd Street");
        assert_eq!(norm("forty-second st"), "42nd Street");
        assert_eq!(norm("the twenty three hundred block of main"), "the 2300 block of main");
        assert_eq!(norm("fifty eight hundred block"), "5800 block");
        assert_eq!(norm("three hundred and twelve elm"), "312 elm");
        assert_eq!(norm("a hundred people"), "100 people");
        assert_eq!(norm("two men"), "2 men");
        assert_eq!(norm("fifth avenue and forty second street"), "5th Avenue and 42nd Street");
        assert_eq!(norm("3rd and Main"), "3rd and Main");
        assert_eq!(norm("twelve thirty four elm street"), "1234 elm Street");
        assert_eq!(norm("nineteen oh five oak street"), "1905 oak Street");
        assert_eq!(norm("pacing back and forth on forth and main"), "pacing back and forth on 4th and main");
        assert_eq!(norm("one fifty main street"), "150 main Street");
        assert_eq!(norm("at one fifteen he left"), "at 1:15 he left");
    }

    #[test]
    fn plates_spelled_and_nato() {
        assert_eq!(norm("plate p as in paul l m two zero nine six"), "plate PLM2096");
        assert_eq!(norm("Plate RNG 22-something. He turned"), "Plate RNG22. He turned");
        assert_eq!(norm("plate a b c one two three four"), "plate ABC1234");
        assert_eq!(norm("plate ABC 1234, heading north"), "plate ABC1234, heading north");
        assert_eq!(norm("plate a b uh c one two three"), "plate ABC123");
        assert_eq!(norm("license plate x-ray yankee zulu nine eight seven"), "license plate XYZ987");
        assert_eq!(norm("plate lima tango x ray four oh nine two"), "plate LTX4092");
        // A zero said "oh" may open a plate read out after its keyword; "oh" said as a word does not.
        assert_eq!(norm("plate ends in oh four four right now"), "plate ends in 044 right now");
        // A stove's hot plate, and the bare verb without "with", read no plate.
        assert_eq!(norm("my grandma hot plate start a fire in the kitchen"), "my grandma hot plate start a fire in the kitchen");
        assert_eq!(norm("the hot plate started a fire"), "the hot plate started a fire");
        assert_eq!(norm("the plate start in 3B"), "the plate start in 3B");
        assert_eq!(norm("the plate was oh my god i don't know"), "the plate was oh my god i don't know");
        assert_eq!(norm("tag number was seven k x b double two one"), "tag number was 7KXB221");
        assert_eq!(norm("a red car with plate 7KXB219"), "a red car with plate 7KXB219");
        assert_eq!(norm("a b m w and an s u v"), "a BMW and an SUV");
        // Words a recogniser splits are joined ("some one of them" stays one of several).
        let keys = |s: &str| normalise(s).tokens.into_iter().map(|t| t.key).collect::<Vec<_>>();
        assert_eq!(keys("some body must've flicked a cigarette"), ["somebody", "mustve", "flicked", "a", "cigarette"]);
        assert_eq!(keys("some one of them ran"), ["some", "1", "of", "them", "ran"]);
        assert_eq!(keys("no body damage"), ["no", "body", "damage"]);
        // Letters and a number with its unit are a quantity.
        assert_eq!(norm("Keyholder en route, ETA 20 min."), "Keyholder en route, ETA 20 min.");
        // Partly read: what the caller saw, however little.
        assert_eq!(norm("Plate ends in 62."), "Plate ends in 62.");
        assert!(normalise("Plate ends in 62.").tokens.iter().any(|t| t.kind == TokenKind::Plate && t.text == "62"));
        // A letter confirmed after the plate is not another letter of it; one confirmed as it is read is.
        let plate = |s: &str| normalise(s).tokens.into_iter().find(|t| t.kind == TokenKind::Plate).map(|t| t.text);
        assert_eq!(plate("plate four w v eight eight three v as in victor").as_deref(), Some("4WV883"));
        assert_eq!(plate("partial plate r j two r as in robert").as_deref(), Some("RJ2"));
        assert_eq!(plate("plate p as in paul x y one two three").as_deref(), Some("PXY123"));
        // An article after the plate opens the next noun; a last letter A before "and" is the plate's.
        assert_eq!(plate("plate k z n four four one eight a ford i think").as_deref(), Some("KZN4418"));
        assert_eq!(plate("plate k z n four four one eight a and then he left").as_deref(), Some("KZN4418A"));
        // A number and its unit typed as one word is a quantity.
        assert_eq!(plate("he took my 24-foot ladder"), None);
        assert_eq!(plate("Owner notified and driving in, ETA 20."), None);
        assert_eq!(plate("Somebody pulled up all the 25 MPH signs along Old Mill Road."), None);
        assert_eq!(plate("silver honda civic hit my mailbox and took off, plate was 482-kzt").as_deref(), Some("482KZT"));
        assert!(normalise("Plate looked like it started with 8 Delta").tokens.iter().any(|t| t.kind == TokenKind::Plate && t.text == "8D"));
        assert!(normalise("Plate is beginning with L, R.").tokens.iter().any(|t| t.kind == TokenKind::Plate && t.text == "LR"));
        // Not a partial plate: a number after "plate" that is not read as one.
        assert!(normalise("the plate is 2 feet wide").tokens.iter().all(|t| t.kind != TokenKind::Plate));
    }

    #[test]
    fn clock_times() {
        assert_eq!(normalise("half past ten").tokens[0].kind, TokenKind::Time(ClockTime { hour: 10, minute: 30, pm: None }));
        assert_eq!(norm("at quarter to eleven"), "at 10:45");
        assert_eq!(norm("around ten thirty p m"), "around 10:30 pm");
        assert_eq!(norm("at 10:30pm"), "at 10:30 pm");
        assert_eq!(norm("by 9PM"), "by 9:00 pm");
        assert_eq!(norm("at 10:30 pm"), "at 10:30 pm");
        assert_eq!(norm("ten minutes ago"), "10 minutes ago");
        assert_eq!(norm("at ten thirty on elm street"), "at 10:30 on elm Street");
        assert_eq!(norm("twenty past nine"), "9:20");
        assert_eq!(norm("about 9 pm"), "about 9:00 pm");
        assert_eq!(norm("around 11 last night"), "around 11:00 last night");
        assert_eq!(norm("it's one thirty in the morning"), "it's 1:30 am");
        assert_eq!(norm("at ten at night"), "at 10:00 pm");
        assert_eq!(norm("on their brakes it's eight fifteen and"), "on their brakes it's 8:15 and");
        assert_eq!(norm("it is ten thirty in the night"), "it is 10:30 in the night");
        assert_eq!(norm("he is ten twenty feet"), "he is 10 20 feet");
        assert_eq!(norm("around 11 people"), "around 11 people");
        // The 24-hour clock of dispatch notes, and four digits that are not one.
        assert_eq!(norm("susp seen at 0305 hrs"), "susp seen at 3:05 am");
        assert_eq!(norm("left approx 1420"), "left approx 2:20 pm");
        // Hundreds said as one number: a dispatch time, not an amount; a clock time before "now" is no house number.
        assert_eq!(norm("robbery approximately seventeen hundred driver states"), "robbery approximately 5:00 pm driver states");
        assert_eq!(norm("gone about fourteen hundred dollars"), "gone about 1400 dollars");
        assert_eq!(norm("he took approximately two thousand in cash"), "he took approximately 2000 in cash");
        assert_eq!(norm("pulled out at eleven fifteen now responsive"), "pulled out at 11:15 now responsive");
        assert_eq!(norm("alarm 0147"), "alarm 1:47 am");
        assert_eq!(norm("at 1105 Main"), "at 1105 Main");
        assert_eq!(norm("plate zero four four five"), "plate 0445");
    }

    #[test]
    fn suffix_confusions_only_after_names() {
        assert_eq!(norm("third straight"), "3rd Street");
        assert_eq!(norm("he rode off"), "he rode off");
        assert_eq!(norm("st mary's hospital"), "Saint mary's hospital");
        assert_eq!(norm("elm st."), "elm Street");
        assert_eq!(norm("outside St. Mary's Hospital"), "outside Saint Mary's Hospital");
        assert_eq!(norm("Elm St. The man"), "Elm Street The man");
        assert_eq!(norm("at nine forty five i'm not sure"), "at 9:45 i'm not sure");
        assert_eq!(norm("at eight fourteen ninth street"), "at 814 9th Street");
        assert_eq!(norm("corner of forth and main"), "corner of 4th and main");
        // The minutes of an hour said as a pair end after "oh" and one digit; the next digit counts.
        assert_eq!(norm("occurred approx twenty one oh four two volunteers"), "occurred approx 9:04 pm 2 volunteers");
        assert_eq!(norm("plate is five one oh four two"), "plate is 51042");
        assert_eq!(norm("he lives at fourteen oh two five elm street"), "he lives at 14 025 elm Street");
        // Half past midnight; "from about 6 to 9" is a span, not nine minus six minutes.
        assert_eq!(norm("it's half past midnight"), "it's 0:30 am");
        assert_eq!(norm("quarter to noon"), "11:45 am");
        assert_eq!(norm("from about six to nine last night"), "from about 6 to 9 last night");
        assert_eq!(norm("it was ten to nine"), "it was 8:50");
    }

    #[test]
    fn spoken_hours_of_one_digit_house_numbers_after_streets_and_letters_read_with_commas() {
        // An hour of one digit, "oh" and a digit: a clock time when told or placed as one, else a house number.
        assert_eq!(norm("it's one oh five a m hood up"), "it's 1:05 am hood up");
        assert_eq!(norm("it's seven oh five now and he's still here"), "it's 7:05 now and he's still here");
        assert_eq!(norm("at two oh five this afternoon"), "at 2:05 this afternoon");
        assert_eq!(norm("he lives at two oh five maple avenue"), "he lives at 205 maple Avenue");
        assert_eq!(norm("we live at two oh five"), "we live at 205");
        assert_eq!(norm("it's nine oh six chesnut street"), "it's 906 chesnut Street");
        assert_eq!(norm("it's two oh five maple"), "it's 205 maple");
        assert_eq!(norm("it's three oh five and there's a man"), "it's 3:05 and there's a man");
        // A number asked for, or a room's, a bus's: no time.
        assert_eq!(norm("what's the apartment number? it's three oh two, third floor"), "what's the apartment number? it's 302, 3rd floor");
        assert_eq!(norm("someone broke into room three oh nine last night"), "someone broke into room 309 last night");
        assert_eq!(norm("bus six oh two this morning"), "bus 602 this morning");
        assert_eq!(norm("it's about one oh five at night"), "it's about 1:05 am");
        assert_eq!(norm("which apartment? it's two oh six and the door is kicked in"), "which apartment? it's 206 and the door is kicked in");
        assert_eq!(norm("they broke into four oh one last night"), "they broke into 401 last night");
        assert_eq!(norm("we are in two oh four am i supposed to wait"), "we are in 204 am i supposed to wait");
        assert_eq!(norm("i live on oak street number two ten minutes ago a man"), "i live on oak Street number 2 10 minutes ago a man");
        assert_eq!(norm("yesterday around eight just now he came back"), "yesterday around 8 just now he came back");
        assert_eq!(norm("plate ends in four oh nine"), "plate ends in 409");
        // After a leading "oh" the hour is one digit: "oh one oh five" and then a count.
        assert_eq!(norm("approximately oh one oh five two employees"), "approximately 1:05 am 2 employees");
        // A house number said after its street; an hour placed by the day said before it, then "just after".
        assert_eq!(norm("the food shelf on church street number one eighty a woman"), "the food shelf on church Street number 180 a woman");
        assert_eq!(norm("yesterday around five just after it got dark"), "yesterday around 5:00 just after it got dark");
        // Letters read out with their words, commas between.
        assert_eq!(norm("a red Kia Telluride, M as in Mary, D as in David, Q 6620."), "a red Kia Telluride, MDQ6620.");
        assert!(norm("the plate started S as in Sam, I think, 7").contains("I think"));
    }

    #[test]
    fn spans_point_at_original_words() {
        let input = "near forty second street, plate a b c one two three";
        let n = normalise(input);
        for t in &n.tokens {
            assert!(input.get(t.span.start..t.span.end).is_some());
            assert_eq!(&n.text[t.norm.start..t.norm.end], t.text);
        }
        let ord = n.tokens.iter().find(|t| t.text == "42nd").unwrap();
        assert_eq!(&input[ord.span.start..ord.span.end], "forty second");
        let plate = n.tokens.iter().find(|t| t.kind == TokenKind::Plate).unwrap();
        assert_eq!(&input[plate.span.start..plate.span.end], "a b c one two three");
        let at = n.text.find("42nd").unwrap();
        assert_eq!(n.original_span(at, at + 4).map(|s| &input[s.start..s.end]), Some("forty second"));
    }

    #[test]
    fn unicode_and_punctuation_survive() {
        let input = "café — “Elm St.” ½ 🚗 ٣";
        let n = normalise(input);
        for t in &n.tokens {
            assert!(input.is_char_boundary(t.span.start) && input.is_char_boundary(t.span.end));
        }
    }

    #[test]
    fn accented_letters_are_keyed_plain() {
        assert_eq!(key_of("fiancé's"), "fiances");
        assert_eq!(key_of("José"), "jose");
        assert_eq!(key_of("Ça"), "ca");
        assert_eq!(key_of("Straße"), "straße");
    }

    #[test]
    fn a_height_said_as_two_numbers_after_a_description() {
        assert_eq!(norm("skinny maybe thirty about five nine gray beanie"), "skinny maybe 30 about 5'9 gray beanie");
        assert_eq!(norm("white male twenties five ten thin black track suit"), "white male twenties 5'10 thin black track suit");
        assert_eq!(norm("tall guy he's like six two"), "tall guy he's like 6'2");
        // A clock time, a count, an address or a plate stays what it was.
        assert_eq!(norm("a tall guy came by around five ten this morning"), "a tall guy came by around 5:10 this morning");
        assert_eq!(norm("the guy left about five ten"), "the guy left about 5:10");
        assert_eq!(norm("a man at five nine elm street"), "a man at 59 elm Street");
        assert_eq!(norm("a white male five ten minutes ago"), "a white male 5 10 minutes ago");
        assert_eq!(norm("tall guy about six two"), "tall guy about 6'2");
        assert_eq!(norm("i saw a man around five ten walking down the alley"), "i saw a man around 5:10 walking down the alley");
        assert_eq!(norm("a group of teens maybe five six of them"), "a group of teens maybe 56 of them");
        assert_eq!(norm("the man is maybe five six feet from the door"), "the man is maybe 56 feet from the door");
    }
}
