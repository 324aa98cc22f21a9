//! The spatio-temporal join: which camera detections corroborate a tip's places and time, and how well.
//!
//! Each candidate is scored from four agreements, each in 0..=1, weighted and then scaled by how sure the
//! geocoder was of the place:
//! distance (camera within the place's radius plus the camera's reach), time (detection overlaps the
//! tip's window, or how far outside it), class (what the tip describes vs the detector's label) and
//! colour. Every match carries the sentence a dispatcher reads.

use chrono::Duration;

use crate::analysis::{EntityKind, Place, TimeWindow};
use crate::detection::{Detection, ReviewSeverity};
use crate::extract::Analysis;
use crate::incident::Match;
use crate::tip::TipId;

/// Tunables of the join; the defaults suit a town with cameras a block or two apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JoinParams {
    /// How far from a place a camera may be and still have seen something there, beyond the place's radius.
    pub camera_reach_m: f64,
    /// How far outside the tip's window a detection may be and still count (the tipster's sense of time).
    pub time_slack: Duration,
    /// Matches scoring below this are dropped.
    pub min_score: f32,
    /// At most this many matches per tip, best first.
    pub max_matches: usize,
}

impl Default for JoinParams {
    fn default() -> Self {
        Self { camera_reach_m: 150.0, time_slack: Duration::minutes(15), min_score: 0.35, max_matches: 20 }
    }
}

/// The detector labels a tip's words can correspond to.
fn labels_for(vehicle_type: &str) -> &'static [&'static str] {
    match vehicle_type {
        "pickup" | "van" | "minivan" | "suv" | "wagon" => &["truck", "car"],
        "truck" | "bus" => &["truck", "bus"],
        "motorcycle" | "scooter" => &["motorcycle"],
        "bicycle" => &["bicycle"],
        _ => &["car", "truck"],
    }
}

/// What the tip says it is looking for: labels with the colour the tipster gave, if any.
fn wanted(analysis: &Analysis) -> Vec<(&'static str, Option<&str>)> {
    let mut out = Vec::new();
    for e in &analysis.entities {
        match e.kind {
            EntityKind::Vehicle => {
                let colour = e.attributes.get("colour").map(String::as_str);
                let kind = e.attributes.get("type").map(String::as_str).unwrap_or("vehicle");
                out.extend(labels_for(kind).iter().map(|l| (*l, colour)));
            }
            EntityKind::Person => {
                // Clothing colour is the only colour a person detection can agree with.
                let colour = e.attributes.get("clothing").and_then(|c| c.split_whitespace().next());
                out.push(("person", colour));
            }
            _ => {}
        }
    }
    out
}

/// Minutes between a detection and the window (0 when they overlap); negative before, positive after.
fn offset_minutes(window: &TimeWindow, d: &Detection) -> i64 {
    if d.end < window.start {
        -(window.start - d.end).num_minutes().max(1)
    } else if d.start > window.end {
        (d.start - window.end).num_minutes().max(1)
    } else {
        0
    }
}

fn describe_offset(minutes: i64) -> String {
    match minutes {
        0 => "within the reported time".into(),
        m if m < 0 => format!("{} min before the reported time", -m),
        m => format!("{m} min after the reported time"),
    }
}

/// Scores one detection against one located place; `None` if it is out of reach in space or time.
fn score(place: &Place, window: &TimeWindow, wanted: &[(&str, Option<&str>)], d: &Detection, p: &JoinParams) -> Option<(f32, String)> {
    let at = place.location?;
    let reach = place.radius_m.unwrap_or(0.0) + p.camera_reach_m;
    let distance = at.distance_m(&d.camera_location);
    if distance > reach {
        return None;
    }
    let minutes = offset_minutes(window, d);
    let slack = p.time_slack.num_minutes().max(1);
    if minutes.abs() > slack {
        return None;
    }
    let s_distance = 1.0 - distance / reach;
    let s_time = 1.0 - minutes.abs() as f64 / slack as f64;
    let label_match = wanted.iter().filter(|(l, _)| *l == d.label).collect::<Vec<_>>();
    let (s_class, s_colour) = if wanted.is_empty() {
        (0.5, 0.5) // the tip describes nothing a camera sees: neither for nor against
    } else if label_match.is_empty() {
        (0.1, 0.5)
    } else {
        let colours: Vec<&str> = label_match.iter().filter_map(|(_, c)| *c).collect();
        let colour = match (&d.colour, colours.is_empty()) {
            (Some(seen), false) if colours.iter().any(|c| c.eq_ignore_ascii_case(seen)) => 1.0,
            (Some(_), false) => 0.15,
            _ => 0.5,
        };
        (1.0, colour)
    };
    let agreement = 0.35 * s_distance + 0.25 * s_time + 0.25 * s_class + 0.15 * s_colour;
    let total = (agreement * place.confidence.clamp(0.0, 1.0) as f64) as f32;
    let what = match &d.colour {
        Some(c) => format!("{c} {}", d.label),
        None => d.label.clone(),
    };
    // Shown, not scored: the NVR's rules (zones, alert labels) were written for other purposes than tips.
    let flagged = if d.severity == Some(ReviewSeverity::Alert) { "; the camera's NVR flagged it as an alert" } else { "" };
    let explanation = format!(
        "{what} at camera {}, {:.0} m from \"{}\", {}{flagged}",
        d.camera_id,
        distance,
        place.text,
        describe_offset(minutes)
    );
    Some((total, explanation))
}

/// Matches a tip's analysis against detections (already narrowed to roughly the right time).
pub fn join(tip: TipId, analysis: &Analysis, detections: &[Detection], params: &JoinParams) -> Vec<Match> {
    let wanted = wanted(analysis);
    let mut matches: Vec<Match> = Vec::new();
    for d in detections {
        // One match per detection: the place that explains it best.
        let best = analysis
            .places
            .iter()
            .enumerate()
            .filter_map(|(i, place)| score(place, &analysis.time_window, &wanted, d, params).map(|(s, e)| (i, s, e)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((place_index, score, explanation)) = best.filter(|b| b.1 >= params.min_score) {
            matches.push(Match { tip_id: tip, place_index, detection_id: d.id, score, explanation });
        }
    }
    matches.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.detection_id.cmp(&b.detection_id)));
    matches.truncate(params.max_matches);
    matches
}

/// The time range worth fetching detections for: the window widened by the slack.
pub fn search_window(analysis: &Analysis, params: &JoinParams) -> TimeWindow {
    TimeWindow { start: analysis.time_window.start - params.time_slack, end: analysis.time_window.end + params.time_slack }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detection::BoundingBox;
    use crate::gazetteer::Gazetteer;
    use chrono::{DateTime, TimeZone, Utc};

    fn town() -> Gazetteer {
        Gazetteer::from_geojson(include_str!("../../config/demo/town.geojson")).unwrap()
    }

    fn detection(label: &str, colour: Option<&str>, lat: f64, lon: f64, start: DateTime<Utc>) -> Detection {
        Detection {
            id: uuid::Uuid::new_v4(),
            camera_id: "cam".into(),
            camera_location: crate::GeoPoint::new(lat, lon).unwrap(),
            label: label.into(),
            score: 0.9,
            bbox: BoundingBox { x: 0.0, y: 0.0, w: 10.0, h: 10.0 },
            colour: colour.map(Into::into),
            start,
            end: start + Duration::seconds(20),
            severity: None,
        }
    }

    #[test]
    fn the_right_vehicle_near_the_place_at_the_time_ranks_first_and_is_explained() {
        let received = Utc.with_ymd_and_hms(2026, 11, 25, 22, 0, 0).unwrap();
        let a = crate::analyse("a red pickup truck sped off from the corner of 3rd and Main ten minutes ago", received, &town());
        let corner = a.places.iter().find(|p| p.location.is_some()).expect("the corner is located").location.unwrap();
        let when = received - Duration::minutes(10);
        let near = |dlat: f64| (corner.lat + dlat, corner.lon);
        let (lat, lon) = near(0.0005); // ~55 m north
        let right = detection("truck", Some("red"), lat, lon, when);
        let wrong_colour = detection("truck", Some("blue"), lat, lon, when);
        let person = detection("person", None, lat, lon, when);
        let (flat, flon) = near(0.02); // ~2 km away
        let far = detection("truck", Some("red"), flat, flon, when);
        let late = detection("truck", Some("red"), lat, lon, received + Duration::hours(2));
        let all = [wrong_colour.clone(), person.clone(), far, late, right.clone()];
        let m = join(TipId::random(), &a, &all, &JoinParams::default());
        assert_eq!(m.first().map(|m| m.detection_id), Some(right.id), "{m:#?}");
        assert!(m.iter().all(|x| x.detection_id != all[2].id && x.detection_id != all[3].id), "out of reach in space or time");
        let score_of = |id| m.iter().find(|x| x.detection_id == id).map(|x| x.score).unwrap_or(0.0);
        assert!(score_of(right.id) > score_of(wrong_colour.id) && score_of(wrong_colour.id) > score_of(person.id));
        let e = &m[0].explanation;
        assert!(e.contains("red truck at camera cam") && e.contains(" m from ") && e.contains("reported time"), "{e}");
        assert!(!e.contains("NVR"), "{e}");

        // The NVR's own verdict is told to the dispatcher without changing the score.
        let flagged = Detection { severity: Some(ReviewSeverity::Alert), ..right.clone() };
        let again = join(TipId::random(), &a, std::slice::from_ref(&flagged), &JoinParams::default());
        assert!(again[0].explanation.ends_with("; the camera's NVR flagged it as an alert"), "{}", again[0].explanation);
        assert_eq!(again[0].score, score_of(right.id));
    }

    #[test]
    fn no_place_or_no_detection_means_no_match() {
        let received = Utc.with_ymd_and_hms(2026, 11, 25, 22, 0, 0).unwrap();
        let a = crate::analyse("someone is shouting", received, &town());
        let d = detection("person", None, 44.05, -72.60, received);
        assert!(join(TipId::random(), &a, &[d], &JoinParams::default()).is_empty());
        let b = crate::analyse("a man with a knife on Main Street", received, &town());
        assert!(join(TipId::random(), &b, &[], &JoinParams::default()).is_empty());
    }
}
