//! Places in a tip, matched against the gazetteer and geocoded.
//!
//! Two steps. First, mentions: street names (exact, alias, or fuzzy when a suffix or an intersection
//! cue vouches for a misheard word), landmark names, landmark categories ("the library") and
//! neighbourhoods. Second, patterns over mentions: house number + street is an address, "N block of"
//! a block, street + "and"/"&"/"at" + street an intersection, "outside"/"behind"/"near" + place a
//! relative place attached to its anchor. Whatever the gazetteer cannot decide is returned as ranked
//! candidates with a confidence that says so, never as a silent guess.

use crate::analysis::{Place, PlaceKind, Span};
use crate::gazetteer::{Candidate, Gazetteer, Target};
use super::{apostrophe_s, lexicon, says_correction, takes_back};
use crate::normalise::{street_suffix, Normalised, Token, TokenKind};

#[derive(Debug, Clone)]
enum What {
    Street { ids: Vec<u32>, fuzzy: Option<String> },
    Landmark(u32),
    Category(String),
    Neighbourhood(u32),
}

#[derive(Debug, Clone)]
struct Mention {
    first: usize,
    last: usize,
    what: What,
    /// Consumed by a larger pattern.
    used: bool,
}

/// Words before a bare street name that say a street is meant ("on Main", "corner of 3rd").
const STREET_CUES: &[&str] = &[
    "on", "of", "at", "near", "onto", "down", "up", "along", "towards", "toward", "from", "to", "between", "and", "&", "/",
    "off", "past", "crossing", "by", "via", "into",
];

/// Events named after a place that may be held somewhere else: "after the Oakford High game" (a prom always is, below;
/// a graduation is mostly held at its school).
const EVENTS: &[&str] = &["game", "games", "team", "fans"];

/// Nouns that a category word only modifies: "park bench", "library books", "station wagon", "school bus", "pool party".
/// A closed list, because spoken text has no punctuation to show where a place phrase ends.
const COMPOUND_HEADS: &[&str] = &[
    "bench", "benches", "book", "books", "bus", "buses", "wagon", "card", "fee", "fees", "district", "board", "teacher",
    "teachers", "zone", "ranger", "rangers", "staff", "employee", "employees", "worker", "workers", "shift", "ticket",
    "tickets", "trip", "supplies", "uniform", "attendant", "keeper", "officer", "officers", "chief", "truck", "alarm",
    "party", "parties", "gown", "budget", "wing", "delivery", "deliveries", "bill", "bills",
    // Someone's trade: "the pool guy", "the library lady". (Not any person noun: in speech "by the park driver is stuck"
    // is a new sentence.)
    "guy", "man", "lady",
];

/// Relative phrases, longest first, with how far (metres) they widen the anchor's radius.
const RELATIVE: &[(&[&str], f64)] = &[
    // "just south of the QuickStop": a compass side of the anchor, within a block or two.
    (&["just", "north", "of"], 120.0),
    (&["just", "south", "of"], 120.0),
    (&["just", "east", "of"], 120.0),
    (&["just", "west", "of"], 120.0),
    (&["north", "of"], 200.0),
    (&["south", "of"], 200.0),
    (&["east", "of"], 200.0),
    (&["west", "of"], 200.0),
    (&["across", "the", "street", "from"], 40.0),
    (&["around", "the", "corner", "from"], 80.0),
    (&["down", "the", "street", "from"], 150.0),
    (&["down", "the", "road", "from"], 150.0),
    (&["at", "the", "back", "of"], 30.0),
    (&["in", "the", "back", "of"], 30.0),
    (&["in", "front", "of"], 20.0),
    (&["across", "from"], 40.0),
    (&["outside", "of"], 25.0),
    (&["next", "to"], 25.0),
    (&["close", "to"], 100.0),
    (&["just", "past"], 80.0),
    (&["outside"], 25.0),
    (&["behind"], 40.0),
    (&["opposite"], 40.0),
    (&["beside"], 25.0),
    (&["near"], 100.0),
    (&["nearby"], 100.0),
    (&["by"], 50.0),
];

/// Words that may stand between a relative phrase and its anchor, naming part of the anchor or the caller's
/// place at it: "by the front doors of City Hall", "in front of my house at 920 Hawthorn Avenue".
const ANCHOR_PARTS: &[&str] = &[
    "front", "back", "side", "main", "rear", "upstairs", "door", "doors", "entrance", "entrances", "gate", "lot", "parking", "steps",
    "window", "windows", "ball", "fields", "field", "apartment", "house", "building", "shop", "store", "home", "driveway", "garage",
    "yard", "porch", "lawn", "office", "place",
];
/// The caller's business at an address: "the lot behind my bakery at 518 Main".
const BUSINESS_PARTS: &[&str] = &["bakery", "restaurant", "cafe", "bar", "salon", "laundromat", "business", "diner", "deli"];

/// Where a relative phrase before the place at `start` would end: `start` itself, or before "the side door
/// of", "my house at", "our house,".
/// Things named after a place ("a FreshMart bag", "a school project", "a library book").
const THINGS_NAMED_AFTER: &[&str] = &[
    "bag", "bags", "project", "projects", "book", "books", "card", "cart", "receipt", "uniform", "shirt", "hoodie", "jacket", "hat", "bus",
    "trip", "sticker", "cup", "mug", "lanyard", "badge", "gift",
];

/// The relative phrase ending just before token `at` ("behind" the station), with how far it widens the anchor.
fn relative_before(t: &[Token], at: usize) -> Option<&'static (&'static [&'static str], f64)> {
    RELATIVE.iter().find(|(words, _)| at >= words.len() && words.iter().enumerate().all(|(k, w)| t[at - words.len() + k].key == *w))
}

fn anchor_bridge(t: &[Token], start: usize) -> usize {
    // A connector must join them: "the side door of", "my house at", "our house,".
    if start == 0 || !(matches!(t[start - 1].key.as_str(), "of" | "at") || t[start - 1].text == ",") {
        return start;
    }
    let mut k = start - 1;
    let parts_end = k;
    while k > 0 && parts_end - k < 3 && (ANCHOR_PARTS.contains(&t[k - 1].key.as_str()) || BUSINESS_PARTS.contains(&t[k - 1].key.as_str())) {
        k -= 1;
    }
    // (A business only when someone's: "behind my bakery at 518 Main", not "behind the bar at the Old Mill Brewery".)
    let business = t[k..parts_end].iter().any(|x| BUSINESS_PARTS.contains(&x.key.as_str()));
    let determiner = |d: usize| matches!(t[d].key.as_str(), "the" | "my" | "our" | "his" | "her" | "their") && !(business && t[d].key == "the");
    // ("outside my mother's house at 1134 Willow": someone's own, named with "'s".)
    let owner = k >= 2 && apostrophe_s(&t[k - 1]) && determiner(k - 2);
    if k < parts_end && k > 0 && determiner(k - 1) {
        k - 1
    } else if k < parts_end && owner {
        k - 2
    } else {
        start
    }
}

fn is_street_cue(t: &[Token], i: usize) -> bool {
    i > 0 && STREET_CUES.contains(&t[i - 1].key.as_str())
}

/// Whether the words around `t[first..=last]` vouch for it being a street name heard wrong (one misheard
/// word, or a one-word name heard as two): a cue word before ("on kingsly"), a street before a connector
/// ("pine and kingsly"), "corner of", a house number or "block (of)" before, a suffix after, a street after a
/// connector ("kingsly at pine", "maine by eighth") or after "between" ("ceder between eighth and ninth").
/// Cheap checks only: the fuzzy lookup that follows is the expensive part.
fn vouched_street(t: &[Token], first: usize, last: usize, prev: Option<&Mention>, gaz: &Gazetteer) -> bool {
    let key = |k: usize| t.get(k).map_or("", |x| x.key.as_str());
    let street_at = |k: usize| t.get(k).is_some_and(|n| matches!(n.kind, TokenKind::Ordinal(_)) || !gaz.streets_with_base(&n.key).is_empty());
    let ordinal_at = |k: usize| t.get(k).is_some_and(|n| matches!(n.kind, TokenKind::Ordinal(_)));
    // ("where market street meets maine", "where Kingsley crosses 4th" too.)
    let after_street = first >= 2
        && matches!(key(first - 1), "and" | "&" | "at" | "/" | "by" | "near" | "meets" | "crosses" | "intersects")
        && prev.is_some_and(|m| matches!(m.what, What::Street { .. }) && m.last + 2 == first);
    let corner = first >= 2 && key(first - 1) == "of" && matches!(key(first - 2), "corner" | "intersection");
    // A house number before, and no number after: "730 till 10:15", "11 till almost 3", "times 4 pain 9 out of 10" are no addresses
    // ("612 maine one pointed a gun" is: a lone "one" there is someone).
    // ("from about 11 till almost 3", "from about 10 till after 1": a hedge may stand before it, after "till" heard as a
    // street; not "the party at 118 kingsly nearly 20 people".)
    let hedged = usize::from(
        matches!(key(first), "till" | "til" | "until") && matches!(key(last + 1), "almost" | "about" | "around" | "nearly" | "maybe" | "after" | "past"),
    );
    // (After a hedge any number is an hour: "till after 1".)
    let number_after = t.get(last + 1 + hedged).is_some_and(|n| {
        matches!(n.kind, TokenKind::Time(_)) || (hedged == 1 || !matches!(n.kind, TokenKind::Number(0 | 1))) && matches!(n.kind, TokenKind::Number(_))
    });
    // ("#1 pink hoodie, #2 ...", "number one pink hoodie": a suspect's number, no house's.)
    let labelled = first >= 2 && (t[first - 2].text == "#" || key(first - 2) == "number") && matches!(t[first - 1].kind, TokenKind::Number(1..=9));
    // ("past the two mile sign": a distance, not Mill heard wrong.)
    let distance = matches!(key(first), "mile" | "miles");
    let numbered = first >= 1 && matches!(t[first - 1].kind, TokenKind::Number(1..=99_999)) && !number_after && !labelled && !distance;
    // "block of", "block on", or dispatch's bare "800 block birch".
    let block_of =
        first >= 2 && matches!(key(first - 1), "of" | "on") && key(first - 2) == "block" || first >= 1 && matches!(key(first - 1), "block" | "blk");
    let suffix_after = street_suffix(key(last + 1)).is_some();
    // ("where Kingsley crosses 4th"; not "a fallen pine crosses 9th", a tree.)
    let crossing_verb = |k: usize| matches!(key(k), "meets" | "crosses" | "intersects") && first >= 1 && key(first - 1) == "where";
    let joins_next = (matches!(key(last + 1), "and" | "&" | "at" | "/" | "between") || crossing_verb(last + 1)) && street_at(last + 2)
        || matches!(key(last + 1), "near" | "by") && ordinal_at(last + 2);
    is_street_cue(t, first) || after_street || corner || numbered || block_of || suffix_after || joins_next
}

/// Whether the words between a crossing street and another street take the crossing back and say the other
/// instead: "by 8th, no, by 9th", "at 4th, sorry, 5th" (a correction, and perhaps the connector again).
fn corrects_cross_street(between: &[Token]) -> bool {
    let connector = |x: &Token| matches!(x.key.as_str(), "by" | "and" | "at" | "near" | "&");
    match between.split_last() {
        Some((last, said)) if connector(last) => corrects_between(said),
        _ => corrects_between(between),
    }
}

/// Whether the words between two streets said take the first back: a bare "no", or a few words with a
/// correction in them ("sorry", "I mean").
fn corrects_between(between: &[Token]) -> bool {
    let said: Vec<&str> = between.iter().filter(|x| x.kind != TokenKind::Punct).map(|x| x.key.as_str()).collect();
    said == ["no"] || said.len() <= 3 && says_correction(between)
}

/// Finds the mentions in token order.
fn mentions(t: &[Token], gaz: &Gazetteer) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let keys: Vec<&str> = t.iter().map(|x| x.key.as_str()).collect();
    let mut i = 0;
    while i < t.len() {
        if t[i].kind == TokenKind::Punct {
            i += 1;
            continue;
        }
        // The fuzzy phrase lookup (the expensive part) is asked for at most once per word, by either rule below.
        let fuzzy_phrase = std::cell::OnceCell::new();
        let fuzzy_phrase = || *fuzzy_phrase.get_or_init(|| gaz.fuzzy_phrase_at(&keys, i));
        // Longest phrase here; landmarks and areas beat streets of the same length.
        let mut best: Option<(usize, &Target, bool)> = None;
        for p in gaz.phrases_starting(&t[i].key) {
            let len = p.tokens.len();
            // ("at the Old Mill Brewery's party": a landmark's or an area's name, its last word with a possessive; not a street's,
            // "Old Mill's owner".)
            let named = matches!(p.target, Target::Landmark(_) | Target::Neighbourhood(_));
            let said = |k: usize, w: &str| {
                t.get(i + k).is_some_and(|x| x.key == w || named && k + 1 == len && apostrophe_s(x) && x.key.strip_suffix('s') == Some(w))
            };
            if !p.tokens.iter().enumerate().all(|(k, w)| said(k, w)) {
                continue;
            }
            // ... unless a street suffix follows: "150 Station Road" is the road, not a station.
            let suffixed = t.get(i + len).is_some_and(|x| street_suffix(&x.key).is_some());
            let rank = |tg: &Target| match tg {
                Target::Street(_) if suffixed => 4,
                Target::Landmark(_) => 3,
                Target::Neighbourhood(_) => 2,
                Target::Category(_) => 1,
                Target::Street(_) => 0,
            };
            let better = match best {
                None => true,
                Some((bl, bt, _)) => len > bl || (len == bl && rank(&p.target) > rank(bt)),
            };
            if better {
                best = Some((len, &p.target, p.alias));
            }
        }
        // A one-word landmark or area name heard as two words: "river side", "north gate mall", "mill brook".
        if best.is_none_or(|(len, tg, _)| len == 1 && matches!(tg, Target::Street(_))) && t[i].kind == TokenKind::Word
            && t.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
        {
            let joined = [t[i].key.as_str(), &t[i + 1].key].concat();
            let hit = gaz
                .phrases_starting(&joined)
                .filter(|p| matches!(p.target, Target::Landmark(_) | Target::Neighbourhood(_)))
                .filter(|p| p.tokens[1..].iter().enumerate().all(|(k, w)| t.get(i + 2 + k).is_some_and(|x| x.key == *w)))
                .max_by_key(|p| (p.tokens.len(), matches!(p.target, Target::Landmark(_))));
            if let Some(p) = hit {
                let what = match &p.target {
                    Target::Landmark(id) => What::Landmark(*id),
                    Target::Neighbourhood(id) => What::Neighbourhood(*id),
                    _ => unreachable!("filtered"),
                };
                let last = i + p.tokens.len();
                out.push(Mention { first: i, last, what, used: false });
                i = last + 1;
                continue;
            }
            // Heard as two words and misheard too: "oak fort high" for Oakford High.
            if let Some((len, Target::Landmark(id))) = fuzzy_phrase().filter(|&(len, _)| len >= 3) {
                out.push(Mention { first: i, last: i + len - 1, what: What::Landmark(*id), used: false });
                i += len;
                continue;
            }
        }
        // A one-word street name heard as two words, vouched for like a misheard one: "on chest nut near
        // fourth", "eleven wall nut street"; the joined word may be misheard too: "tenth and chess nut", "kings
        // lee and third". What vouches is checked first: fuzzy lookups are the expensive part.
        if best.is_none() && t[i].kind == TokenKind::Word && t.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word) {
            let found = vouched_street(t, i, i + 1, out.last(), gaz).then(|| {
                // ("will oh", "will o": the ending heard as a word of its own, Willow.)
                let heard_oh = matches!(t[i + 1].key.as_str(), "oh" | "o");
                let joined = if heard_oh { [t[i].key.as_str(), "ow"].concat() } else { [t[i].key.as_str(), &t[i + 1].key].concat() };
                let exact = gaz.streets_with_base(&joined);
                // Only halves that are no street on their own and not short words: not "men in", "of willow".
                let half = |k: usize| t[k].key.chars().count() >= 3 && gaz.streets_with_base(&t[k].key).is_empty() && gaz.fuzzy_streets(&t[k].key).is_empty();
                if !exact.is_empty() {
                    Some((exact.to_vec(), None))
                } else if half(i) && half(i + 1) {
                    gaz.fuzzy_streets(&joined).into_iter().next().map(|(word, _, ids)| (ids, Some(word)))
                } else {
                    None
                }
            });
            if let Some(Some((ids, fuzzy))) = found {
                let (last, ids) = with_suffix(t, i + 1, &ids, gaz);
                out.push(Mention { first: i, last, what: What::Street { ids, fuzzy }, used: false });
                i = last + 1;
                continue;
            }
        }
        // A bare street name needs a suffix, a cue word or to be an ordinal; a category or landmark
        // phrase of the same words is preferred without a suffix ("the station" vs Station Road).
        if let Some((len, Target::Street(_), _)) = best {
            let has_suffix = t.get(i + len).is_some_and(|x| street_suffix(&x.key).is_some());
            if !has_suffix {
                let alt = gaz.phrases_starting(&t[i].key).find(|p| {
                    !matches!(p.target, Target::Street(_)) && p.tokens.iter().enumerate().all(|(k, w)| t.get(i + k).is_some_and(|x| x.key == *w))
                });
                if let Some(p) = alt {
                    best = Some((p.tokens.len(), &p.target, p.alias));
                } else {
                    let ordinal = matches!(t[i].kind, TokenKind::Ordinal(_));
                    let after_street = out.last().is_some_and(|m| matches!(m.what, What::Street { .. }) && m.last + 2 == i);
                    let numbered = i > 0 && (matches!(t[i - 1].kind, TokenKind::Number(_)) || t[i - 1].key == "block");
                    // "the Chestnut and 5th bus shelter": a numbered street across "and" vouches for the name.
                    // ("working Maple between 9th and 10th" too.)
                    let where_before = i >= 1 && t[i - 1].key == "where";
                    let before_ordinal = t.get(i + len).is_some_and(|c| {
                        matches!(c.key.as_str(), "and" | "&" | "near" | "at" | "by" | "between")
                            || where_before && matches!(c.key.as_str(), "meets" | "crosses" | "intersects")
                    })
                        && t.get(i + len + 1).is_some_and(|n| matches!(n.kind, TokenKind::Ordinal(_)))
                        // ("Willow by 8th"); "by the Maple intersection"
                        || t.get(i + len).is_some_and(|c| c.key == "intersection");
                    // ("room one eighteen first floor": a storey, whatever number comes before.)
                    let storey = ordinal && t.get(i + len).is_some_and(|n| matches!(n.key.as_str(), "floor" | "floors" | "story" | "storey"));
                    if !(ordinal || len > 1 || is_street_cue(t, i) || after_street || numbered || before_ordinal) || storey {
                        best = None;
                    }
                }
            }
            if let Some((len, Target::Street(ids), _)) = best {
                let (last, ids) = with_suffix(t, i + len - 1, ids, gaz);
                out.push(Mention { first: i, last, what: What::Street { ids, fuzzy: None }, used: false });
                i = last + 1;
                continue;
            }
        }
        if let Some((len, target, _)) = best {
            let what = match target {
                Target::Landmark(id) => What::Landmark(*id),
                Target::Neighbourhood(id) => What::Neighbourhood(*id),
                Target::Category(c) => What::Category(c.clone()),
                Target::Street(_) => unreachable!("handled above"),
            };
            // A category needs a determiner and must not modify a noun: "the library", not "library
            // books" or "a park bench"; parts of the place itself ("the school parking lot") still count.
            let determined = i > 0 && matches!(t[i - 1].key.as_str(), "the" | "that" | "this" | "a" | "an");
            let compound = t.get(i + len).is_some_and(|n| COMPOUND_HEADS.contains(&n.key.as_str()));
            // ("we don't have a pool": none there.)
            let denied = i > 0 && matches!(t[i - 1].key.as_str(), "a" | "an") && lexicon::denied_within(t, i - 1, 3);
            // "50 high school kids": a school that says who people are, not where. (Other names before a person
            // are mostly a sentence the recogniser ran on: "security central station female patient".)
            let describes_people = t[i + len - 1].key == "school"
                && lexicon::person_nouns().at(t, i + len).is_some()
                && !(i > 0 && matches!(t[i - 1].key.as_str(), "at" | "in" | "near" | "by" | "outside" | "behind" | "from" | "to" | "inside" | "of"));
            // "a red Oakford High hoodie", "After the Oakford High game", "the Oakford High prom": a name printed on
            // clothes or naming an event held elsewhere, not where anything is.
            // (A game is at the school when the caller is there: "fight at the Oakford High game right now".)
            let at_it = (1..=2).any(|k| i >= k && matches!(t[i - k].key.as_str(), "at" | "in" | "inside" | "outside" | "near"));
            // (A class, its reunion and its song are never where anything is: "the Oakford High class of 2018 reunion".)
            let never_at = |n: &Token| matches!(n.key.as_str(), "prom" | "class" | "reunion" | "alumni") || n.key == "fight" && t.get(i + len + 1).is_some_and(|m| m.key == "song");
            let held = t.get(i + len).is_some_and(|n| never_at(n) || EVENTS.contains(&n.key.as_str()) && !at_it);
            // "raising money for the Oakford High robotics team": a team is who, not where; "I called Town Hall this
            // morning": an office asked, not where anything happened.
            let team = t[i + len..(i + len + 2).min(t.len())].iter().any(|n| matches!(n.key.as_str(), "team" | "teams"));
            let asked = i > 0 && matches!(t[i - 1].key.as_str(), "called" | "call" | "phoned" | "emailed" | "contacted");
            let worn_or_held = matches!(what, What::Landmark(_)) && (lexicon::clothing().at(t, i + len).is_some() || held || team || asked);
            if describes_people || worn_or_held {
                i += len;
                continue;
            }
            if !matches!(what, What::Category(_)) || (determined && !compound && !denied) {
                out.push(Mention { first: i, last: i + len - 1, what, used: false });
                i += len;
                continue;
            }
        }
        // A misheard first word of a longer landmark or area name, confirmed by the rest: "lincon elementary"; or a
        // misheard last word, confirmed by the ones before: "city haul".
        if let Some((len, target)) = fuzzy_phrase().or_else(|| gaz.fuzzy_last_word_at(&keys, i)) {
            let what = match target {
                Target::Landmark(id) => Some(What::Landmark(*id)),
                Target::Neighbourhood(id) => Some(What::Neighbourhood(*id)),
                _ => None,
            };
            if let Some(what) = what {
                out.push(Mention { first: i, last: i + len - 1, what, used: false });
                i += len;
                continue;
            }
        }
        // Fuzzy: one misheard word, vouched for by the words around it.
        if t[i].kind == TokenKind::Word && t[i].key.chars().count() >= 4 {
            // "one male", "one driver": a word for a person is not a misheard street, nor is "will" ("at six thirty
            // will the marshals").
            // ("cut into the line at 9th": a thing said with its article, no street misheard; "by the willo street light" is
            // Willow, its suffix said.)
            let heard_for_itself = lexicon::person_nouns().at(t, i).is_some() || crate::gazetteer::is_function_word(&t[i].key)
                || i > 0 && matches!(t[i - 1].key.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "my" | "our")
                    && t.get(i + 1).is_none_or(|n| street_suffix(&n.key).is_none());
            if vouched_street(t, i, i, out.last(), gaz) && !heard_for_itself {
                if let Some((word, _, ids)) = gaz.fuzzy_streets(&t[i].key).into_iter().next() {
                    let (last, ids) = with_suffix(t, i, &ids, gaz);
                    out.push(Mention { first: i, last, what: What::Street { ids, fuzzy: Some(word) }, used: false });
                    i = last + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// Takes a suffix after a street name and narrows the candidates to streets with that suffix.
fn with_suffix(t: &[Token], last: usize, ids: &[u32], gaz: &Gazetteer) -> (usize, Vec<u32>) {
    match t.get(last + 1).map(|x| x.key.as_str()).filter(|k| street_suffix(k).is_some()) {
        Some(sfx) => {
            let canonical = street_suffix(sfx).map(str::to_ascii_lowercase);
            let narrowed: Vec<u32> = ids.iter().copied().filter(|&id| gaz.streets()[id as usize].suffix == canonical).collect();
            (last + 1, if narrowed.is_empty() { ids.to_vec() } else { narrowed })
        }
        None => (last, ids.to_vec()),
    }
}

fn span(t: &[Token], first: usize, last: usize) -> Span {
    Span { start: t[first].span.start, end: t[last].span.end }
}

fn place(input: &str, kind: PlaceKind, s: Span, mut cands: Vec<Candidate>, note: &str) -> Place {
    cands.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    let text = input[s.start..s.end].to_owned();
    let (location, radius_m, confidence, explanation) = match cands.first() {
        Some(c) if cands.len() == 1 => (Some(c.location), Some(c.radius_m), c.confidence, format!("{note}{}", c.explanation)),
        Some(c) => (
            Some(c.location),
            Some(c.radius_m),
            c.confidence.min(1.0 / cands.len() as f32),
            format!("{note}ambiguous: {} candidates, best {} ({})", cands.len(), c.name, c.explanation),
        ),
        None => (None, None, 0.1, format!("{note}not found in the gazetteer")),
    };
    Place { kind, span: Some(s), text, location, radius_m, confidence, explanation, candidates: if cands.len() > 1 { cands } else { Vec::new() } }
}

fn scale(mut cands: Vec<Candidate>, factor: f32, why: &str) -> Vec<Candidate> {
    for c in &mut cands {
        c.confidence *= factor;
        if !why.is_empty() {
            c.explanation = format!("{} ({why})", c.explanation);
        }
    }
    cands
}

fn fuzzy_note(m: &Mention, t: &[Token]) -> Option<String> {
    match &m.what {
        What::Street { fuzzy: Some(w), .. } => Some(format!("'{}' heard as '{w}'", t[m.first].text)),
        _ => None,
    }
}

/// Extracts and geocodes every place in the tip.
pub fn extract(input: &str, n: &Normalised, gaz: &Gazetteer) -> Vec<Place> {
    let t = &n.tokens;
    let mut ms = mentions(t, gaz);
    let mut out: Vec<(usize, usize, Place)> = Vec::new();
    let street_ids = |m: &Mention| match &m.what {
        What::Street { ids, .. } => Some(ids.clone()),
        _ => None,
    };
    // "Oak Street between 5th and 6th", "all down 12th Street from Cedar to Oak": the stretch of Oak between its two
    // crossings.
    for k in 0..ms.len().saturating_sub(2) {
        let (c, a, b) = (&ms[k], &ms[k + 1], &ms[k + 2]);
        let (Some(ic), Some(ia), Some(ib)) = (street_ids(c), street_ids(a), street_ids(b)) else { continue };
        if c.used || a.first != c.last + 2 || b.first != a.last + 2 {
            continue;
        }
        let stretch = match t[c.last + 1].key.as_str() {
            "between" => matches!(t[a.last + 1].key.as_str(), "and" | "&"),
            "from" => matches!(t[a.last + 1].key.as_str(), "to" | "through" | "till"),
            _ => false,
        };
        if !stretch {
            continue;
        }
        // "Walnut between 6th and 7th, no, 7th and 8th": the crossings taken back and said again as a pair.
        let again = ms.get(k + 3).zip(ms.get(k + 4)).and_then(|(d, e)| {
            let corrects = corrects_between(&t[b.last + 1..d.first.max(b.last + 1)]);
            let pair = e.first == d.last + 2 && matches!(t[d.last + 1].key.as_str(), "and" | "&");
            Some((street_ids(d)?, street_ids(e)?, e.last)).filter(|_| corrects && pair)
        });
        let (ia, ib, last, mentions_used) = match again {
            Some((d, e, last)) => (d, e, last, 5),
            None => (ia, ib, b.last, 3),
        };
        let ends = |side: &[u32]| -> Vec<Candidate> { ic.iter().flat_map(|&x| side.iter().filter(move |&&y| y != x).flat_map(move |&y| gaz.intersection(x, y))).collect() };
        let (ea, eb) = (ends(&ia), ends(&ib));
        let cands: Vec<Candidate> = ea
            .iter()
            .flat_map(|p| eb.iter().map(move |q| (p, q)))
            .map(|(p, q)| {
                let mid = crate::geo::GeoPoint { lat: (p.location.lat + q.location.lat) / 2.0, lon: (p.location.lon + q.location.lon) / 2.0 };
                Candidate {
                    name: format!("{} between {} and {}", p.name.split(" & ").next().unwrap_or(""), p.name, q.name),
                    location: mid,
                    radius_m: p.location.distance_m(&q.location) / 2.0 + 20.0,
                    confidence: 0.8 * p.confidence.min(q.confidence) / 0.9,
                    explanation: format!("the stretch between {} and {}", p.name, q.name),
                }
            })
            .collect();
        let first = c.first;
        for m in &mut ms[k..k + mentions_used] {
            m.used = true;
        }
        out.push((first, last, place(input, PlaceKind::Block, span(t, first, last), cands, "")));
    }
    // "Main by 9th, no, 10th", "fifth and oak sorry pine": the cross street corrected right after it is said.
    for k in (0..ms.len().saturating_sub(2)).rev() {
        let (b, c) = (&ms[k + 1], &ms[k + 2]);
        let (Some(_), Some(_), Some(_)) = (street_ids(&ms[k]), street_ids(b), street_ids(c)) else { continue };
        // Not "6th and Elm, sorry, 6th and Oak", where a whole intersection is said again (handled below).
        let pair_follows = t.get(c.last + 1).is_some_and(|x| matches!(x.key.as_str(), "and" | "&" | "at" | "/" | "by"));
        let crossing = b.first > ms[k].last && b.first - ms[k].last <= 3;
        let corrects = crossing && !pair_follows && corrects_between(&t[b.last + 1..c.first.max(b.last + 1)]);
        if corrects {
            let c = ms.remove(k + 2);
            ms[k + 1].what = c.what;
            ms[k + 1].last = c.last;
        }
    }
    // Intersections: A (and|&|at|/|near) B, optionally after "corner of".
    for k in 0..ms.len().saturating_sub(1) {
        let (a, b) = (&ms[k], &ms[k + 1]);
        let (Some(ia), Some(mut ib)) = (street_ids(a), street_ids(b)) else { continue };
        if a.used || b.used || b.last < a.last || b.first < a.last + 2 {
            continue;
        }
        let gap: Vec<&str> = t[a.last + 1..b.first].iter().filter(|x| x.kind != TokenKind::Punct || matches!(x.key.as_str(), "&" | "/" | "@")).map(|x| x.key.as_str()).collect();
        let conn = gap.join(" ");
        let factor = match gap.as_slice() {
            ["and" | "&" | "/" | "@" | "at"] => 1.0,
            // "where Old Mill Road meets 3rd", "on Oak coming up to 9th", "Church Street by the Maple intersection".
            ["meets" | "crosses" | "intersects"] | ["at" | "by" | "near", "the", "corner", "of"] => 1.0,
            ["coming", "up", "to" | "on"] | ["approaching"] | ["just", "past" | "before" | "passing"] | ["passing"] => 0.8,
            // "turning right off Main onto 9th"; "the River Road pull-off by 6th": a roadside spot of the first street.
            ["onto"] | ["pull-off" | "pulloff" | "turnout" | "underpass" | "overpass" | "bridge", "by" | "near"] | ["pull", "off", "by" | "near"] => 0.7,
            // "on Route 9 by the Willow Street light": the traffic light of that crossing.
            ["near" | "by" | "off"] | ["by" | "near" | "at", "the"]
                if gap.len() == 1 || t.get(b.last + 1).is_some_and(|x| matches!(x.key.as_str(), "intersection" | "light" | "lights" | "crosswalk")) =>
            {
                0.7
            }
            _ => continue,
        };
        // "on Elm between 3rd and 4th" is a stretch of Elm, not 3rd & 4th.
        if a.first > 0 && t[a.first - 1].key == "between" {
            continue;
        }
        let mut notes: Vec<String> = [fuzzy_note(a, t), fuzzy_note(b, t)].into_iter().flatten().collect();
        let mut f = factor;
        if !notes.is_empty() {
            f *= 0.85;
        }
        if factor < 1.0 {
            notes.push(format!("'{conn}' read as an intersection"));
        }
        let mut first = a.first;
        if first >= 2 && t[first - 1].key == "of" && matches!(t[first - 2].key.as_str(), "corner" | "intersection") {
            first -= 2;
            if first >= 1 && t[first - 1].key == "the" {
                first -= 1;
            }
        }
        let mut last = b.last;
        ms[k].used = true;
        ms[k + 1].used = true;
        // "Route 9 by 8th, no, by 9th": the crossing street taken back and said again.
        // (Not a whole crossing said again, "6th and Elm, sorry, 6th and Oak": that one replaces this one below.)
        let whole_again = |c: &Mention| ms.get(k + 3).is_some_and(|d| d.first == c.last + 2 && matches!(t[c.last + 1].key.as_str(), "and" | "&" | "at" | "/"));
        if let Some(c) = ms.get(k + 2).filter(|c| !c.used && c.first > last + 1 && corrects_cross_street(&t[last + 1..c.first]) && !whole_again(c)) {
            if let Some(ic) = street_ids(c) {
                ib = ic;
                last = c.last;
                ms[k + 2].used = true;
            }
        }
        let mut cands = Vec::new();
        for &x in &ia {
            for &y in &ib {
                if x != y {
                    cands.extend(gaz.intersection(x, y));
                }
            }
        }
        let cands = scale(cands, f, &notes.join("; "));
        out.push((first, last, place(input, PlaceKind::Intersection, span(t, first, last), cands, "")));
    }
    // Addresses and blocks: a number right before a street.
    for m in ms.iter_mut() {
        let Some(ids) = (match &m.what {
            What::Street { ids, .. } if !m.used => Some(ids.clone()),
            _ => None,
        }) else {
            continue;
        };
        let f = m.first;
        let number_at = |i: usize| match t.get(i).map(|x| x.kind) {
            Some(TokenKind::Number(n)) if (1..=99_999).contains(&n) => Some(n as u32),
            _ => None,
        };
        // "300 block of Elm", "the 300 block on Elm", "300 block Elm"
        let block = if f >= 3 && matches!(t[f - 1].key.as_str(), "of" | "on") && t[f - 2].key == "block" {
            number_at(f - 3).map(|n| (n, f - 3))
        } else if f >= 2 && t[f - 1].key == "block" {
            number_at(f - 2).map(|n| (n, f - 2))
        } else {
            None
        };
        if let Some((n, first)) = block {
            let first = if first > 0 && t[first - 1].key == "the" { first - 1 } else { first };
            let cands: Vec<Candidate> = ids.iter().filter_map(|&id| gaz.block(n, id)).collect();
            let cands = if cands.is_empty() { ids.iter().map(|&id| gaz.street_extent(id)).collect() } else { cands };
            m.used = true;
            out.push((first, m.last, place(input, PlaceKind::Block, span(t, first, m.last), cands, "")));
            continue;
        }
        if let Some(n) = f.checked_sub(1).and_then(number_at) {
            // "three twelve elm", "ten forty nine willow": a house number said in pairs of digits reaches the
            // normaliser as two numbers; read them as one when only the whole is a known house number.
            let known = |n: u32| ids.iter().any(|&id| gaz.has_address(n, id));
            // ("eleven oh six ceder": "oh six" is the pair 06.)
            let two_digits = (10..=99).contains(&n) || t[f - 1].text.len() == 2 && t[f - 1].text.starts_with('0');
            let pair = f.checked_sub(2).and_then(number_at).filter(|&h| h <= 99 && two_digits).map(|h| h * 100 + n);
            // "one fifty station road" said aloud is 150 even where a 50 exists too; typed "1 50" is not.
            let said = |k: usize| input[t[k].span.start..t[k].span.end].chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-');
            let (n, first) = match pair {
                Some(whole) if known(whole) && (!known(n) || said(f - 2) && said(f - 1)) => (whole, f - 2),
                _ => (n, f - 1),
            };
            // "352 Kingsley Ave, sorry, 325", "three eighteen hawthorne avenue no wait three eighty one": the house
            // number corrected as it is said (when the correction is a known number on that street).
            let mut k = m.last + 1;
            let mut corrects = false;
            let correcting = |x: &Token| x.kind == TokenKind::Punct || takes_back(&x.key);
            while t.get(k).is_some_and(correcting) {
                corrects |= t[k].kind != TokenKind::Punct;
                k += 1;
            }
            let again = number_at(k).filter(|_| corrects).map(|a| match number_at(k + 1).filter(|&b| a <= 99 && (10..=99).contains(&b)) {
                Some(b) => (a * 100 + b, k + 1),
                None => (a, k),
            });
            let (n, last) = again.filter(|&(c, _)| known(c)).unwrap_or((n, m.last));
            // Not "5 minutes Main" or a count of things: the word before a house number is not a unit.
            let cands: Vec<Candidate> = ids.iter().filter_map(|&id| gaz.address(n, id)).collect();
            let cands = if cands.is_empty() {
                scale(ids.iter().map(|&id| gaz.street_extent(id)).collect(), 1.0, &format!("no house number {n} known"))
            } else {
                cands
            };
            m.used = true;
            let note = fuzzy_note(m, t).map(|s| format!("{s}; ")).unwrap_or_default();
            out.push((first, last, place(input, PlaceKind::Address, span(t, first, last), cands, &note)));
        }
    }
    // "... going slowly down Elm between 8th and 9th ... He's at 847 right now", "He's behind 1036 right now": a
    // house number alone, at the end of what is said, on the street named just before (when it is a known number
    // there).
    // (The street itself, not a crossing: "Elm between 8th and 9th" is on Elm.)
    let crossing = |m: &Mention| m.first > 0 && matches!(t[m.first - 1].key.as_str(), "between" | "and" | "&" | "at" | "by" | "near");
    for i in 1..t.len() {
        // ("... at our place on 4th Street, number 311": right after the street; not a runner's "number 414".)
        // (In speech with no comma: "on old mill road number sixty".)
        let comma = i >= 3 && t[i - 2].kind == TokenKind::Punct;
        let numbered = t[i - 1].key == "number" && i >= 2;
        // (Two figures only so labelled: "on Old Mill Road, number 60".)
        let Some(n) = (match t[i].kind {
            TokenKind::Number(n) if (100..=99_999).contains(&n) || numbered && (1..100).contains(&n) => Some(n as u32),
            _ => None,
        }) else {
            continue;
        };
        let placed = numbered || matches!(t[i - 1].key.as_str(), "at" | "behind" | "outside") || i >= 2 && t[i - 2].key == "front" && t[i - 1].key == "of";
        // (A number so labelled needs no stop after it in speech, unless it counts something, "road number two kids", or is
        // dispatch's numbered suspect, "toward river road number one tall red hoodie".)
        let counts = t.get(i + 1).is_some_and(|x| crate::normalise::counted_noun(&x.key) || lexicon::person_nouns().at(t, i + 1).is_some());
        let alone = t.get(i + 1).is_none_or(|x| x.kind == TokenKind::Punct || matches!(x.key.as_str(), "right" | "now"))
            || numbered && !comma && !counts && n >= 10;
        if !placed || !alone || out.iter().any(|(f, l, _)| *f <= i && i <= *l) {
            continue;
        }
        let street = ms.iter().rev().filter(|m| m.last < i && !crossing(m) && (!numbered || m.last + 2 + usize::from(comma) == i)).find_map(|m| match &m.what {
            What::Street { ids, .. } => Some(ids),
            _ => None,
        });
        let Some(ids) = street else {
            continue;
        };
        let cands: Vec<Candidate> = ids.iter().filter_map(|&id| gaz.address(n, id)).collect();
        if !cands.is_empty() {
            out.push((i, i, place(input, PlaceKind::Address, span(t, i, i), cands, "the house number on the street named before; ")));
        }
    }
    // Landmarks, categories (qualified by a following street or intersection) and neighbourhoods.
    for k in 0..ms.len() {
        if ms[k].used {
            continue;
        }
        let m = ms[k].clone();
        // "into a FreshMart bag", "they said a school project": a thing named after a place, not the place.
        let named_after = m.first > 0
            && matches!(t[m.first - 1].key.as_str(), "a" | "an")
            && matches!(m.what, What::Landmark(_) | What::Category(_))
            && t.get(m.last + 1).is_some_and(|n| n.kind == TokenKind::Word && THINGS_NAMED_AFTER.contains(&n.key.as_str()));
        // "kids from the high school come by all vacation", "40 kids from Oakford High": pupils, who they are, not where.
        // (Not "drunk guys from the Old Mill Brewery": just come out of it, near it.)
        let the = usize::from(m.first > 0 && t[m.first - 1].key == "the");
        let from_at = (m.first - the).checked_sub(1).filter(|&f| t[f].key == "from");
        let school = match &m.what {
            What::Landmark(l) => gaz.landmarks()[*l as usize].category.as_deref() == Some("school"),
            What::Category(c) => c == "school",
            _ => false,
        };
        // (Not where they are: "two men from the high school parking lot", "kids from the high school are running out of the
        // building".)
        let there = t.get(m.last + 1).is_some_and(|n| matches!(n.key.as_str(), "parking" | "lot" | "building" | "gym" | "field" | "track" | "bleachers"))
            || t.windows(3).any(|w| w[0].key == "out" && w[1].key == "of" && w[2].key == "the");
        let affiliation = school && !there && from_at.and_then(|f| f.checked_sub(1)).is_some_and(|p| lexicon::person_nouns().at(t, p).is_some());
        if named_after || affiliation {
            ms[k].used = true;
            continue;
        }
        match &m.what {
            What::Landmark(id) => {
                ms[k].used = true;
                let mut last = m.last;
                // "Riverside Park on River Road": the street confirms; swallow it.
                if let Some(next) = ms.get(k + 1).filter(|n| !n.used && n.first == m.last + 2 && matches!(t[m.last + 1].key.as_str(), "on" | "at" | "off")) {
                    if matches!(next.what, What::Street { .. }) {
                        last = next.last;
                        ms[k + 1].used = true;
                    }
                }
                out.push((m.first, last, place(input, PlaceKind::Landmark, span(t, m.first, last), vec![gaz.landmark(*id)], "")));
            }
            What::Neighbourhood(id) => {
                ms[k].used = true;
                out.push((m.first, m.last, place(input, PlaceKind::Neighbourhood, span(t, m.first, m.last), vec![gaz.neighbourhood(*id)], "")));
            }
            What::Category(cat) => {
                ms[k].used = true;
                let ids = gaz.landmarks_in(cat);
                // "Manager at the Community Pool. ... We can't run the pool without one": the place named before, of the
                // kind or with the word in its name ("Fire Station Number 2 ... parked out behind the station").
                let word = t[m.last].key.as_str();
                let named_before = ms[..k].iter().find_map(|p| match p.what {
                    What::Landmark(l) if ids.contains(&l) || gaz.landmarks()[l as usize].name.split(' ').any(|w| w.eq_ignore_ascii_case(word)) => Some(l),
                    _ => None,
                });
                if let Some(l) = named_before {
                    // Said again after a relative phrase, the named place anchors it; else it is the same place again. (Not
                    // the first word of another place: "outside the school library".)
                    let compound = t.get(m.last + 1).is_some_and(|n| {
                        n.kind == TokenKind::Word
                            && !matches!(n.key.as_str(), "and" | "or" | "on" | "at" | "in" | "by" | "with" | "for" | "to" | "when" | "where" | "while"
                                | "so" | "but" | "got" | "is" | "was" | "since" | "last" | "this" | "today" | "tonight" | "yesterday" | "again" | "now")
                    });
                    if relative_before(t, m.first - the).is_some() && !compound {
                        out.push((m.first - the, m.last, place(input, PlaceKind::Landmark, span(t, m.first - the, m.last), vec![gaz.landmark(l)], "the place named before; ")));
                    }
                    continue;
                }
                let mut cands: Vec<Candidate> = ids.iter().map(|&id| gaz.landmark(id)).collect();
                let mut last = m.last;
                let mut first = m.first;
                if first > 0 && matches!(t[first - 1].key.as_str(), "the" | "that" | "this") {
                    first -= 1;
                }
                // "the library on Elm Street": rank by distance to the street.
                let qualifier = ms.get(k + 1).filter(|n| !n.used && n.first == m.last + 2 && matches!(t[m.last + 1].key.as_str(), "on" | "off" | "near" | "along"));
                if let (Some(q), true) = (qualifier, cands.len() > 1) {
                    if let What::Street { ids: sids, .. } = &q.what {
                        let dist = |c: &Candidate| sids.iter().map(|&s| gaz.distance_to_street(c.location, s)).fold(f64::INFINITY, f64::min);
                        cands.sort_by(|a, b| dist(a).total_cmp(&dist(b)));
                        let near: Vec<Candidate> = cands.iter().filter(|c| dist(c) <= 120.0).cloned().collect();
                        if !near.is_empty() {
                            cands = near;
                        }
                        last = q.last;
                        ms[k + 1].used = true;
                    }
                } else if let Some(q) = qualifier {
                    if matches!(q.what, What::Street { .. }) {
                        last = q.last;
                        ms[k + 1].used = true;
                    }
                }
                let article = m.first > 0 && matches!(t[m.first - 1].key.as_str(), "a" | "an");
                let cands = if article { scale(cands, 0.5, "'a' may mean any, not this one") } else { cands };
                let note = format!("'{}' is a {cat}: ", t[m.first..=m.last].iter().map(|x| x.text.as_str()).collect::<Vec<_>>().join(" "));
                out.push((first, last, place(input, PlaceKind::Landmark, span(t, first, last), cands, &note)));
            }
            What::Street { ids, .. } => {
                ms[k].used = true;
                let cands: Vec<Candidate> = ids.iter().map(|&id| gaz.street_extent(id)).collect();
                let note = fuzzy_note(&m, t).map(|s| format!("{s}; ")).unwrap_or_default();
                out.push((m.first, m.last, place(input, PlaceKind::Street, span(t, m.first, m.last), cands, &note)));
            }
        }
    }
    out.sort_by_key(|(f, _, _)| *f);
    // "6th and Elm, sorry, 6th and Oak": a place corrected right after it is said is replaced by the correction.
    let corrected: Vec<usize> = (0..out.len().saturating_sub(1))
        .filter(|&k| {
            let (a, b) = (&out[k], &out[k + 1]);
            a.2.kind == b.2.kind
                && b.0 > a.1
                && b.0 - a.1 <= 5
                && says_correction(&t[a.1 + 1..b.0])
        })
        .collect();
    for k in corrected.into_iter().rev() {
        out.remove(k);
    }
    // Relative phrases just before a place make it relative to that anchor.
    let mut result = Vec::with_capacity(out.len());
    for (first, _last, mut p) in out {
        let mut start_tok = first;
        if start_tok > 0 && t[start_tok - 1].key == "the" {
            start_tok -= 1;
        }
        let matches_before = |at: usize| relative_before(t, at);
        let rel = matches_before(start_tok).or_else(|| {
            let bridged = anchor_bridge(t, start_tok);
            (bridged < start_tok).then(|| matches_before(bridged)).flatten().inspect(|_| start_tok = bridged)
        });
        // "over by Riverside": near a whole area is still that area.
        let near_area = matches!(p.kind, PlaceKind::Neighbourhood) && rel.is_some_and(|(w, _)| matches!(w.last().copied(), Some("by" | "near" | "around")));
        // "Can somebody go by 1126 Maple?", "swing by the house": a visit to the place itself.
        // (Asked for: not "the bus stop by Central Station", "it just went by the QuickStop".)
        let visit = rel.is_some_and(|(w, _)| *w == ["by"]) && start_tok >= 3
            && matches!(t[start_tok - 2].key.as_str(), "go" | "swing" | "stop" | "come" | "drop")
            && matches!(t[start_tok - 3].key.as_str(), "can" | "could" | "someone" | "somebody" | "you" | "please" | "to" | "pls" | "officer" | "guys" | "u"
                | "cop" | "deputy");
        if let (Some((words, widen)), false) = (rel, matches!(p.kind, PlaceKind::Street) || near_area || visit) {
            let s0 = start_tok - words.len();
            let s = Span { start: t[s0].span.start, end: p.span.map_or(t[start_tok].span.end, |sp| sp.end) };
            p.explanation = format!("{} {} -> {}", words.join(" "), kind_name(p.kind), p.explanation);
            p.kind = PlaceKind::Relative;
            p.text = input[s.start..s.end].to_owned();
            p.span = Some(s);
            p.radius_m = p.radius_m.map(|r| r + widen);
            for c in &mut p.candidates {
                c.radius_m += widen;
            }
        }
        result.push(p);
    }
    result
}

fn kind_name(k: PlaceKind) -> &'static str {
    match k {
        PlaceKind::Address => "address",
        PlaceKind::Intersection => "intersection",
        PlaceKind::Block => "block",
        PlaceKind::Landmark => "landmark",
        PlaceKind::Neighbourhood => "neighbourhood",
        PlaceKind::Relative => "relative place",
        PlaceKind::Coordinates => "coordinates",
        PlaceKind::Street => "street",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::normalise;

    fn town() -> &'static Gazetteer {
        static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        G.get_or_init(|| Gazetteer::from_geojson(include_str!("../../../config/demo/town.geojson")).expect("demo town"))
    }

    fn places(s: &str) -> Vec<Place> {
        extract(s, &normalise(s), town())
    }

    fn one(s: &str) -> Place {
        let p = places(s);
        assert_eq!(p.len(), 1, "{s}: {p:#?}");
        p.into_iter().next().unwrap()
    }

    #[test]
    fn intersections_in_every_usual_form_land_on_the_same_point() {
        let reference = one("at the corner of 3rd Street and Main Street").location.unwrap();
        for s in ["3rd and Main", "Main St & 3rd St", "third street at main", "the intersection of Main and Third", "3rd/Main"] {
            let p = one(s);
            assert_eq!(p.kind, PlaceKind::Intersection, "{s}");
            assert!(p.location.unwrap().distance_m(&reference) < 1.0, "{s}: {p:?}");
        }
        // A cross street corrected as it is said, or a whole intersection said again.
        let main_10th = one("Main and 10th").location.unwrap();
        for s in ["walking on Main by 9th, no, 10th, when", "walking on maine by ninth no tenth when", "Main and 9th, sorry, Main and 10th"] {
            assert!(one(s).location.unwrap().distance_m(&main_10th) < 1.0, "{s}: {:?}", places(s));
        }
        // A turn from one street onto the other; a roadside spot of one street by the other.
        let main_9th = one("Main and 9th").location.unwrap();
        let p = one("a box truck turning right off Main onto 9th clipped him");
        assert!(p.kind == PlaceKind::Intersection && p.location.unwrap().distance_m(&main_9th) < 1.0, "{p:?}");
        let river_9th = one("River Road and 9th").location.unwrap();
        let p = one("a man at the River Road pull-off by 9th is trying doors");
        assert!(p.kind == PlaceKind::Intersection && p.location.unwrap().distance_m(&river_9th) < 1.0, "{p:?}");
        // A bare name, or one misheard, before or after "crosses" and "meets".
        let kingsley_4th = one("Kingsley and 4th").location.unwrap();
        let p = one("a man at the red light where Kingsley crosses 4th");
        assert!(p.kind == PlaceKind::Intersection && p.location.unwrap().distance_m(&kingsley_4th) < 1.0, "{p:?}");
        // Not a tree that crosses a street, nor the river meeting one.
        assert!(places("A fallen pine crosses 9th near the school, both lanes blocked.").iter().all(|p| p.kind != PlaceKind::Intersection));
        assert!(places("Flooding where the river meets 2nd.").iter().all(|p| p.kind != PlaceKind::Intersection));
        let p = one("where market street meets maine could the town dig out the signs");
        assert!(p.kind == PlaceKind::Intersection && p.location.unwrap().distance_m(&one("Market Street and Main").location.unwrap()) < 1.0, "{p:?}");
    }

    #[test]
    fn a_house_number_corrected_as_it_is_said_is_the_address() {
        let right = one("325 Kingsley Ave").location.unwrap();
        for s in ["352 Kingsley Ave, sorry, 325, I'm still half asleep", "three fifty two kingsley avenue sorry three twenty five i'm half asleep"] {
            assert!(one(s).location.unwrap().distance_m(&right) < 1.0, "{s}: {:?}", places(s));
        }
        // A number after "no" that is no house on that street corrects nothing.
        assert_eq!(one("352 Kingsley Ave, no, 9000 people were there").text, "352 Kingsley Ave");
    }

    #[test]
    fn misheard_landmark_names_are_confirmed_by_the_rest_of_the_name() {
        let school = one("at Oakford High").location.unwrap();
        for s in ["at oxford high", "at oak fort high", "at oak ford high"] {
            let p = one(s);
            assert_eq!(p.kind, PlaceKind::Landmark, "{s}");
            assert!(p.location.unwrap().distance_m(&school) < 1.0, "{s}: {p:?}");
        }
        // A short word before the name joins nothing: "of Lincoln Elementary" is Lincoln Elementary.
        assert!(places("in front of Lincoln Elementary").iter().all(|p| p.text != "of Lincoln Elementary"), "{:?}",
            places("in front of Lincoln Elementary"));
        // A compass word is meant as said: the east end of a store is no West End.
        assert!(places("department store east end: F 30s concealed 4 sweaters").iter().all(|p| p.kind != PlaceKind::Neighbourhood));
    }

    #[test]
    fn a_word_heard_for_what_it_is_is_no_misheard_street() {
        let p = places("the flyer says the road closes at six thirty will the marshals let me pull out");
        assert!(p.iter().all(|p| p.kind != PlaceKind::Address), "{p:?}");
        // A suspect's number before a colour heard like a street is no house number.
        for s in ["2 juv F exiting toward the west lot. #1 pink hoodie, #2 white tank top", "two juvenile females toward the west lot number one pink hoodie"] {
            assert!(places(s).iter().all(|p| p.kind != PlaceKind::Address), "{s}");
        }
        assert_eq!(one("im at number 1126 mapel, my husband collapsed").kind, PlaceKind::Address);
    }

    #[test]
    fn misheard_street_names_match_with_a_note() {
        let p = one("corner of burch street and fifth");
        assert_eq!(p.kind, PlaceKind::Intersection);
        assert!(p.explanation.contains("heard as"), "{p:?}");
        let q = one("at the corner of Birch Street and 5th Street");
        assert!(p.location.unwrap().distance_m(&q.location.unwrap()) < 1.0);
        assert!(p.confidence < q.confidence);
    }

    #[test]
    fn spoken_forms_of_numbers_and_names_find_the_same_place() {
        let near = |a: &Place, b: &Place| a.location.unwrap().distance_m(&b.location.unwrap()) < 1.0;
        // House numbers said in pairs of digits; a one-word name heard as two; a misheard name before "by".
        assert!(near(&one("three twelve elm"), &one("312 Elm Street")), "{:?}", places("three twelve elm"));
        assert!(near(&one("ten forty nine willo"), &one("1049 Willow Street")));
        assert!(near(&one("eleven oh six ceder"), &one("1106 Cedar Street")), "{:?}", places("eleven oh six ceder"));
        assert!(near(&one("we're on spruse between tenth and eleventh"), &one("Spruce Street between 10th and 11th")));
        assert!(near(&one("the warehouse at one fifty station road"), &one("150 Station Road")), "{:?}", places("the warehouse at one fifty station road"));
        assert!(near(&one("on route nine by the willo street light"), &one("Route 9 and Willow Street")));
        assert!(near(&one("the laundromat on chest nut near fourth"), &one("Chestnut Street and 4th Street")));
        assert!(near(&one("golden dragon on maine by eighth"), &one("Main Street and 8th Street")));
        assert!(near(&one("the lights are out at tenth and chess nut"), &one("10th Street and Chestnut Street")));
        assert!(near(&one("a truck tipped over at kings lee and third"), &one("Kingsley Avenue and 3rd Street")));
        // Its ending heard as "oh".
        assert!(near(&one("plate starts with seven r eleven seventy one will oh"), &one("1171 Willow Street")));
        // A person is not a misheard street ("one male" is not 1 Maple Avenue), nor two words that are not
        // both unknown and long ("two men in" is not Main, "of willow" is Willow).
        assert!(places("shooter is one male in a grey hoodie").is_empty());
        assert!(places("two men in a truck").is_empty());
    }

    #[test]
    fn addresses_blocks_and_stretches() {
        let a = one("at 450 Elm Street");
        assert_eq!((a.kind, a.radius_m), (PlaceKind::Address, Some(20.0)));
        let spoken = one("at four fifty elm street");
        assert!(a.location.unwrap().distance_m(&spoken.location.unwrap()) < 1.0);
        let b = one("in the 400 block of Elm");
        assert_eq!(b.kind, PlaceKind::Block);
        assert!(b.location.unwrap().distance_m(&a.location.unwrap()) < 20.0);
        // Dispatch shorthand, and a stretch whose crossings are taken back and said again.
        assert_eq!(one("Shots fired, 1100 blk Birch, approx 0140.").kind, PlaceKind::Block);
        // The same spoken, the street misheard.
        assert_eq!(one("man with a gun eleven hundred block perch r p states").kind, PlaceKind::Block);
        let (said, meant) = (one("a pothole on Walnut between 6th and 7th, no, 7th and 8th"), one("on Walnut between 7th and 8th"));
        assert!(said.location.unwrap().distance_m(&meant.location.unwrap()) < 1.0, "{said:?}");
        let s = one("on Elm Street between 4th and 5th");
        assert_eq!(s.kind, PlaceKind::Block);
        // A bare name before "between" and numbered streets is the street.
        assert_eq!(one("we're working Maple between 9th and 10th today").kind, PlaceKind::Block);
        assert!(s.location.unwrap().distance_m(&b.location.unwrap()) < 10.0, "{s:?} vs {b:?}");
    }

    #[test]
    fn landmarks_relatives_and_neighbourhoods() {
        // A name on clothes or naming an event held elsewhere is no place; a graduation is held at its school.
        assert!(places("teenage girl in an Oakford High hoodie; after the Oakford High game; the Oakford High prom").is_empty());
        assert_eq!(one("in the stands at the Oakford High graduation").kind, PlaceKind::Landmark);
        assert_eq!(one("fight at the Oakford High game right now").kind, PlaceKind::Landmark);
        // A name with a possessive is the place ("the Old Mill Brewery's party"), not the street it starts like.
        let party = one("around 11:30, at the Old Mill Brewery's party, my boyfriend bumped a man");
        assert_eq!((party.kind, party.text.as_str()), (PlaceKind::Landmark, "Old Mill Brewery's"));
        // A visit "by" a place is to the place itself.
        assert_eq!(one("Can somebody go by 1126 Maple? My aunt's 88 and she doesn't pick up.").kind, PlaceKind::Address);
        assert_eq!(one("a man was standing by 1126 Maple").kind, PlaceKind::Relative);
        assert_eq!(one("presents on the bench at the bus stop by Central Station").kind, PlaceKind::Relative);
        // A relative phrase reaches its address over the caller's business.
        assert_eq!(one("an old ambulance parks every evening in the lot behind my bakery at 518 Main").kind, PlaceKind::Relative);
        // Over the caller's place, or someone's own house named with "'s".
        assert_eq!(one("a white pickup stopped at the paddock fence behind my place at 320 Old Mill Road").kind, PlaceKind::Relative);
        assert_eq!(one("a black Tesla sat outside my mother's house at 1134 Willow for two hours").kind, PlaceKind::Relative);
        assert_eq!(one("he lives at my mother's house at 1134 Willow").kind, PlaceKind::Address);
        // A distance is no Mill heard wrong; a storey is no street.
        assert!(places("on the board walk past the two mile sign").is_empty());
        assert!(places("she isn't swallowing room one eighteen first floor").is_empty());
        assert_eq!(one("the guy behind the bar at the old mill brewery is selling coke").kind, PlaceKind::Landmark);
        // Nor is a class, its reunion or its song, a trade named after a place, or a place the caller says there is none of.
        assert!(places("at the Oakford High class of 2018 reunion; they're belting the Oakford High fight song").iter().all(|p| p.kind != PlaceKind::Landmark));
        assert!(places("he said he was the pool guy. We don't have a pool.").is_empty(), "{:?}", places("he said he was the pool guy. We don't have a pool."));
        // Nor a team, nor an office the caller phoned; the school itself still is.
        assert!(places("raising money for the Oakford High robotics team. I called Town Hall this morning.").is_empty());
        assert_eq!(one("someone broke into the robotics lab at Oakford High").kind, PlaceKind::Landmark);
        let l = one("outside the library on Elm Street");
        assert_eq!(l.kind, PlaceKind::Relative);
        assert!(l.explanation.starts_with("outside"));
        let p = one("I was in Riverside Park");
        assert_eq!(p.kind, PlaceKind::Landmark);
        assert_eq!(p.radius_m, Some(150.0));
        let n = one("somewhere in Downtown");
        assert_eq!(n.kind, PlaceKind::Neighbourhood);
        // "the station" is the train station, not Station Road.
        let st = one("behind the station");
        assert!(st.explanation.contains("Central Station"), "{st:?}");
        // A part of the anchor, or the caller's place at it, between the phrase and the anchor.
        for s in ["a package left by the front doors of City Hall", "she took it from in front of our house, 1037 Chestnut"] {
            let r = one(s);
            assert_eq!(r.kind, PlaceKind::Relative, "{s}: {r:?}");
        }
        // Not across a sentence, nor without "of", "at" or a comma.
        assert_eq!(one("he was by the house. 633 Hawthorn Ave.").kind, PlaceKind::Address);
    }

    #[test]
    fn common_words_are_not_streets() {
        assert!(places("the main thing is he had a knife").is_empty());
        // Nor a word before a number ("gone from 730 till 10:15", "A&O times 4 pain 9 out of 10"); nor a common
        // word a school's name starts like ("with school out"); nor a school naming who people are.
        assert!(places("we were only gone from seven thirty till ten fifteen").is_empty());
        assert!(places("Last night from about 11 till almost 3 the crew had music blasting").is_empty());
        assert!(places("Last night from about 10 till after 1 the house behind us had a DJ set up").is_empty());
        // A word said with its article is that word, no street misheard; with its suffix after, it is the street.
        assert!(places("a guy who tried to cut into the line at 9th got dragged out of his car").iter().all(|p| !p.explanation.contains("heard as")));
        assert!(places("a car on the shoulder by the willo street light").iter().any(|p| p.explanation.contains("heard as")));
        assert!(places("alert and oriented times four pain nine out of ten").is_empty());
        assert!(places("With school out for spring break somebody's been sleeping in the press box").is_empty());
        assert!(places("there's like 50 high school kids in the driveway").is_empty());
        assert!(places("library books and a park bench").is_empty());
        assert!(places("they had a pool party; the pharmacy delivery cooler; walking in a hospital gown").is_empty());
        // A house number alone, on the street (not the crossing) named before it.
        let p = places("A van is going slowly down Elm between 8th and 9th and the driver keeps getting out. He's at 847 right now.");
        let (stretch, house) = (&p[0], &p[1]);
        assert_eq!((stretch.kind, house.kind), (PlaceKind::Block, PlaceKind::Address), "{p:?}");
        assert!(stretch.location.unwrap().distance_m(&house.location.unwrap()) < 60.0, "{p:?}");
        // A stretch from one crossing to another; a house number said after its street.
        let (from_to, between) = (one("a slick of diesel all down 12th Street from Cedar to Oak"), one("on 12th Street between Cedar and Oak"));
        assert_eq!(from_to.kind, PlaceKind::Block, "{from_to:?}");
        assert!(from_to.location.unwrap().distance_m(&between.location.unwrap()) < 1.0, "{from_to:?}");
        let (numbered, house) = (places("my roommate's ex showed up at our place on 4th Street, number 311, with a machete"), one("311 4th Street"));
        let numbered = numbered.iter().find(|p| p.kind == PlaceKind::Address).expect("the house");
        assert!(numbered.location.unwrap().distance_m(&house.location.unwrap()) < 1.0, "{numbered:?}");
        assert!(places("Maroon singlet, black shorts, number 414.").is_empty());
        // Two figures so labelled; in speech with no stop after, but not a count nor dispatch's numbered suspect.
        let (numbered, house) = (places("I'm at the orchard on Old Mill Road, number 60, out in the rows"), one("60 Old Mill Road"));
        let numbered = numbered.iter().find(|p| p.kind == PlaceKind::Address).expect("the house");
        assert!(numbered.location.unwrap().distance_m(&house.location.unwrap()) < 1.0, "{numbered:?}");
        assert!(places("i'm at the orchard on old mill road number 60 out in the rows").iter().any(|p| p.kind == PlaceKind::Address));
        assert!(places("suspects fled toward river road number 1 tall red hoodie number 2 short").iter().all(|p| p.kind != PlaceKind::Address));
        // A crossing street taken back and said again; a whole crossing said again replaces the first.
        let (said, meant) = (one("Motorcycle down on the curve on Route 9 by 8th, no, by 9th."), one("on Route 9 by 9th"));
        assert_eq!(said.kind, PlaceKind::Intersection);
        assert!(said.location.unwrap().distance_m(&meant.location.unwrap()) < 1.0, "{said:?}");
        assert_eq!(places("at 6th and Elm, sorry, 6th and Oak").len(), 1);
        // A bare street name crossed "by" a numbered street.
        assert_eq!(one("The van's parked at the end of our street right now, Willow by 8th, engine running.").kind, PlaceKind::Intersection);
        // A misheard last word confirmed by the words before it; more than one edit is another name.
        assert_eq!(one("the warming center in city haul").kind, PlaceKind::Landmark);
        assert_eq!(one("two guys at fresh mark by the side door").kind, PlaceKind::Landmark);
        assert!(places("he works at the town transfer station").iter().all(|p| p.kind != PlaceKind::Landmark));
        // A place named, then by its kind: one place.
        assert_eq!(places("Manager at the Community Pool. Somebody took the AED, we can't run the pool without one.").len(), 1);
        // After review: the place where it happens, said with the same words, is still a place.
        for s in ["A FreshMart employee is being attacked in the parking lot by two guys.",
            "Kids from the high school are running out of the building, there's smoke coming from the gym.",
            "Two men from the high school parking lot are following my daughter home.",
            "Someone pulled a gun at a library event tonight, everyone is running out."] {
            assert!(!places(s).is_empty(), "{s}");
        }
        // A thing named after a place is no place; nor a school its pupils are from.
        assert!(places("the kid next door deals vapes, kids from the high school come by all vacation").is_empty());
        assert!(places("he made me empty the registers into a FreshMart bag and ran").is_empty());
        assert!(places("they said it was for a school project and walked off").is_empty());
        // Named, then by a word of its name after a relative phrase: that place anchors it (not Central Station); not the
        // first word of another place ("outside the school library").
        let ps = places("Lieutenant at Fire Station Number 2. The float, parked out behind the station, got hit last night.");
        let behind = ps.iter().find(|p| p.kind == PlaceKind::Relative).expect("relative");
        assert!(behind.explanation.ends_with("landmark Fire Station Number 2"), "{ps:?}");
        let ps = places("we're at Oakford High on break in the hall outside the school library, a senior has a knife");
        assert!(ps.iter().all(|p| p.kind != PlaceKind::Relative), "{ps:?}");
        assert_eq!(one("heading north on Main").kind, PlaceKind::Street);
    }
}
