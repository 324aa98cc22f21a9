//! Which tips describe the same thing: grouping tips into incidents.
//!
//! A tip joins an incident when one of these holds, strongest first:
//! - the same licence plate within `plate_window` (a plate names a vehicle as well as anything can);
//! - the same vehicle description (type and colour) within `vehicle_radius_m` and `time_gap`: vehicles move,
//!   so the radius is wide, but the description must agree;
//! - places within `radius_m`, times within `time_gap`, and compatible categories (equal, of one family such
//!   as weapon/assault/robbery, or one of them vague such as "suspicious person").
//!
//! A tip with no located place can only join by plate. Every decision comes with the reasons a dispatcher
//! reads, and the incident's [`Signature`] grows as tips join, so later tips can join through any of them.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::analysis::{EntityKind, PlaceKind};
use crate::extract::Analysis;
use crate::geo::GeoPoint;
use crate::incident::Priority;

/// Thresholds of grouping; the defaults suit a town where a block is about 100 m.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupingParams {
    pub radius_m: f64,
    pub vehicle_radius_m: f64,
    pub time_gap: Duration,
    pub plate_window: Duration,
}

impl Default for GroupingParams {
    fn default() -> Self {
        Self {
            radius_m: 300.0,
            vehicle_radius_m: 2_000.0,
            time_gap: Duration::minutes(30),
            plate_window: Duration::hours(12),
        }
    }
}

/// At most this many points per signature: a big incident keeps its first places, which is where it began.
const MAX_POINTS: usize = 32;

/// What grouping knows about a tip, or about all the tips of an incident together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub category: String,
    pub priority: Priority,
    /// Located places, street-only mentions left out (a whole street is too vague to group by).
    pub points: Vec<GeoPoint>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub plates: BTreeSet<String>,
    /// "colour type" of each described vehicle that has both.
    pub vehicles: BTreeSet<String>,
}

/// Why a tip belongs with an incident; higher `strength` is the better explanation.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub strength: f32,
    pub reasons: Vec<String>,
}

const VAGUE: [&str; 4] = ["other", "suspicious_vehicle", "suspicious_person", "disturbance"];
const FAMILIES: [&[&str]; 3] = [&["weapon", "assault", "robbery"], &["burglary", "theft", "vandalism"], &["fire", "medical"]];

fn compatible(a: &str, b: &str) -> bool {
    a == b || VAGUE.contains(&a) || VAGUE.contains(&b) || FAMILIES.iter().any(|f| f.contains(&a) && f.contains(&b))
}

impl Signature {
    pub fn of(analysis: &Analysis) -> Self {
        let mut points: Vec<GeoPoint> =
            analysis.places.iter().filter(|p| p.kind != PlaceKind::Street).filter_map(|p| p.location).collect();
        points.truncate(MAX_POINTS);
        let mut plates = BTreeSet::new();
        let mut vehicles = BTreeSet::new();
        for e in analysis.entities.iter().filter(|e| e.kind == EntityKind::Vehicle) {
            if let Some(p) = e.attributes.get("plate") {
                plates.insert(p.to_uppercase());
            }
            if let (Some(c), Some(t)) = (e.attributes.get("colour"), e.attributes.get("type")) {
                vehicles.insert(format!("{c} {t}"));
            }
        }
        Signature {
            category: analysis.category.as_str().to_string(),
            priority: analysis.priority,
            points,
            start: analysis.time_window.start,
            end: analysis.time_window.end,
            plates,
            vehicles,
        }
    }

    /// Takes in a tip that joined: the union of what both know, the higher priority, and the more specific
    /// category (the one of the more urgent tip; a vague category gives way to a specific one).
    pub fn absorb(&mut self, tip: &Signature) {
        let tip_more_specific = VAGUE.contains(&self.category.as_str()) && !VAGUE.contains(&tip.category.as_str());
        if tip.priority > self.priority || tip_more_specific {
            self.category = tip.category.clone();
        }
        self.priority = self.priority.max(tip.priority);
        for p in &tip.points {
            if self.points.len() < MAX_POINTS && !self.points.contains(p) {
                self.points.push(*p);
            }
        }
        self.start = self.start.min(tip.start);
        self.end = self.end.max(tip.end);
        self.plates.extend(tip.plates.iter().cloned());
        self.vehicles.extend(tip.vehicles.iter().cloned());
    }

    /// Time between the two spans; zero when they overlap.
    fn gap(&self, other: &Signature) -> Duration {
        let later_start = self.start.max(other.start);
        let earlier_end = self.end.min(other.end);
        (later_start - earlier_end).max(Duration::zero())
    }

    /// The closest pair of points, in metres.
    fn closest(&self, other: &Signature) -> Option<f64> {
        self.points.iter().flat_map(|a| other.points.iter().map(move |b| a.distance_m(b))).min_by(f64::total_cmp)
    }
}

fn describe_gap(gap: Duration) -> String {
    match gap.num_minutes() {
        0 => "at overlapping times".into(),
        m => format!("{m} min apart"),
    }
}

/// Whether `tip` describes the same thing as `incident`, and why.
pub fn relate(incident: &Signature, tip: &Signature, p: &GroupingParams) -> Option<Relation> {
    let gap = incident.gap(tip);
    if let Some(plate) = incident.plates.intersection(&tip.plates).next() {
        if gap <= p.plate_window {
            return Some(Relation { strength: 1.0, reasons: vec![format!("same plate {plate}, {}", describe_gap(gap))] });
        }
    }
    if gap > p.time_gap {
        return None;
    }
    let distance = incident.closest(tip)?;
    if let Some(vehicle) = incident.vehicles.intersection(&tip.vehicles).next() {
        if distance <= p.vehicle_radius_m {
            let why = format!("same vehicle ({vehicle}) reported {distance:.0} m and {}", describe_gap(gap));
            return Some(Relation { strength: 0.8, reasons: vec![why] });
        }
    }
    if distance <= p.radius_m && compatible(&incident.category, &tip.category) {
        let closeness = 1.0 - distance / p.radius_m;
        let why = format!(
            "reported {distance:.0} m and {} ({} / {})",
            describe_gap(gap),
            incident.category,
            tip.category
        );
        return Some(Relation { strength: 0.4 + 0.3 * closeness as f32, reasons: vec![why] });
    }
    None
}

/// The incident `tip` belongs with among `open` ones, if any: the strongest relation, the first on ties.
pub fn best_incident<'a, K: Clone + 'a>(
    open: impl IntoIterator<Item = (&'a K, &'a Signature)>,
    tip: &Signature,
    p: &GroupingParams,
) -> Option<(K, Relation)> {
    let mut best: Option<(K, Relation)> = None;
    for (key, sig) in open {
        if let Some(r) = relate(sig, tip, p) {
            if best.as_ref().is_none_or(|(_, b)| r.strength > b.strength) {
                best = Some((key.clone(), r));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use chrono::TimeZone;

    fn town() -> Gazetteer {
        Gazetteer::from_geojson(include_str!("../../config/demo/town.geojson")).unwrap()
    }

    fn sig(text: &str, minutes_later: i64) -> Signature {
        let at = Utc.with_ymd_and_hms(2026, 11, 25, 22, 0, 0).unwrap() + Duration::minutes(minutes_later);
        Signature::of(&crate::analyse(text, at, &town()))
    }

    #[test]
    fn two_tips_about_one_armed_man_at_one_corner_group() {
        let a = sig("a man with a gun at the corner of 3rd and Main", 0);
        let b = sig("I saw someone waving a pistol at 3rd and Main just now", 5);
        assert!(!a.points.is_empty() && !b.points.is_empty(), "{a:?} {b:?}");
        let r = relate(&a, &b, &GroupingParams::default()).expect("same place, same time, both weapon");
        assert!(r.reasons[0].contains(" m and ") && r.reasons[0].contains("weapon"), "{r:?}");
    }

    #[test]
    fn far_apart_or_hours_apart_or_unrelated_tips_stay_separate() {
        let p = GroupingParams::default();
        let a = sig("a man with a gun at the corner of 3rd and Main", 0);
        assert_eq!(relate(&a, &sig("a man with a gun at the corner of 3rd and Main", 240), &p), None, "hours later");
        let fire = sig("there is a fire at the corner of 3rd and Main", 2);
        assert_eq!(relate(&a, &fire, &p), None, "a fire is not the armed man");
        let far = a.points[0];
        let mut elsewhere = sig("a man with a gun", 1);
        elsewhere.points = vec![GeoPoint::new(far.lat + 0.05, far.lon).unwrap()]; // ~5.5 km north
        assert_eq!(relate(&a, &elsewhere, &p), None);
    }

    #[test]
    fn a_plate_links_tips_across_town_and_hours_and_a_vehicle_across_blocks() {
        let p = GroupingParams::default();
        let a = sig("a grey pickup truck, plate ABC 1234, hit a cyclist at 3rd and Main", 0);
        let mut b = sig("the truck with plate a b c one two three four is parked behind the library", 180);
        b.points = vec![GeoPoint::new(a.points[0].lat + 0.1, a.points[0].lon).unwrap()];
        let r = relate(&a, &b, &p).expect("same plate");
        assert!(r.reasons[0].starts_with("same plate ABC1234"), "{r:?}");
        let mut c = sig("a grey pickup truck speeding", 10);
        c.points = vec![GeoPoint::new(a.points[0].lat + 0.01, a.points[0].lon).unwrap()]; // ~1.1 km
        let r = relate(&a, &c, &p).expect("same vehicle nearby soon after");
        assert!(r.reasons[0].contains("grey pickup") && r.strength < 1.0, "{r:?}");
    }

    #[test]
    fn absorbing_keeps_the_highest_priority_and_the_specific_category() {
        let mut inc = sig("a suspicious man hanging around 3rd and Main", 0);
        let armed = sig("a man with a gun at the corner of 3rd and Main", 3);
        let before = inc.points.len();
        inc.absorb(&armed);
        assert_eq!(inc.category, "weapon");
        assert_eq!(inc.priority, armed.priority.max(sig("a suspicious man hanging around 3rd and Main", 0).priority));
        assert!(inc.points.len() >= before && inc.end >= armed.end);
    }

    #[test]
    fn the_strongest_relation_wins() {
        let p = GroupingParams::default();
        let tip = sig("the grey pickup, plate ABC 1234, is back at 3rd and Main", 5);
        let by_place = sig("a man with a gun at the corner of 3rd and Main", 0);
        let by_plate = sig("plate ABC 1234 on a grey pickup truck", 0);
        let open = [(1, by_place), (2, by_plate)];
        let (key, r) = best_incident(open.iter().map(|(k, s)| (k, s)), &tip, &p).unwrap();
        assert_eq!((key, r.strength), (2, 1.0));
    }
}
