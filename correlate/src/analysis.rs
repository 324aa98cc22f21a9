//! What analysis finds in a tip's text: entities and places, each tied to the words that produced it.
//!
//! These are the shapes every later stage agrees on; [`crate::extract`] produces them.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::gazetteer::Candidate;
use crate::geo::GeoPoint;

/// A byte range `[start, end)` into the analysed text; always on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// The spanned text, or `None` if the span does not index `text` on char boundaries.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// What kind of thing an entity describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Vehicle,
    Weapon,
    /// A description of a person (count, clothing, build): never an identity.
    Person,
    Time,
}

/// An entity with the words it came from and its attributes (colour, make, plate, clothing, ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub kind: EntityKind,
    pub span: Span,
    pub text: String,
    pub attributes: BTreeMap<String, String>,
}

/// How a place was expressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Address,
    Intersection,
    Block,
    Landmark,
    Neighbourhood,
    /// "outside the station": relative to an anchor place.
    Relative,
    /// Coordinates the tipster supplied.
    Coordinates,
    /// Only a street name: the whole street qualifies, so the radius is large.
    Street,
}

/// A place mentioned in a tip and, once geocoded, where it is and how sure we are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub kind: PlaceKind,
    pub span: Option<Span>,
    pub text: String,
    pub location: Option<GeoPoint>,
    /// Radius of the area the place could be in, in metres.
    pub radius_m: Option<f64>,
    /// 0..=1.
    pub confidence: f32,
    /// Why this place was found and matched, for the dispatcher.
    pub explanation: String,
    /// When the gazetteer could not decide: every candidate, best first (`location` is the first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Candidate>,
}

/// An absolute time interval, inclusive of both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeWindow {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl TimeWindow {
    /// A window around `at`, `before` earlier and `after` later.
    pub fn around(at: DateTime<Utc>, before: chrono::Duration, after: chrono::Duration) -> Self {
        Self { start: at - before, end: at + after }
    }

    pub fn contains(&self, t: DateTime<Utc>) -> bool {
        self.start <= t && t <= self.end
    }

    pub fn overlaps(&self, other: &TimeWindow) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn span_slices_only_on_char_boundaries() {
        let text = "café on Elm";
        assert_eq!(Span { start: 0, end: 5 }.slice(text), Some("café"));
        assert_eq!(Span { start: 0, end: 4 }.slice(text), None);
        assert_eq!(Span { start: 6, end: 99 }.slice(text), None);
    }

    #[test]
    fn windows_contain_and_overlap() {
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap();
        let w = TimeWindow::around(t, Duration::minutes(10), Duration::minutes(5));
        assert!(w.contains(t - Duration::minutes(10)));
        assert!(!w.contains(t + Duration::minutes(6)));
        let later = TimeWindow::around(t + Duration::minutes(20), Duration::minutes(15), Duration::zero());
        assert!(w.overlaps(&later));
        let much_later = TimeWindow::around(t + Duration::hours(2), Duration::zero(), Duration::zero());
        assert!(!w.overlaps(&much_later));
    }
}
