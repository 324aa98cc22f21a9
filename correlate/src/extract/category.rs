//! What kind of event a tip reports, and how urgently dispatchers should look, with the reasons in words.
//!
//! Keywords vote for categories; the strongest wins, ties going to the more serious category. Priority
//! starts from the category and moves for what the words add: a weapon being used, someone not
//! breathing, an event still happening, or one that is hours old. Every step leaves a reason.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::analysis::{Entity, EntityKind, Span, TimeWindow};
use crate::incident::Priority;
use crate::normalise::{Normalised, Token};

use super::model;

/// The kind of event, most serious first (the order breaks ties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Weapon,
    Fire,
    Medical,
    Robbery,
    Assault,
    Burglary,
    Theft,
    Traffic,
    Drugs,
    Vandalism,
    SuspiciousVehicle,
    SuspiciousPerson,
    Disturbance,
    Other,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Weapon => "weapon",
            Category::Fire => "fire",
            Category::Medical => "medical",
            Category::Robbery => "robbery",
            Category::Assault => "assault",
            Category::Burglary => "burglary",
            Category::Theft => "theft",
            Category::Traffic => "traffic",
            Category::Drugs => "drugs",
            Category::Vandalism => "vandalism",
            Category::SuspiciousVehicle => "suspicious_vehicle",
            Category::SuspiciousPerson => "suspicious_person",
            Category::Disturbance => "disturbance",
            Category::Other => "other",
        }
    }

    fn base_priority(self) -> Priority {
        match self {
            Category::Weapon | Category::Fire | Category::Medical | Category::Robbery | Category::Assault => Priority::High,
            Category::Burglary | Category::Theft | Category::Traffic => Priority::Medium,
            _ => Priority::Low,
        }
    }
}

use Category as C;

/// Most the word model adds to a category, in tenths of a keyword weight ("fire" is 30). Below the vote of
/// a described weapon (20): the model alone must not turn "someone with a pistol" into vandalism.
const MODEL_WEIGHT: f64 = 19.0;
/// Below this probability the word model abstains.
const MODEL_MIN_PROBABILITY: f64 = 0.5;

/// Keyword phrases and the category each votes for, with a weight (scores are kept in tenths).
const KEYWORDS: &[(&str, Category, u8)] = &[
    ("shooting", C::Weapon, 4), ("shots fired", C::Weapon, 4), ("shots", C::Weapon, 3), ("gunshots", C::Weapon, 4),
    ("gunshot", C::Weapon, 4), ("shot", C::Weapon, 2), ("opened fire", C::Weapon, 4), ("armed", C::Weapon, 2),
    ("fire", C::Fire, 3), ("smoke", C::Fire, 3), ("flames", C::Fire, 4), ("burning", C::Fire, 3), ("on fire", C::Fire, 4),
    ("collapsed", C::Medical, 4), ("unconscious", C::Medical, 4), ("not breathing", C::Medical, 5), ("overdose", C::Medical, 4),
    ("overdosing", C::Medical, 4), ("seizure", C::Medical, 4), ("heart attack", C::Medical, 4), ("unresponsive", C::Medical, 4),
    ("passed out", C::Medical, 3), ("ambulance", C::Medical, 2), ("bleeding", C::Medical, 2), ("fainted", C::Medical, 3),
    ("armed robbery", C::Robbery, 6), ("robbed", C::Robbery, 4), ("robbery", C::Robbery, 4), ("robbing", C::Robbery, 4), ("mugged", C::Robbery, 4),
    ("mugging", C::Robbery, 4), ("held up", C::Robbery, 4), ("hold up", C::Robbery, 3), ("stick up", C::Robbery, 4),
    ("demanded money", C::Robbery, 4), ("grabbed her purse", C::Robbery, 3), ("snatched", C::Robbery, 3),
    ("punching", C::Assault, 3), ("punched", C::Assault, 3), ("beating", C::Assault, 3), ("beat up", C::Assault, 3),
    ("fight", C::Assault, 3), ("fighting", C::Assault, 3), ("attacked", C::Assault, 3), ("attacking", C::Assault, 3),
    ("assault", C::Assault, 3), ("assaulted", C::Assault, 3), ("kicking", C::Assault, 3), ("kicked", C::Assault, 2),
    ("stabbed", C::Assault, 4), ("hitting", C::Assault, 2), ("brawl", C::Assault, 3), ("screaming for help", C::Assault, 4),
    ("yelling for help", C::Assault, 4), ("crying for help", C::Assault, 4),
    ("broke into", C::Burglary, 4), ("breaking into", C::Burglary, 3), ("break in", C::Burglary, 4), ("break-in", C::Burglary, 4),
    ("burglary", C::Burglary, 4), ("burglar", C::Burglary, 4), ("forced the door", C::Burglary, 4), ("climbing through", C::Burglary, 3),
    ("kicked in the door", C::Burglary, 4), ("broken into", C::Burglary, 4), ("was forced", C::Burglary, 3),
    ("breaking into cars", C::Theft, 5), ("breaking into the cars", C::Theft, 5), ("broke into cars", C::Theft, 5),
    ("broke into a car", C::Theft, 5), ("broke into my car", C::Theft, 5), ("car doors", C::Theft, 4),
    ("stole", C::Theft, 4), ("stolen", C::Theft, 4), ("stealing", C::Theft, 4), ("theft", C::Theft, 4), ("shoplifting", C::Theft, 4),
    ("shoplifter", C::Theft, 4), ("door handles", C::Theft, 4), ("siphoning", C::Theft, 4), ("took a bike", C::Theft, 3),
    ("crash", C::Traffic, 4), ("crashed", C::Traffic, 4), ("collision", C::Traffic, 4), ("accident", C::Traffic, 3),
    ("hit and run", C::Traffic, 5), ("drunk driver", C::Traffic, 4), ("swerving", C::Traffic, 3), ("ran a red light", C::Traffic, 3),
    ("ran the red light", C::Traffic, 3), ("street racing", C::Traffic, 4), ("racing", C::Traffic, 2), ("wrong way", C::Traffic, 3),
    ("dealing", C::Drugs, 3), ("drugs", C::Drugs, 3), ("drug deal", C::Drugs, 4), ("selling drugs", C::Drugs, 4), ("needles", C::Drugs, 2), ("selling pills", C::Drugs, 4),
    ("graffiti", C::Vandalism, 4), ("spray painting", C::Vandalism, 4), ("spray paint", C::Vandalism, 3), ("vandalism", C::Vandalism, 4),
    ("vandalizing", C::Vandalism, 4), ("smashing", C::Vandalism, 3), ("smashed", C::Vandalism, 2), ("keying", C::Vandalism, 4),
    ("slashing tires", C::Vandalism, 4), ("slashed", C::Vandalism, 3),
    ("suspicious vehicle", C::SuspiciousVehicle, 5), ("suspicious car", C::SuspiciousVehicle, 5), ("suspicious van", C::SuspiciousVehicle, 5),
    ("circling", C::SuspiciousVehicle, 3), ("parked for hours", C::SuspiciousVehicle, 4), ("idling", C::SuspiciousVehicle, 3),
    ("been parked", C::SuspiciousVehicle, 3), ("keeps driving past", C::SuspiciousVehicle, 4), ("following", C::SuspiciousVehicle, 2),
    ("loitering", C::SuspiciousPerson, 4), ("lurking", C::SuspiciousPerson, 4), ("prowling", C::SuspiciousPerson, 4),
    ("looking into cars", C::SuspiciousPerson, 4), ("looking in windows", C::SuspiciousPerson, 4), ("suspicious man", C::SuspiciousPerson, 4),
    ("suspicious person", C::SuspiciousPerson, 5), ("suspicious guy", C::SuspiciousPerson, 4), ("hanging around", C::SuspiciousPerson, 3),
    ("casing", C::SuspiciousPerson, 3), ("watching the", C::SuspiciousPerson, 1), ("exposing", C::SuspiciousPerson, 4),
    ("looking into windows", C::SuspiciousPerson, 4), ("sleeping in", C::SuspiciousVehicle, 2), ("sitting in", C::SuspiciousVehicle, 2),
    ("not responding", C::Medical, 4), ("not moving", C::Medical, 3),
    // Broader event vocabulary, by category.
    ("at gunpoint", C::Robbery, 5), ("at knifepoint", C::Robbery, 5), ("carjacked", C::Robbery, 5), ("carjacking", C::Robbery, 5),
    ("held me up", C::Robbery, 4), ("took my wallet", C::Robbery, 4), ("took her purse", C::Robbery, 4), ("purse snatching", C::Robbery, 4),
    ("demanding money", C::Robbery, 4), ("shoved", C::Assault, 3), ("pushed", C::Assault, 2), ("choking", C::Assault, 3),
    ("strangling", C::Assault, 4), ("slapped", C::Assault, 3), ("slapping", C::Assault, 3), ("jumped", C::Assault, 2),
    ("domestic", C::Assault, 3), ("abusing", C::Assault, 3), ("grabbed her", C::Assault, 3), ("dragging", C::Assault, 2),
    ("hit him", C::Assault, 3), ("hit her", C::Assault, 3), ("rear-ended", C::Traffic, 4), ("rear ended", C::Traffic, 4),
    ("t-boned", C::Traffic, 4), ("ran over", C::Traffic, 3), ("wheelies", C::Traffic, 3), ("donuts", C::Traffic, 3),
    ("burnouts", C::Traffic, 3), ("reckless", C::Traffic, 3), ("speeding", C::Traffic, 2), ("fender bender", C::Traffic, 4),
    ("wreck", C::Traffic, 3), ("rolled over", C::Traffic, 3), ("hit a pedestrian", C::Traffic, 4), ("hit a cyclist", C::Traffic, 4),
    ("pickpocket", C::Theft, 4), ("pickpocketing", C::Theft, 4), ("swiped", C::Theft, 3), ("catalytic converter", C::Theft, 4),
    ("took off with", C::Theft, 2), ("throwing rocks", C::Vandalism, 3), ("broke windows", C::Vandalism, 3),
    ("breaking windows", C::Vandalism, 3), ("smashing windows", C::Vandalism, 3), ("tagging", C::Vandalism, 3), ("keyed", C::Vandalism, 3),
    ("weed", C::Drugs, 3), ("marijuana", C::Drugs, 3), ("crack", C::Drugs, 2), ("meth", C::Drugs, 3), ("heroin", C::Drugs, 3),
    ("fentanyl", C::Drugs, 3), ("syringe", C::Drugs, 2), ("smoking", C::Drugs, 1), ("car alarm", C::Disturbance, 3),
    ("alarm going off", C::Disturbance, 3), ("fireworks", C::Disturbance, 3), ("barking", C::Disturbance, 3), ("blasting", C::Disturbance, 2),
    ("banging", C::Disturbance, 2), ("in the backyard", C::SuspiciousPerson, 3), ("in my backyard", C::SuspiciousPerson, 4),
    ("trying doors", C::SuspiciousPerson, 4), ("peeking", C::SuspiciousPerson, 3), ("peering", C::SuspiciousPerson, 3),
    ("hiding", C::SuspiciousPerson, 2), ("following me", C::SuspiciousPerson, 3), ("isnt moving", C::Medical, 3),
    ("lying on the ground", C::Medical, 3), ("cant breathe", C::Medical, 4), ("shivering", C::Medical, 2), ("vomiting", C::Medical, 3),
    ("doesnt look well", C::Medical, 3), ("fell", C::Medical, 1), ("burning smell", C::Fire, 3), ("smoke alarm", C::Fire, 3),
    ("gunman", C::Weapon, 4), ("shooter", C::Weapon, 4),
    // An injury said with "hit" is not an attack: "she fell and hit her head".
    ("hit her head", C::Medical, 4), ("hit his head", C::Medical, 4), ("hit their head", C::Medical, 4),
    ("kicked in", C::Burglary, 4), ("break into", C::Burglary, 4), ("pry open", C::Burglary, 4), ("pried open", C::Burglary, 4),
    ("caught fire", C::Fire, 5), ("campfire", C::Fire, 3), ("bonfire", C::Fire, 3), ("gas leak", C::Fire, 4), ("smell of gas", C::Fire, 4),
    ("gas smell", C::Fire, 4), ("smells like gas", C::Fire, 4), ("explosion", C::Fire, 4),
    ("wont wake", C::Medical, 4), ("cant wake", C::Medical, 4), ("not answering", C::Medical, 2), ("isnt answering", C::Medical, 2),
    ("allergic reaction", C::Medical, 4), ("chest pain", C::Medical, 4), ("chest pains", C::Medical, 4), ("having a stroke", C::Medical, 4),
    ("diabetic", C::Medical, 3), ("loud", C::Disturbance, 2), ("music", C::Disturbance, 2),
    ("shouting", C::Disturbance, 2), ("screaming", C::Disturbance, 2), ("yelling", C::Disturbance, 2), ("loud music", C::Disturbance, 4),
    ("arguing", C::Disturbance, 3), ("argument", C::Disturbance, 3), ("noise", C::Disturbance, 2), ("party", C::Disturbance, 2),
];

/// Words that make a weapon an immediate threat.
const BRANDISH: &[&str] = &[
    "waving", "pointing", "pointed", "brandishing", "threatening", "threatened", "aiming", "shooting", "firing", "fired",
    "swinging", "stabbing", "stabbed", "shot", "shots", "gunshots", "opened", "pulled", "pulling", "chasing", "charging",
];
/// Words that make any event life-threatening.
const CRITICAL: &[(&str, &str)] = &[
    ("not breathing", "someone is not breathing"),
    ("unconscious", "someone is unconscious"),
    ("unresponsive", "someone is unresponsive"),
    ("trapped", "someone is trapped"),
    ("not responding", "someone is not responding"),
    ("not moving", "someone is not moving"),
    ("isnt moving", "someone is not moving"),
    ("cant wake", "someone cannot be woken"),
    ("wont wake", "someone cannot be woken"),
    ("cant breathe", "someone cannot breathe"),
    ("at gunpoint", "a gun is pointed at someone"),
    ("at knifepoint", "a knife is held to someone"),
    ("stabbed", "someone was stabbed"),
    ("been shot", "someone was shot"),
    ("kidnapped", "a kidnapping"),
    ("seizure", "someone is having a seizure"),
    ("overdosing", "someone is overdosing"),
    ("overdosed", "someone overdosed"),
    ("lips are blue", "someone is turning blue"),
    ("turning blue", "someone is turning blue"),
    ("stuck inside", "someone is trapped"),
    ("cant get out", "someone is trapped"),
    ("cant get down", "someone is trapped"),
    ("wont wake up", "someone cannot be woken"),
    ("throat is swelling", "someone cannot breathe"),
    ("choking", "someone is choking"),
    ("abducted", "an abduction"),
];
const INJURY: &[&str] = &[
    "bleeding", "injured", "hurt", "wounded", "blood", "broken leg", "broken arm", "looks broken", "is broken", "broken nose",
    "hit a pedestrian", "hit a cyclist", "hit a kid", "hit a child", "hit a woman", "hit a man", "got hit", "was hit", "knocked down",
];

/// Keywords grouped by first word, longest first, so a token costs one hash lookup.
/// Event verbs in their base form; every inflection votes ("smash", "smashed", "smashing", "smashes").
const VERBS: &[(&str, Category, u8)] = &[
    ("smash", C::Vandalism, 2), ("vandalize", C::Vandalism, 4), ("vandalise", C::Vandalism, 4), ("spray paint", C::Vandalism, 4),
    ("spray-paint", C::Vandalism, 4), ("graffiti", C::Vandalism, 4), ("steal", C::Theft, 4), ("shoplift", C::Theft, 4),
    ("snatch", C::Robbery, 3), ("mug", C::Robbery, 4), ("rob", C::Robbery, 4), ("punch", C::Assault, 3), ("beat", C::Assault, 2),
    ("attack", C::Assault, 3), ("stab", C::Assault, 3), ("kick", C::Assault, 2), ("slap", C::Assault, 3), ("shove", C::Assault, 3),
    ("crash", C::Traffic, 4), ("collide", C::Traffic, 4), ("speed", C::Traffic, 2), ("race", C::Traffic, 2), ("burn", C::Fire, 3),
    ("overdose", C::Medical, 4), ("collapse", C::Medical, 4), ("faint", C::Medical, 3), ("loiter", C::SuspiciousPerson, 4),
    ("prowl", C::SuspiciousPerson, 4), ("lurk", C::SuspiciousPerson, 4), ("yell", C::Disturbance, 2), ("scream", C::Disturbance, 2),
    ("shout", C::Disturbance, 2), ("deal", C::Drugs, 2), ("shoot", C::Weapon, 4),
];

/// Regular English inflections of a verb (or of the last word of a verb phrase).
fn inflections(base: &str) -> Vec<String> {
    let (head, last) = match base.rsplit_once(' ') {
        Some((h, l)) => (format!("{h} "), l),
        None => (String::new(), base),
    };
    let stem_e = last.strip_suffix('e');
    let cvc = last.len() >= 3 && {
        let b: Vec<char> = last.chars().collect();
        let n = b.len();
        !"aeiou".contains(b[n - 1]) && "aeiou".contains(b[n - 2]) && !"aeiou".contains(b[n - 3]) && !"wxy".contains(b[n - 1])
    };
    let mut forms = vec![last.to_owned(), format!("{last}s"), format!("{last}es")];
    match stem_e {
        Some(st) => forms.extend([format!("{last}d"), format!("{st}ing")]),
        None if cvc && last.len() <= 4 => {
            let dbl = format!("{last}{}", last.chars().last().unwrap_or('x'));
            forms.extend([format!("{dbl}ed"), format!("{dbl}ing"), format!("{last}ed"), format!("{last}ing")]);
        }
        None => forms.extend([format!("{last}ed"), format!("{last}ing")]),
    }
    forms.into_iter().map(|f| format!("{head}{f}")).collect()
}

type KeywordIndex = HashMap<&'static str, Vec<(Vec<&'static str>, &'static str, Category, u8)>>;

fn keyword_index() -> &'static KeywordIndex {
    static INDEX: OnceLock<KeywordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: KeywordIndex = HashMap::new();
        for &(p, c, w) in KEYWORDS {
            let words: Vec<&'static str> = p.split(' ').collect();
            m.entry(words[0]).or_default().push((words, p, c, w));
        }
        // Inflected verbs are leaked once into 'static strings: a fixed, small set built on first use. A form
        // already indexed is not leaked (it would be unreachable: LeakSanitizer fails the fuzz target on it).
        for &(base, c, w) in VERBS {
            for form in inflections(base) {
                let first = form.split(' ').next().unwrap_or_default();
                if m.get(first).is_some_and(|entry| entry.iter().any(|(_, phrase, ..)| *phrase == form)) {
                    continue;
                }
                let form: &'static str = Box::leak(form.into_boxed_str());
                let words: Vec<&'static str> = form.split(' ').collect();
                m.entry(words[0]).or_default().push((words, form, c, w));
            }
        }
        for v in m.values_mut() {
            v.sort_by_key(|(words, ..)| std::cmp::Reverse(words.len()));
        }
        m
    })
}

fn phrase_at(t: &[Token], i: usize, phrase: &str) -> bool {
    phrase.split(' ').enumerate().all(|(k, w)| t.get(i + k).is_some_and(|x| x.key == w))
}

/// The earliest of `phrases` in the text (ties to the phrase listed first). `present` holds the text's
/// token keys, so phrases whose first word is absent cost one hash lookup.
fn find_in<'a>(t: &[Token], present: &HashSet<&str>, phrases: impl Iterator<Item = &'a str>) -> Option<(usize, &'a str)> {
    let mut best: Option<(usize, usize, &'a str)> = None;
    for (order, p) in phrases.enumerate() {
        let first = p.split(' ').next().unwrap_or(p);
        if !present.contains(first) {
            continue;
        }
        if let Some(i) = (0..t.len()).find(|&i| phrase_at(t, i, p)) {
            if best.is_none_or(|b| (i, order) < (b.0, b.1)) {
                best = Some((i, order, p));
            }
        }
    }
    best.map(|(i, _, p)| (i, p))
}

/// Words that may stand between an auxiliary and the verb it carries: "is still yelling", "are spray painting".
const AUX_FILLERS: &[&str] = &["still", "currently", "now", "just", "actually", "spray", "out", "all", "always", "constantly"];
/// Evidence that the event is going on now, from the grammar alone: a present progressive ("he is
/// yelling", "they've been circling") or "keeps <doing>". `None` when the tip is told in the past.
fn still_happening(t: &[Token]) -> Option<String> {
    // "is wearing a red coat" describes.
    let ing = |k: usize| {
        t.get(k).is_some_and(|x| {
            // "what is going on" is said of anything, "has been going off" of alarms nobody is at.
            x.key.len() > 4 && x.key.ends_with("ing") && !matches!(x.key.as_str(), "wearing" | "going" | "missing" | "nothing" | "something" | "anything")
        })
    };
    let verb_after = |k: usize| {
        if ing(k) {
            return Some(k);
        }
        (t.get(k).is_some_and(|x| AUX_FILLERS.contains(&x.key.as_str())) && ing(k + 1)).then_some(k + 1)
    };
    for i in 0..t.len() {
        let key = t[i].key.as_str();
        let aux = match key {
            "is" | "are" | "hes" | "shes" | "theyre" | "keeps" | "keep" => Some(i + 1),
            "has" | "have" | "theyve" | "thats" | "whos" if t.get(i + 1).is_some_and(|x| x.key == "been") => Some(i + 2),
            _ => None,
        };
        if let Some(v) = aux.and_then(verb_after) {
            return Some(format!("{} {}", t[i].text, t[v].text));
        }
    }
    None
}

/// Category, priority and the reasons for both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub category: Category,
    pub priority: Priority,
    pub reasons: Vec<String>,
}

/// Decides category and priority from the words, the entities and the time window.
///
/// Words inside `place_spans` do not vote: "the fire station" names a place, not a fire.
pub fn assess(n: &Normalised, entities: &[Entity], place_spans: &[Span], window: Option<&TimeWindow>, received_at: DateTime<Utc>) -> Assessment {
    let t = &n.tokens;
    let present: HashSet<&str> = t.iter().map(|x| x.key.as_str()).collect();
    let find = |phrases: &mut dyn Iterator<Item = &'static str>| find_in(t, &present, phrases);
    let in_place = |i: usize| place_spans.iter().any(|s| s.start <= t[i].span.start && t[i].span.end <= s.end);
    let mut scores: Vec<(Category, u32, Vec<&str>)> = Vec::new();
    let mut vote = |c: Category, w: u32, why: &'static str| match scores.iter_mut().find(|s| s.0 == c) {
        Some(s) => {
            s.1 += w;
            if !s.2.contains(&why) {
                s.2.push(why);
            }
        }
        None => scores.push((c, w, vec![why])),
    };
    let mut i = 0;
    while i < t.len() {
        if in_place(i) {
            i += 1;
            continue;
        }
        let hit = keyword_index()
            .get(t[i].key.as_str())
            .and_then(|cands| cands.iter().find(|(words, ..)| words.iter().enumerate().all(|(k, w)| t.get(i + k).is_some_and(|x| x.key == *w))));
        match hit {
            Some((words, phrase, c, w)) => {
                // "no smoke", "not a fire"
                let negated = t[i.saturating_sub(2)..i].iter().any(|x| matches!(x.key.as_str(), "no" | "not"));
                if !negated {
                    vote(*c, u32::from(*w) * 10, phrase);
                }
                i += words.len();
            }
            None => i += 1,
        }
    }
    let weapons: Vec<&Entity> = entities.iter().filter(|e| e.kind == EntityKind::Weapon).collect();
    if !weapons.is_empty() {
        // Weaker than an event word: "a fight, one has a bat" is an assault with a weapon.
        vote(C::Weapon, 20, "a weapon is described");
        // A weapon being waved or fired is a weapon call whatever else the words suggest.
        if find(&mut BRANDISH.iter().copied()).is_some() {
            vote(C::Weapon, 20, "a weapon in use");
        }
    }
    let vehicle = entities.iter().any(|e| e.kind == EntityKind::Vehicle);
    let person = entities.iter().any(|e| e.kind == EntityKind::Person);
    // What happens to or around a described vehicle or weapon says more than either word alone.
    let near = |words: &[&str], of: &[&str], within: usize| {
        (0..t.len()).any(|i| words.contains(&t[i].key.as_str()) && t[i + 1..(i + 1 + within).min(t.len())].iter().any(|x| of.contains(&x.key.as_str())))
    };
    let says = |words: &[&'static str]| find(&mut words.iter().copied()).map(|(_, w)| w);
    if vehicle {
        if let Some(w) = says(&["hit", "crashed", "collided", "sideswiped", "ran the red", "run the red", "ran a red", "backed into", "drove off", "hit and run"]) {
            vote(C::Traffic, 30, if w == "drove off" { "a vehicle drove off" } else { "a vehicle hit something" });
        }
        if near(&["break", "broke", "breaking", "smash", "smashed", "smashing", "smashes"], &["window", "windows", "windshield"], 5) {
            vote(C::Theft, 30, "a vehicle's window broken");
        }
        if says(&["up and down", "slowing down", "abandoned", "parked", "sitting", "idling", "circling", "following", "keeps driving"]).is_some() {
            vote(C::SuspiciousVehicle, 20, "a vehicle lingering");
        }
    }
    // "my car got broken into", "broke into a truck": theft from a vehicle, not a burglary of a building.
    const CARS: &[&str] = &["car", "cars", "truck", "van", "suv", "vehicle", "pickup", "minivan"];
    if near(CARS, &["broken", "broke"], 3) || near(&["broke", "broken", "breaking"], CARS, 4) {
        vote(C::Theft, 50, "a vehicle broken into");
    }
    if !weapons.is_empty() && says(&["cashier", "clerk", "register", "till", "demanded", "wallet", "purse", "phone", "money"]).is_some() {
        vote(C::Robbery, 30, "a weapon and something demanded");
    }
    if find(&mut ["suspicious", "strange", "weird"].into_iter()).is_some() {
        if vehicle {
            vote(C::SuspiciousVehicle, 20, "suspicious + a vehicle");
        } else if person {
            vote(C::SuspiciousPerson, 20, "suspicious + a person");
        }
    }
    // The word model votes for its most likely category, less than one clear keyword: it decides when
    // no keyword fires and breaks close votes, but cannot overrule "there is a fire". It abstains when
    // it has seen none of the words or is unsure, so "nice weather today" stays other.
    if let Some((c, p)) = model::category_model().best(&model::features(n, entities)) {
        if p >= MODEL_MIN_PROBABILITY {
            vote(c, (p * MODEL_WEIGHT).round() as u32, "the word model");
        }
    }
    scores.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut reasons = Vec::new();
    let category = match scores.first() {
        Some((c, s, why)) => {
            reasons.push(format!("category {} (score {:.1}: {})", c.as_str(), f64::from(*s) / 10.0, why.join(", ")));
            *c
        }
        None => {
            reasons.push("category other: no event keywords".to_owned());
            C::Other
        }
    };
    let mut priority = category.base_priority();
    reasons.push(format!("{} starts at {:?}", category.as_str(), priority).to_lowercase());
    if !weapons.is_empty() {
        let types: Vec<&str> = weapons.iter().filter_map(|w| w.attributes.get("type").map(String::as_str)).collect();
        if let Some((_, verb)) = find(&mut BRANDISH.iter().copied()) {
            priority = Priority::Critical;
            reasons.push(format!("weapon ({}) in use: '{verb}'", types.join(", ")));
        } else if let (C::Assault, Some((_, verb))) =
            (category, find(&mut ["beating", "beat", "hitting", "hit", "attacking", "attacked", "kicking", "swinging"].into_iter()))
        {
            // A weapon being used in an attack, not merely carried in a crowd.
            priority = Priority::Critical;
            reasons.push(format!("an attack with a weapon ({}): '{verb}'", types.join(", ")));
        } else if priority < Priority::High {
            priority = Priority::High;
            reasons.push(format!("weapon seen ({})", types.join(", ")));
        }
    } else if category == C::Weapon && find(&mut ["shooting", "shots", "gunshots", "shot", "opened fire"].into_iter()).is_some() {
        priority = Priority::Critical;
        reasons.push("shots reported".to_owned());
    }
    // People inside a burning building; people inside a shop being burgled are the suspects.
    if category == C::Fire {
        if let Some((_, p)) = find(&mut ["people inside", "someone inside", "kids inside", "children inside", "family inside"].into_iter()) {
            priority = Priority::Critical;
            reasons.push(format!("life at risk: '{p}' a fire"));
        }
    }
    if let Some((_, why)) = find(&mut CRITICAL.iter().map(|c| c.0)).and_then(|(i, p)| CRITICAL.iter().find(|c| c.0 == p).map(|c| (i, c.1))) {
        if priority < Priority::Critical {
            priority = Priority::Critical;
        }
        reasons.push(format!("life at risk: {why}"));
    }
    if let Some((_, w)) = find(&mut INJURY.iter().copied()) {
        if priority < Priority::High {
            priority = Priority::High;
            reasons.push(format!("injury mentioned: '{w}'"));
        }
    }
    // Children are the people a dispatcher least wants to leave waiting.
    if priority == Priority::Low && category != C::Other {
        if let Some((_, w)) = find(&mut ["kid", "kids", "child", "children", "toddler", "baby", "daughter", "son"].into_iter()) {
            priority = Priority::Medium;
            reasons.push(format!("children involved: '{w}'"));
        }
    }
    if let (None, Some(how)) = (window, still_happening(t)) {
        // No time said, but the grammar says it is still going on: "he is yelling", "keeps circling". Weaker
        // than a said time, so it only lifts a low call to medium.
        if priority == Priority::Low && category != C::Other {
            priority = Priority::Medium;
            reasons.push(format!("still happening: '{how}'"));
        }
    }
    if let Some(w) = window {
        let age = received_at - w.end;
        if age <= Duration::minutes(15) && priority < Priority::High && category != C::Other {
            priority = if priority == Priority::Low { Priority::Medium } else { Priority::High };
            reasons.push("happening now or within the last 15 minutes".to_owned());
        } else if age > Duration::hours(6) && priority > Priority::Low && priority < Priority::Critical {
            priority = if priority == Priority::High { Priority::Medium } else { Priority::Low };
            reasons.push(format!("happened {} hours before the tip", age.num_hours()));
        }
    }
    Assessment { category, priority, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::normalise;

    fn assess_text(s: &str) -> Assessment {
        let n = normalise(s);
        let e = crate::extract::entities::extract(s, &n);
        assess(&n, &e, &[], None, DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z").unwrap().with_timezone(&Utc))
    }

    #[test]
    fn verbs_vote_in_every_inflection() {
        assert!(inflections("smash").contains(&"smashed".to_owned()));
        assert!(inflections("rob").contains(&"robbed".to_owned()) && inflections("rob").contains(&"robbing".to_owned()));
        assert!(inflections("collapse").contains(&"collapsing".to_owned()) && inflections("collapse").contains(&"collapsed".to_owned()));
        assert!(inflections("spray paint").contains(&"spray painted".to_owned()));
        assert_eq!(assess_text("they are vandalizing the bus shelter").category, Category::Vandalism);
    }

    #[test]
    fn context_decides_between_categories() {
        assert_eq!(assess_text("a red car hit a parked van and drove off").category, Category::Traffic);
        assert_eq!(assess_text("he pulled a knife on the cashier").category, Category::Robbery);
        let a = assess_text("three men with bats are beating someone");
        assert_eq!((a.category, a.priority), (Category::Assault, Priority::Critical));
        assert_eq!(assess_text("nice weather today").category, Category::Other);
    }
}
