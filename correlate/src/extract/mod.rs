//! Understanding a tip: normalise, find entities and places, geocode, resolve the time, categorise.
//!
//! [`analyse`] is the one entry point the pipeline calls; it is pure and deterministic (the received time
//! and the gazetteer are passed in). Its [`Analysis`] is what the `extract` stage stores as JSON.
//!
//! # Layout
//! - [`lexicon`]: word lists (colours, vehicles, makes, weapons, clothing, people, directions).
//! - [`entities`]: vehicles, weapons and descriptions of people.
//! - [`time`]: time expressions resolved to absolute windows.
//! - [`places`]: street, landmark and area mentions, patterns over them, geocoding.
//! - [`category`]: event category and priority with reasons.
//! - [`model`]: a logistic regression word model of the category, trained on the bundled corpora.

pub mod category;
pub mod entities;
pub mod lexicon;
pub mod model;
pub mod places;
pub mod time;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::analysis::{Entity, EntityKind, Place, PlaceKind, TimeWindow};
use crate::gazetteer::Gazetteer;
use crate::incident::Priority;
use crate::normalise::{normalise, Normalised, Token};
pub use category::Category;
pub use model::CategoryModel;

/// Whether the tokens from `i` on are `words`.
pub(crate) fn phrase_at(t: &[Token], i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| t.get(i + k).is_some_and(|x| x.key == *w))
}

/// Whether token `i` begins a clause: the first token, or one after punctuation (a token of its own or
/// in the text between the two).
pub(crate) fn clause_starts_at(input: &str, t: &[Token], i: usize) -> bool {
    i == 0 || t[i - 1].kind == crate::normalise::TokenKind::Punct || input[t[i - 1].span.end..t[i].span.start].contains([',', '.', ';'])
}

/// Whether token `i` begins a sentence: after a full stop, an exclamation or a question mark (the text,
/// not the key, which drops dots).
pub(crate) fn sentence_starts_at(input: &str, t: &[Token], i: usize) -> bool {
    i > 0 && (input[t[i - 1].span.end..t[i].span.start].contains(['.', '!', '?']) || matches!(t[i - 1].text.as_str(), "." | "!" | "?"))
}

/// Where the sentence of token `i` starts, looking back at most `reach` tokens (speech has no sentences).
pub(crate) fn sentence_start(input: &str, t: &[Token], i: usize, reach: usize) -> usize {
    let mut from = i;
    while from > 0 && i - from < reach && !sentence_starts_at(input, t, from) {
        from -= 1;
    }
    from
}

/// Whether a token ends in "'s" (straight or curly): a possessive, or "is" or "has" joined on ("the truck's out there").
/// Keys drop apostrophes, so this reads the token's text.
pub(crate) fn apostrophe_s(t: &Token) -> bool {
    t.text.ends_with("'s") || t.text.ends_with("\u{2019}s")
}

/// A child named by age at token `i`, an age in `ages` ("my 8 year old fell", "her 10-year-old rides home", "my 15 year
/// old daughter"): the age and how many tokens say it. Not the age of a thing or an animal said next ("our 9-year-old
/// golden retriever", "our 10 yrs old trailer", "a 3-year-old iPhone").
pub(crate) fn child_age_at(t: &[Token], i: usize, ages: std::ops::RangeInclusive<u64>) -> Option<(u64, usize)> {
    const AGED_THINGS: &[&str] = &[
        "dog", "dogs", "cat", "cats", "lab", "retriever", "golden", "shepherd", "puppy", "horse", "pony", "phone", "iphone", "laptop",
        "computer", "tv", "house", "roof", "furnace", "heater", "trailer", "boat", "tree", "mattress", "fence", "building", "tires",
        "battery", "dryer", "washer", "fridge", "bottle", "snowblower", "atv", "scotch", "whiskey", "bourbon", "wine", "car", "truck",
    ];
    let (age, len) = years_old_at(t, i).filter(|(n, _)| ages.contains(n))?;
    let next = i + len;
    let thing = t.get(next).is_some_and(|n| AGED_THINGS.contains(&n.key.as_str())) || lexicon::vehicle_types().at(t, next).is_some()
        || lexicon::makes().at(t, next).is_some();
    (!thing).then_some((age, len))
}

/// The first child named by age in the tip, an age in `ages` ([`child_age_at`]), as said: for the reasons of a call.
pub(crate) fn child_named_by_age(t: &[Token], ages: std::ops::RangeInclusive<u64>) -> Option<&str> {
    (0..t.len()).find(|&i| child_age_at(t, i, ages.clone()).is_some()).map(|i| t[i].text.as_str())
}

/// The age said at token `i` and how many tokens say it: "8 year old", "8 years old", "8 yr old" (three), typed as one
/// word, "10-year-old" (one), or said bare of a child with "is" joined on, "My daughter's 9." (one).
fn years_old_at(t: &[Token], i: usize) -> Option<(u64, usize)> {
    let token = t.get(i)?;
    if let crate::normalise::TokenKind::Number(n) = token.kind {
        let unit = t.get(i + 1).is_some_and(|x| matches!(x.key.as_str(), "year" | "years" | "yr" | "yrs"));
        let childs = i > 0 && apostrophe_s(&t[i - 1]) && matches!(t[i - 1].key.as_str(), "sons" | "daughters" | "kids" | "boys" | "girls")
            && t.get(i + 1).is_none_or(|x| x.kind == crate::normalise::TokenKind::Punct || matches!(x.key.as_str(), "and" | "she" | "he"));
        return (unit && t.get(i + 2).is_some_and(|x| x.key == "old")).then_some((n, 3)).or(childs.then_some((n, 1)));
    }
    Some((token.key.strip_suffix("-year-old")?.parse().ok()?, 1))
}

/// Words with which callers take back what they just said: "6th and Elm, sorry, 6th and Oak".
const CORRECTIONS: &[&str] = &["sorry", "wait", "actually", "correction"];

/// Whether a word takes back a number or plate just said, a bare "no" included: "MZR 4418, no, 4481", "352
/// Kingsley Ave, sorry, 325".
pub(crate) fn takes_back(key: &str) -> bool {
    key == "no" || CORRECTIONS.contains(&key)
}

/// Whether these tokens (the ones between two things said) correct the first: one of [`CORRECTIONS`] or
/// "I mean".
pub(crate) fn says_correction(t: &[Token]) -> bool {
    t.iter().any(|x| CORRECTIONS.contains(&x.key.as_str())) || (0..t.len()).any(|i| phrase_at(t, i, &["i", "mean"]))
}

/// How far back a tip with no time in it is assumed to reach.
const DEFAULT_LOOKBACK_MIN: i64 = 60;

/// Everything analysis found in one tip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The written form the rules worked on (spans still index the original text).
    pub normalised: String,
    /// Vehicles, weapons, people and times, in text order per kind.
    pub entities: Vec<Entity>,
    /// Places, in text order, geocoded where the gazetteer allows.
    pub places: Vec<Place>,
    /// When it happened (absolute), from the most specific time expression.
    pub time_window: TimeWindow,
    pub time_explanation: String,
    pub category: Category,
    pub priority: Priority,
    /// Why this category and priority, in words.
    pub reasons: Vec<String>,
    /// Agencies whose jurisdiction holds the most confident located place.
    pub agencies: Vec<String>,
}

/// Places in a piece of text alone, geocoded: for a location the tipster typed into a form field
/// ("outside the library on Elm"), where there is no tip text around it to analyse.
pub fn places_in(text: &str, gazetteer: &Gazetteer) -> Vec<Place> {
    places::extract(text, &normalise(text), gazetteer)
}

/// Whether a vehicle named by its make alone is the end of the town's name as a recogniser splits it: "an oak
/// ford fuel oil truck", "welcome to oak ford" (Oakford, the town of the gazetteer or of one of its agencies).
fn in_town_name(n: &Normalised, e: &Entity, gazetteer: &Gazetteer) -> bool {
    let Some(k) = n.tokens.iter().position(|t| t.span.start == e.span.start).filter(|&k| k > 0) else {
        return false;
    };
    let alone = n.tokens.get(k + 1).is_none_or(|t| t.span.start >= e.span.end) && !e.attributes.contains_key("type");
    let joined = format!("{}{}", n.tokens[k - 1].key, n.tokens[k].key);
    let first_word = |name: &str| name.split_whitespace().next().map(crate::normalise::key_of);
    let town = gazetteer.name.as_deref().into_iter().chain(gazetteer.jurisdictions().iter().map(|a| a.name.as_str()));
    alone && town.filter_map(first_word).any(|w| w == joined)
}

/// Analyses one tip's text, received at `received_at`, against `gazetteer`.
pub fn analyse(text: &str, received_at: DateTime<Utc>, gazetteer: &Gazetteer) -> Analysis {
    analyse_with(text, received_at, gazetteer, model::category_model())
}

/// [`analyse`] with a category model of the caller's choosing: one trained without the corpus being
/// evaluated, to measure the whole extractor on tips its model has not seen (`examples/category_cv.rs`).
pub fn analyse_with(text: &str, received_at: DateTime<Utc>, gazetteer: &Gazetteer, model: &CategoryModel) -> Analysis {
    let n = normalise(text);
    let mut entities = entities::extract(text, &n);
    let times = time::extract(text, &n, received_at, gazetteer.utc_offset_minutes);
    // Most specific first; among equals, the first said.
    let primary = times.iter().enumerate().max_by(|(ia, a), (ib, b)| a.rank.cmp(&b.rank).then(ib.cmp(ia))).map(|(_, f)| f);
    let (time_window, time_explanation) = match primary {
        Some(f) => (f.window, format!("from '{}'", f.entity.text)),
        None => (
            TimeWindow { start: received_at - Duration::minutes(DEFAULT_LOOKBACK_MIN), end: received_at },
            format!("no time given: the {DEFAULT_LOOKBACK_MIN} minutes before the tip"),
        ),
    };
    // An event said to have "just" happened, or what someone does next told as "now", has its moment for the time window,
    // but no more weight than a tip that says no time: callers tell of what just happened either way (the labels lift neither).
    let window_for_priority = primary.filter(|f| !f.yields()).map(|f| f.window);
    entities.extend(times.into_iter().filter(|f| !f.broad).map(|f| f.entity));
    let places = places::extract(text, &n, gazetteer);
    let place_spans: Vec<_> = places.iter().filter_map(|p| p.span).collect();
    // "oak ford high" is Oakford High School, not a Ford; "Lincoln Elementary" is no Lincoln: a vehicle word
    // inside a place is part of its name (also in "behind oak ford high": a relative place is a preposition
    // and a gazetteer name, never a vehicle it is next to); nor is the town's own name split in two.
    let in_place = |e: &Entity| place_spans.iter().any(|s| s.start <= e.span.start && e.span.end <= s.end);
    entities.retain(|e| e.kind != EntityKind::Vehicle || !in_place(e) && !in_town_name(&n, e, gazetteer));
    let assessment = category::assess(&n, &entities, &place_spans, window_for_priority.as_ref(), received_at, gazetteer.utc_offset_minutes, model);
    let best = places
        .iter()
        .filter(|p| p.location.is_some() && p.kind != PlaceKind::Street)
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
        .or_else(|| places.iter().find(|p| p.location.is_some()));
    let agencies = best
        .and_then(|p| p.location)
        .map(|loc| gazetteer.jurisdictions_at(loc).into_iter().filter_map(|a| a.agency.clone()).collect())
        .unwrap_or_default();
    Analysis {
        normalised: n.text,
        entities,
        places,
        time_window,
        time_explanation,
        category: assessment.category,
        priority: assessment.priority,
        reasons: assessment.reasons,
        agencies,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn town() -> Gazetteer {
        Gazetteer::from_geojson(include_str!("../../../config/demo/town.geojson")).expect("demo town")
    }

    #[test]
    fn an_age_is_read_spaced_or_typed_as_one_word() {
        let at = |s: &str, i: usize| years_old_at(&normalise(s).tokens, i);
        assert_eq!(at("my 8 year old", 1), Some((8, 3)));
        assert_eq!(at("my eight years old", 1), Some((8, 3)));
        assert_eq!(at("her 6 yr old", 1), Some((6, 3)));
        assert_eq!(at("my 10-year-old", 1), Some((10, 1)));
        assert_eq!(at("my 8 year warranty", 1), None);
        assert_eq!(at("my car", 1), None);
        // A child by that age, not a thing or an animal of it.
        let child = |s: &str| child_age_at(&normalise(s).tokens, 1, 1..=17);
        assert_eq!(child("my 12 year old rides home from the pool"), Some((12, 3)));
        assert_eq!(child("our 15 year old daughter"), Some((15, 3)));
        assert_eq!(child("our 9-year-old golden retriever wandered off"), None);
        assert_eq!(child("our 10 yrs old trailer"), None);
        assert_eq!(child("my 3-year-old iPhone is missing"), None);
        assert_eq!(child("my 20 year old son"), None);
    }

    #[test]
    fn no_time_said_means_the_hour_before_the_tip() {
        let now = DateTime::parse_from_rfc3339("2026-03-01T15:00:00Z").unwrap().with_timezone(&Utc);
        let a = analyse("someone is selling drugs on Elm Street", now, &town());
        assert_eq!(a.time_window.end, now);
        assert_eq!(now - a.time_window.start, Duration::minutes(DEFAULT_LOOKBACK_MIN));
        assert!(a.time_explanation.starts_with("no time given"));
        assert!(a.entities.iter().all(|e| e.kind != crate::analysis::EntityKind::Time));
    }

    #[test]
    fn this_morning_bounds_the_window_but_is_no_stated_time() {
        let now = DateTime::parse_from_rfc3339("2026-03-01T15:00:00Z").unwrap().with_timezone(&Utc);
        let a = analyse("Somebody keyed my car in the lot this morning.", now, &town());
        assert!(a.entities.iter().all(|e| e.kind != crate::analysis::EntityKind::Time), "{:?}", a.entities);
        assert!(a.time_explanation.contains("this morning"), "{}", a.time_explanation);
        assert!(now - a.time_window.start > Duration::hours(2));
        // A clock time in it is stated, spoken too.
        let b = analyse("i saw him do it with his key ten fifteen this morning", now, &town());
        assert!(b.entities.iter().any(|e| e.kind == crate::analysis::EntityKind::Time && e.text.starts_with("ten fifteen")), "{:?}", b.entities);
    }

    #[test]
    fn a_break_in_found_on_coming_back_is_not_happening_now() {
        let now = DateTime::parse_from_rfc3339("2026-03-01T15:00:00Z").unwrap().with_timezone(&Utc);
        let priority = |s: &str| analyse(s, now, &town()).priority;
        assert_eq!(priority("i just got home from school and the back window is wide open, my xbox is gone. im at the neighbors now"), Priority::Medium);
        // Unless someone is still in there.
        assert_eq!(
            priority("We just got home from the concert, the glass is broken, and somebody's in there right now, I just heard the floorboards creak."),
            Priority::High
        );
    }

    #[test]
    fn a_day_said_of_what_led_up_is_not_the_events_age_when_now_tells_it_going_on() {
        let now = DateTime::parse_from_rfc3339("2026-03-01T23:00:00Z").unwrap().with_timezone(&Utc);
        let priority = |s: &str| analyse(s, now, &town()).priority;
        let back = "One man we fire this morning, he come back with the big hammer and he swing it at my boss. Now he is breaking the windows of the office with it.";
        assert_eq!(priority(back), Priority::Critical);
        // Without "now" and the present, the morning is the attack's.
        assert_eq!(priority("This morning a man swung a big hammer at my boss and broke the office windows with it."), Priority::Medium);
        assert_eq!(priority("This morning a man swung a big hammer at my boss. Now my boss is at home."), Priority::Medium);
        assert_eq!(priority("we fired a guy this morning, he returned with a hammer and now he is smashing the windows"), Priority::Critical);
        // Nobody come back: "now" tells how things stand since.
        assert_eq!(priority("Two days ago my neighbor threatened me with a knife. Now he is pretending nothing happened and is walking his dog."), Priority::Medium);
        assert_eq!(priority("My ex hit me last night around 11. Now she is texting me saying she is sorry."), Priority::Medium);
    }

    #[test]
    fn a_time_said_within_fifteen_minutes_is_recent_and_twenty_is_not() {
        let now = DateTime::parse_from_rfc3339("2026-03-01T15:00:00Z").unwrap().with_timezone(&Utc);
        let priority = |s: &str| analyse(s, now, &town()).priority;
        assert_eq!(priority("a man took a framed painting off the wall of my studio on Station Road about 10 minutes ago"), Priority::High);
        assert_eq!(priority("a man took a framed painting off the wall of my studio on Station Road about 20 minutes ago"), Priority::Medium);
    }

    #[test]
    fn the_town_name_split_by_a_recogniser_is_no_vehicle_make() {
        let now = DateTime::parse_from_rfc3339("2026-03-01T15:00:00Z").unwrap().with_timezone(&Utc);
        let vehicles = |s: &str| analyse(s, now, &town()).entities.into_iter().filter(|e| e.kind == EntityKind::Vehicle).count();
        assert_eq!(vehicles("an oak ford fuel oil truck is parked on cedar with its engine running"), 1);
        assert_eq!(vehicles("they knocked the letters off the welcome to oak ford sign"), 0);
        assert_eq!(vehicles("a blue ford is parked on cedar"), 1);
    }

    #[test]
    fn a_described_location_alone_is_geocoded() {
        let g = town();
        let p = places_in("outside the library on Elm", &g);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].kind, PlaceKind::Relative);
        assert_eq!(g.jurisdictions_at(p[0].location.unwrap())[0].agency.as_deref(), Some("oakford-pd"));
        let east = places_in("at 11th and Main", &g);
        assert_eq!(g.jurisdictions_at(east[0].location.unwrap())[0].agency.as_deref(), Some("ashby-sheriff"));
    }
}
