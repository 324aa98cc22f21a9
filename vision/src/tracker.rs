//! Frame-to-frame tracking: per-frame detections in, `start` / `update` / `end` events out.
//!
//! Pure and synchronous: time is passed in with each frame, there is no I/O, so every rule is testable
//! with synthetic detections. The rules follow Frigate's, which work well on fixed cameras:
//! - association is greedy by IoU between boxes of the same label;
//! - a detection below `min_score` is ignored outright;
//! - a track is a real object once the median of its last ten scores (padded with zeros to three, so
//!   one lucky frame is not enough) reaches `threshold`; only real objects produce events;
//! - a track unseen for `max_disappeared` sampled frames ends;
//! - an object whose box stays put (IoU with where it settled >= 0.8) for `stationary_frames` is stationary.
//!
//! The tracker keeps the frame of each object's best score (an `Arc`, no copy) for its snapshot.

use chrono::{DateTime, Utc};
use correlate::BoundingBox;
use uuid::Uuid;

use crate::detector::RawDetection;
use crate::event::EventKind;
use crate::frame::Frame;

const HISTORY: usize = 10;
const STILL_IOU: f32 = 0.8;
/// A better view is worth an `update` (and a new snapshot) only when it scores clearly better.
const BETTER_VIEW: f32 = 0.05;

#[derive(Debug, Clone, PartialEq)]
pub struct TrackerConfig {
    pub min_score: f32,
    pub threshold: f32,
    /// Minimum IoU for a detection to continue a track.
    pub match_iou: f32,
    pub max_disappeared: u32,
    pub stationary_frames: u32,
}

impl Default for TrackerConfig {
    fn default() -> Self {
        Self { min_score: 0.5, threshold: 0.6, match_iou: 0.3, max_disappeared: 5, stationary_frames: 10 }
    }
}

/// The best view of an object so far.
#[derive(Debug, Clone, PartialEq)]
pub struct BestView {
    pub frame: Frame,
    pub bbox: BoundingBox,
    pub score: f32,
}

/// What the tracker reports; the caller adds camera, colour and snapshots.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackEvent {
    pub kind: EventKind,
    pub id: Uuid,
    pub track_id: u64,
    pub label: String,
    pub score: f32,
    pub top_score: f32,
    pub bbox: BoundingBox,
    pub stationary: bool,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub best: BestView,
    /// True when `best` changed since the previous event of this track.
    pub best_changed: bool,
}

#[derive(Debug, Clone)]
struct Track {
    id: Uuid,
    track_id: u64,
    label: String,
    scores: Vec<f32>,
    bbox: BoundingBox,
    start: DateTime<Utc>,
    last_seen: DateTime<Utc>,
    missed: u32,
    confirmed: bool,
    best: BestView,
    best_changed: bool,
    /// Score of the best view as last reported in an event.
    reported_best: f32,
    top_score: f32,
    settled: BoundingBox,
    still: u32,
    stationary: bool,
}

impl Track {
    fn computed_score(&self) -> f32 {
        let mut s = self.scores.clone();
        while s.len() < 3 {
            s.push(0.0);
        }
        median(&mut s)
    }

    fn event(&mut self, kind: EventKind) -> TrackEvent {
        let e = TrackEvent {
            kind,
            id: self.id,
            track_id: self.track_id,
            label: self.label.clone(),
            score: self.computed_score(),
            top_score: self.top_score,
            bbox: self.bbox,
            stationary: self.stationary,
            start: self.start,
            end: self.last_seen,
            best: self.best.clone(),
            best_changed: self.best_changed,
        };
        self.best_changed = false;
        self.reported_best = self.best.score;
        e
    }
}

fn median(v: &mut [f32]) -> f32 {
    v.sort_by(f32::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Intersection over union of two boxes.
pub fn iou(a: &BoundingBox, b: &BoundingBox) -> f32 {
    let w = ((a.x + a.w).min(b.x + b.w) - a.x.max(b.x)).max(0.0);
    let h = ((a.y + a.h).min(b.y + b.h) - a.y.max(b.y)).max(0.0);
    let inter = w * h;
    let union = a.w * a.h + b.w * b.h - inter;
    if union <= 0.0 {
        0.0
    } else {
        inter / union
    }
}

#[derive(Debug)]
pub struct Tracker {
    config: TrackerConfig,
    tracks: Vec<Track>,
    next_id: u64,
}

impl Tracker {
    pub fn new(config: TrackerConfig) -> Tracker {
        Tracker { config, tracks: Vec::new(), next_id: 1 }
    }

    /// Number of live tracks (confirmed or not).
    pub fn live(&self) -> usize {
        self.tracks.len()
    }

    /// Feeds one sampled frame's detections taken at `now`; returns the events it causes.
    pub fn update(&mut self, now: DateTime<Utc>, frame: &Frame, detections: &[RawDetection]) -> Vec<TrackEvent> {
        let dets: Vec<&RawDetection> = detections.iter().filter(|d| d.score >= self.config.min_score).collect();

        let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
        for (ti, t) in self.tracks.iter().enumerate() {
            for (di, d) in dets.iter().enumerate() {
                if t.label == d.label {
                    let o = iou(&t.bbox, &d.bbox);
                    if o >= self.config.match_iou {
                        pairs.push((o, ti, di));
                    }
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut track_taken = vec![false; self.tracks.len()];
        let mut det_taken = vec![false; dets.len()];
        let mut events = Vec::new();
        for (_, ti, di) in pairs {
            if track_taken[ti] || det_taken[di] {
                continue;
            }
            track_taken[ti] = true;
            det_taken[di] = true;
            if let Some(e) = self.observe(ti, now, frame, dets[di]) {
                events.push(e);
            }
        }

        for (ti, taken) in track_taken.iter().enumerate() {
            if !taken {
                self.tracks[ti].missed += 1;
            }
        }
        let max = self.config.max_disappeared;
        let (gone, alive): (Vec<Track>, Vec<Track>) = self.tracks.drain(..).partition(|t| t.missed > max);
        self.tracks = alive;
        events.extend(gone.into_iter().filter(|t| t.confirmed).map(|mut t| t.event(EventKind::End)));

        for (di, d) in dets.iter().enumerate() {
            if det_taken[di] {
                continue;
            }
            let track_id = self.next_id;
            self.next_id += 1;
            self.tracks.push(Track {
                id: Uuid::new_v4(),
                track_id,
                label: d.label.clone(),
                scores: Vec::new(),
                bbox: d.bbox,
                start: now,
                last_seen: now,
                missed: 0,
                confirmed: false,
                best: BestView { frame: frame.clone(), bbox: d.bbox, score: d.score },
                best_changed: true,
                reported_best: 0.0,
                top_score: 0.0,
                settled: d.bbox,
                still: 0,
                stationary: false,
            });
            let ti = self.tracks.len() - 1;
            if let Some(e) = self.observe(ti, now, frame, d) {
                events.push(e);
            }
        }
        events
    }

    /// Ends every live confirmed track (the stream ended or the camera stops).
    pub fn finish(&mut self) -> Vec<TrackEvent> {
        self.tracks.drain(..).filter(|t| t.confirmed).map(|mut t| t.event(EventKind::End)).collect()
    }

    fn observe(&mut self, ti: usize, now: DateTime<Utc>, frame: &Frame, d: &RawDetection) -> Option<TrackEvent> {
        let stationary_frames = self.config.stationary_frames;
        let threshold = self.config.threshold;
        let t = &mut self.tracks[ti];
        t.scores.push(d.score);
        if t.scores.len() > HISTORY {
            t.scores.remove(0);
        }
        t.bbox = d.bbox;
        t.last_seen = now;
        t.missed = 0;
        if d.score > t.best.score || t.top_score == 0.0 {
            t.best = BestView { frame: frame.clone(), bbox: d.bbox, score: d.score };
            t.best_changed = true;
        }
        t.top_score = t.top_score.max(d.score);

        let was_stationary = t.stationary;
        if iou(&t.settled, &d.bbox) >= STILL_IOU {
            t.still += 1;
        } else {
            t.settled = d.bbox;
            t.still = 0;
        }
        t.stationary = t.still >= stationary_frames;

        if !t.confirmed {
            if t.computed_score() >= threshold {
                t.confirmed = true;
                return Some(t.event(EventKind::Start));
            }
            return None;
        }
        if t.stationary != was_stationary || (t.best_changed && t.best.score >= t.reported_best + BETTER_VIEW) {
            return Some(t.event(EventKind::Update));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn det(label: &str, score: f32, x: f32) -> RawDetection {
        RawDetection { class_id: 0, label: label.into(), score, bbox: BoundingBox { x, y: 10.0, w: 40.0, h: 80.0 } }
    }

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap()
    }

    fn kinds(events: &[TrackEvent]) -> Vec<(EventKind, u64)> {
        events.iter().map(|e| (e.kind, e.track_id)).collect()
    }

    #[test]
    fn a_walking_object_starts_after_the_median_rises_and_ends_after_disappearing() {
        let cfg = TrackerConfig { max_disappeared: 2, ..Default::default() };
        let mut t = Tracker::new(cfg);
        let f = Frame::solid(200, 100, [0, 0, 0]);
        // Median of [0.9, 0, 0] is 0: no event yet. Of [0.9, 0.8, 0] it is 0.8: start.
        assert!(t.update(at(0), &f, &[det("person", 0.9, 0.0)]).is_empty());
        let e = t.update(at(1), &f, &[det("person", 0.8, 5.0)]);
        assert_eq!(kinds(&e), [(EventKind::Start, 1)]);
        assert_eq!(e[0].start, at(0));
        assert_eq!(e[0].bbox.x, 5.0);
        assert!(!e[0].stationary);
        t.update(at(2), &f, &[det("person", 0.85, 10.0)]);
        assert!(t.update(at(3), &f, &[]).is_empty());
        assert!(t.update(at(4), &f, &[]).is_empty());
        let e = t.update(at(5), &f, &[]);
        assert_eq!(kinds(&e), [(EventKind::End, 1)]);
        assert_eq!((e[0].start, e[0].end), (at(0), at(2)));
        assert_eq!(e[0].best.score, 0.9);
        assert_eq!(t.live(), 0);
    }

    #[test]
    fn one_lucky_frame_and_low_scores_never_make_an_event() {
        let mut t = Tracker::new(TrackerConfig::default());
        let f = Frame::solid(10, 10, [0, 0, 0]);
        assert!(t.update(at(0), &f, &[det("car", 0.99, 0.0)]).is_empty());
        // Below min_score: ignored, so the track misses and the lucky one is never confirmed.
        for s in 1..10 {
            assert!(t.update(at(s), &f, &[det("car", 0.4, 0.0)]).is_empty());
        }
        assert!(t.finish().is_empty());
        // Scores above min_score whose median stays under the threshold: tracked, never an event.
        for s in 0..10 {
            assert!(t.update(at(s), &f, &[det("car", 0.55, 0.0)]).is_empty());
        }
        assert_eq!(t.live(), 1);
        assert!(t.finish().is_empty());
    }

    #[test]
    fn labels_do_not_mix_and_two_objects_get_two_tracks() {
        let mut t = Tracker::new(TrackerConfig::default());
        let f = Frame::solid(10, 10, [0, 0, 0]);
        for s in 0..3 {
            let x = s as f32;
            t.update(at(s), &f, &[det("person", 0.9, x), det("car", 0.9, x), det("person", 0.9, 100.0 + x)]);
        }
        let mut ends = t.finish();
        ends.sort_by_key(|e| e.track_id);
        let labels: Vec<&str> = ends.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["person", "car", "person"]);
        assert!(ends[0].bbox.x < 10.0 && ends[2].bbox.x > 100.0);
    }

    #[test]
    fn an_object_that_stops_becomes_stationary_with_an_update() {
        let cfg = TrackerConfig { stationary_frames: 3, ..Default::default() };
        let mut t = Tracker::new(cfg);
        let f = Frame::solid(10, 10, [0, 0, 0]);
        let mut all = Vec::new();
        for s in 0..4 {
            all.extend(t.update(at(s), &f, &[det("truck", 0.9, s as f32 * 15.0)]));
        }
        assert!(all.iter().all(|e| !e.stationary));
        for s in 4..9 {
            all.extend(t.update(at(s), &f, &[det("truck", 0.9, 45.0)]));
        }
        let flip = all.iter().find(|e| e.stationary).expect("became stationary");
        assert_eq!(flip.kind, EventKind::Update);
        assert_eq!(flip.end, at(6));
        // Moving again flips back.
        let e = t.update(at(9), &f, &[det("truck", 0.9, 60.0)]);
        assert!(e.iter().any(|e| e.kind == EventKind::Update && !e.stationary));
    }

    #[test]
    fn only_a_clearly_better_view_is_worth_an_update() {
        let mut t = Tracker::new(TrackerConfig::default());
        let f = Frame::solid(10, 10, [0, 0, 0]);
        t.update(at(0), &f, &[det("car", 0.8, 0.0)]);
        assert_eq!(t.update(at(1), &f, &[det("car", 0.8, 0.0)])[0].kind, EventKind::Start);
        assert!(t.update(at(2), &f, &[det("car", 0.82, 0.0)]).is_empty());
        let e = t.update(at(3), &f, &[det("car", 0.9, 0.0)]);
        assert_eq!(e.len(), 1);
        assert!(e[0].kind == EventKind::Update && e[0].best_changed && e[0].best.score == 0.9);
    }

    #[test]
    fn iou_of_known_boxes() {
        let a = BoundingBox { x: 0.0, y: 0.0, w: 10.0, h: 10.0 };
        let b = BoundingBox { x: 5.0, y: 0.0, w: 10.0, h: 10.0 };
        assert!((iou(&a, &b) - 50.0 / 150.0).abs() < 1e-6);
        assert_eq!(iou(&a, &BoundingBox { x: 20.0, ..a }), 0.0);
    }
}
