//! The detection index: every camera detection event in memory, answering "events within R metres of this
//! point that overlap [t0, t1], of these labels" without scanning, for tens of millions of events.
//!
//! Detections are at camera granularity (the location is the camera's), so space and time are indexed apart:
//! - **Space**: each *site* (a camera id at one location; a camera that moves becomes a second site) sits in
//!   a grid of lat/lon cells. A query visits the cells its radius can reach and measures each camera there
//!   once with [`GeoPoint::distance_m`], the function [`crate::join`] uses, so the answer is exactly the
//!   brute-force one: every event whose camera is within `radius_m` (inclusive) and whose `[start, end]`
//!   overlaps `[from, to]` (inclusive).
//! - **Time**: per site, events sorted by (start, id) in chunks of at most [`CHUNK`] events, each chunk
//!   knowing its first start and its latest end. Nothing lasts longer than the site's longest event, so an
//!   event overlapping `[from, to]` starts in `[from - longest, to]`: a binary search finds the first chunk,
//!   and chunks that all end before `from` are skipped whole, so one long event (a parked car) does not turn
//!   every query on its camera into a scan. Chunks bound the cost of an insert that arrives out of order.
//!
//! Memory: 56 bytes per event (id, start and end in nanoseconds, box, score, interned label and colour);
//! the camera id and location are kept once per site.
//!
//! # Updates
//! [`DetectionIndex::insert`] is an upsert by id: a later version of an event (a longer end, a better box,
//! score or colour) replaces the earlier one. The earlier version is found by its camera, location and
//! start, which must not change across versions; storage fixes them at the first write for the same reason.
//! Keeping a map from every id to its place would cost more memory than the events themselves.
//!
//! # Threads
//! The index is plain data (`Send + Sync`): queries take `&self`, inserts `&mut self`, so a
//! `RwLock<DetectionIndex>` lets many queries run at once between inserts.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::detection::{BoundingBox, Detection, ReviewSeverity};
use crate::geo::GeoPoint;

/// Most events in one chunk of a site's timeline: an out-of-order insert moves at most this many.
pub const CHUNK: usize = 256;

/// Grid cell size in degrees of latitude and longitude (about 550 m north-south).
const CELL_DEG: f64 = 0.005;

/// A radius smaller than the earth's, so the angular box around a query is never too small for
/// [`GeoPoint::distance_m`]'s sphere, even with floating-point error.
const SMALL_EARTH_RADIUS_M: f64 = 6_300_000.0;

/// Why an event was not indexed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum IndexError {
    /// The event ends before it starts.
    #[error("detection {0} ends before it starts")]
    EndBeforeStart(Uuid),
    /// A time outside the years 1677..2262, which nanosecond timestamps cannot hold.
    #[error("detection {0} has a time outside the years 1677..2262")]
    TimeOutOfRange(Uuid),
    /// More distinct labels, or colours, than can be interned.
    #[error("more than 65535 distinct {0}")]
    TooManyNames(&'static str),
}

/// What to look for: events from cameras within `radius_m` of `centre` overlapping `[from, to]`.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectionQuery {
    pub centre: GeoPoint,
    /// Inclusive; a negative or NaN radius matches nothing.
    pub radius_m: f64,
    /// Inclusive; `from > to` matches nothing.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Only events with one of these labels; empty means any label.
    pub labels: Vec<String>,
}

/// One event as stored: everything of a [`Detection`] except the camera, which its site holds.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Event {
    start: i64,
    end: i64,
    id: Uuid,
    bbox: [f32; 4],
    score: f32,
    /// The interned label in the low 14 bits, the review severity in the top two (see [`Event::severity`]),
    /// so that the NVR's judgement costs no memory.
    label_severity: u16,
    /// 0 for no colour, otherwise 1 + the interned colour.
    colour: u16,
}

/// Labels fit the low 14 bits of [`Event::label_severity`].
const MAX_LABELS: u16 = 1 << 14;

impl Event {
    /// Sort and identity key. The id as a big-endian u128 orders like its bytes, and compares in two
    /// instructions instead of a call to memcmp.
    fn key(&self) -> (i64, u128) {
        (self.start, self.id.as_u128())
    }

    fn pack(label: u16, severity: Option<ReviewSeverity>) -> u16 {
        let severity: u16 = match severity {
            None => 0,
            Some(ReviewSeverity::Detection) => 1,
            Some(ReviewSeverity::Alert) => 2,
        };
        label | severity << 14
    }

    fn label(&self) -> u16 {
        self.label_severity & (MAX_LABELS - 1)
    }

    fn severity(&self) -> Option<ReviewSeverity> {
        match self.label_severity >> 14 {
            1 => Some(ReviewSeverity::Detection),
            2 => Some(ReviewSeverity::Alert),
            _ => None,
        }
    }
}

/// Strings seen many times (labels, colours) stored once and referred to by a small number.
#[derive(Debug, Default)]
struct Names {
    names: Vec<Box<str>>,
    codes: HashMap<Box<str>, u16>,
}

impl Names {
    /// The name's code, below `limit`.
    fn intern(&mut self, name: &str, what: &'static str, limit: u16) -> Result<u16, IndexError> {
        if let Some(&code) = self.codes.get(name) {
            return Ok(code);
        }
        let code = u16::try_from(self.names.len()).ok().filter(|&c| c < limit).ok_or(IndexError::TooManyNames(what))?;
        self.names.push(name.into());
        self.codes.insert(name.into(), code);
        Ok(code)
    }
}

#[derive(Debug)]
struct Chunk {
    first_start: i64,
    max_end: i64,
    /// Sorted by (start, id); never empty.
    events: Vec<Event>,
}

impl Chunk {
    fn new(events: Vec<Event>) -> Self {
        let mut chunk = Self { first_start: 0, max_end: 0, events };
        chunk.summarise();
        chunk
    }

    fn summarise(&mut self) {
        self.first_start = self.events[0].start;
        self.max_end = self.events.iter().map(|e| e.end).max().unwrap_or(i64::MIN);
    }
}

/// One site's events in time order.
#[derive(Debug, Default)]
struct Timeline {
    /// Consecutive runs of the site's events, sorted by (start, id) across chunks too.
    chunks: Vec<Chunk>,
    /// The longest `end - start` ever indexed here (never shrinks, which only widens the search). Unsigned:
    /// an event from 1678 to 2261 lasts longer than an i64 of nanoseconds holds.
    longest: u64,
}

impl Timeline {
    /// Inserts or replaces (same start and id); true if the event is new.
    fn upsert(&mut self, event: Event) -> bool {
        self.longest = self.longest.max(event.end.abs_diff(event.start));
        let Some(last) = self.chunks.last_mut() else {
            self.chunks.push(Chunk::new(vec![event]));
            return true;
        };
        // The common case, events arriving in order: append without searching.
        if last.events.last().is_some_and(|e| e.key() < event.key()) {
            if last.events.len() < CHUNK {
                last.max_end = last.max_end.max(event.end);
                last.events.push(event);
            } else {
                self.chunks.push(Chunk::new(vec![event]));
            }
            return true;
        }
        let key = event.key();
        let ci = self.chunks.partition_point(|c| c.events[0].key() <= key).saturating_sub(1);
        let chunk = &mut self.chunks[ci];
        match chunk.events.binary_search_by(|e| e.key().cmp(&key)) {
            Ok(pos) => {
                let shortened = event.end < chunk.events[pos].end;
                chunk.events[pos] = event;
                if shortened {
                    chunk.summarise();
                } else {
                    chunk.max_end = chunk.max_end.max(event.end);
                }
                false
            }
            Err(pos) => {
                if chunk.events.len() < CHUNK {
                    chunk.events.insert(pos, event);
                    chunk.first_start = chunk.events[0].start;
                    chunk.max_end = chunk.max_end.max(event.end);
                } else {
                    let mut upper = chunk.events.split_off(CHUNK / 2);
                    upper.reserve_exact(CHUNK - upper.len());
                    if pos <= CHUNK / 2 {
                        chunk.events.insert(pos, event);
                    } else {
                        upper.insert(pos - CHUNK / 2, event);
                    }
                    chunk.summarise();
                    self.chunks.insert(ci + 1, Chunk::new(upper));
                }
                true
            }
        }
    }

    /// Takes in a batch: sorts, lets the last version of an id win, and rechunks with no spare capacity.
    /// Returns how many events are new.
    fn merge(&mut self, mut batch: Vec<Event>) -> usize {
        let before: usize = self.chunks.iter().map(|c| c.events.len()).sum();
        if batch.len() * 8 < before {
            // Small batch into a big timeline: cheaper one by one than rewriting it.
            return batch.into_iter().filter(|&e| self.upsert(e)).count();
        }
        let mut all: Vec<Event> = Vec::with_capacity(before + batch.len());
        for chunk in self.chunks.drain(..) {
            all.extend(chunk.events);
        }
        all.append(&mut batch);
        // Stable: equal keys keep their order, so the later version is the one kept.
        all.sort_by_key(Event::key);
        let mut kept: Vec<Event> = Vec::with_capacity(all.len());
        for e in all {
            match kept.last_mut() {
                Some(last) if last.key() == e.key() => *last = e,
                _ => kept.push(e),
            }
        }
        self.longest = kept.iter().map(|e| e.end.abs_diff(e.start)).max().unwrap_or(0).max(self.longest);
        let after = kept.len();
        self.chunks = kept.chunks(CHUNK).map(|c| Chunk::new(c.to_vec())).collect();
        after - before
    }

    /// Drops events that ended before `cutoff`; returns how many.
    fn remove_ended_before(&mut self, cutoff: i64) -> usize {
        let mut removed = 0;
        self.chunks.retain_mut(|chunk| {
            if chunk.max_end >= cutoff {
                let before = chunk.events.len();
                chunk.events.retain(|e| e.end >= cutoff);
                removed += before - chunk.events.len();
                if !chunk.events.is_empty() {
                    chunk.summarise();
                }
            } else {
                removed += chunk.events.len();
                chunk.events.clear();
            }
            !chunk.events.is_empty()
        });
        removed
    }

    /// Calls `f` for every event whose [start, end] overlaps [from, to].
    fn overlapping(&self, from: i64, to: i64, mut f: impl FnMut(&Event)) {
        let lo = i64::try_from(i128::from(from) - i128::from(self.longest)).unwrap_or(i64::MIN);
        // Chunks before the last one starting before `lo` hold only events starting before `lo`.
        let first = self.chunks.partition_point(|c| c.first_start < lo).saturating_sub(1);
        for (n, chunk) in self.chunks[first..].iter().enumerate() {
            if chunk.first_start > to {
                break;
            }
            if chunk.max_end < from {
                continue;
            }
            let begin = if n == 0 { chunk.events.partition_point(|e| e.start < lo) } else { 0 };
            for e in &chunk.events[begin..] {
                if e.start > to {
                    break;
                }
                if e.end >= from {
                    f(e);
                }
            }
        }
    }
}

/// A camera id at one location, with its events.
#[derive(Debug)]
struct Site {
    camera_id: Box<str>,
    location: GeoPoint,
    timeline: Timeline,
}

/// The index. See the [module documentation](self) for how it works and its update contract.
#[derive(Debug, Default)]
pub struct DetectionIndex {
    sites: Vec<Site>,
    /// Camera id to its sites (more than one only if the camera moved).
    by_camera: HashMap<Box<str>, Vec<u32>>,
    /// Grid cell (lat, lon) to the sites in it.
    cells: HashMap<(i32, i32), Vec<u32>>,
    labels: Names,
    colours: Names,
    len: usize,
}

fn cell_of(p: &GeoPoint) -> (i32, i32) {
    ((p.lat / CELL_DEG).floor() as i32, (p.lon / CELL_DEG).floor() as i32)
}

/// Nanoseconds since the epoch; `None` outside what an i64 holds.
fn nanos(t: DateTime<Utc>) -> Option<i64> {
    t.timestamp_nanos_opt()
}

/// Query bounds saturate: every stored time is in range, so a bound beyond it compares the same.
fn nanos_saturating(t: DateTime<Utc>) -> i64 {
    nanos(t).unwrap_or(if t < DateTime::UNIX_EPOCH { i64::MIN } else { i64::MAX })
}

fn time_of(ns: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_nanos(ns)
}

impl DetectionIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of distinct events.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Heap bytes held, approximately (allocations' own overhead and hash-table slack are not counted).
    pub fn memory_bytes(&self) -> usize {
        let events: usize = self
            .sites
            .iter()
            .flat_map(|s| s.timeline.chunks.iter())
            .map(|c| c.events.capacity() * std::mem::size_of::<Event>() + std::mem::size_of::<Chunk>())
            .sum();
        let sites: usize = self.sites.iter().map(|s| std::mem::size_of::<Site>() + s.camera_id.len()).sum();
        let names: usize = [&self.labels, &self.colours].iter().flat_map(|n| n.names.iter()).map(|n| 2 * n.len() + 40).sum();
        events + sites + names + (self.by_camera.len() + self.cells.len()) * 48
    }

    /// Inserts an event, or replaces the earlier version with the same id (see the update contract in the
    /// [module documentation](self)). Returns true if the event is new.
    pub fn insert(&mut self, detection: Detection) -> Result<bool, IndexError> {
        let (site, event) = self.prepare(&detection)?;
        let new = self.sites[site as usize].timeline.upsert(event);
        self.len += usize::from(new);
        Ok(new)
    }

    /// Bulk insert, as when rebuilding from storage: much faster than [`Self::insert`] one by one for
    /// events in no particular order. Upserts by id like `insert`; within the batch the last version wins.
    /// Returns how many events are new. On error nothing from the batch is indexed.
    pub fn extend<I: IntoIterator<Item = Detection>>(&mut self, detections: I) -> Result<usize, IndexError> {
        let mut batches: Vec<Vec<Event>> = Vec::new();
        for d in detections {
            let (site, event) = self.prepare(&d)?;
            if batches.len() <= site as usize {
                batches.resize_with(site as usize + 1, Vec::new);
            }
            batches[site as usize].push(event);
        }
        let mut new = 0;
        for (site, batch) in batches.into_iter().enumerate().filter(|(_, b)| !b.is_empty()) {
            new += self.sites[site].timeline.merge(batch);
        }
        self.len += new;
        Ok(new)
    }

    /// Forgets every event that ended before `cutoff`, for retention; returns how many. Sites stay, empty.
    pub fn remove_ended_before(&mut self, cutoff: DateTime<Utc>) -> usize {
        let cutoff = nanos_saturating(cutoff);
        let removed: usize = self.sites.iter_mut().map(|s| s.timeline.remove_ended_before(cutoff)).sum();
        self.len -= removed;
        removed
    }

    /// Validates an event and finds (or creates) its site.
    fn prepare(&mut self, d: &Detection) -> Result<(u32, Event), IndexError> {
        let (Some(start), Some(end)) = (nanos(d.start), nanos(d.end)) else {
            return Err(IndexError::TimeOutOfRange(d.id));
        };
        if end < start {
            return Err(IndexError::EndBeforeStart(d.id));
        }
        let label = self.labels.intern(&d.label, "labels", MAX_LABELS)?;
        let colour = match &d.colour {
            // One code is kept free so that `1 + code` still fits.
            Some(c) => 1 + self.colours.intern(c, "colours", u16::MAX)?,
            None => 0,
        };
        let BoundingBox { x, y, w, h } = d.bbox;
        let event = Event { start, end, id: d.id, bbox: [x, y, w, h], score: d.score, label_severity: Event::pack(label, d.severity), colour };
        Ok((self.site_for(&d.camera_id, d.camera_location), event))
    }

    fn site_for(&mut self, camera_id: &str, location: GeoPoint) -> u32 {
        if let Some(sites) = self.by_camera.get(camera_id) {
            if let Some(&s) = sites.iter().find(|&&s| self.sites[s as usize].location == location) {
                return s;
            }
        }
        let s = u32::try_from(self.sites.len()).expect("fewer than 4 billion camera sites");
        self.sites.push(Site { camera_id: camera_id.into(), location, timeline: Timeline::default() });
        self.by_camera.entry(camera_id.into()).or_default().push(s);
        self.cells.entry(cell_of(&location)).or_default().push(s);
        s
    }

    /// Calls `f` for each site whose camera is within `radius_m` of `centre` by [`GeoPoint::distance_m`].
    fn sites_within(&self, centre: &GeoPoint, radius_m: f64, mut f: impl FnMut(&Site)) {
        let mut visit = |s: u32| {
            let site = &self.sites[s as usize];
            if centre.distance_m(&site.location) <= radius_m {
                f(site);
            }
        };
        match candidate_cells(centre, radius_m) {
            Some(cells) if cells.count() < self.cells.len() => {
                for la in cells.lat.0..=cells.lat.1 {
                    for lo in cells.lon.0..=cells.lon.1 {
                        for &s in self.cells.get(&(la, lo)).into_iter().flatten() {
                            visit(s);
                        }
                    }
                }
            }
            // A box with more cells than there are occupied cells (or none: near a pole or the
            // antimeridian): measuring every site is cheaper, and always right.
            _ => (0..self.sites.len() as u32).for_each(visit),
        }
    }

    /// Calls `f` for every matching event, in no particular order.
    fn matches(&self, q: &DetectionQuery, mut f: impl FnMut(&Site, &Event)) {
        if q.radius_m.is_nan() || q.radius_m < 0.0 || q.from > q.to {
            return;
        }
        let labels: Vec<u16> = q.labels.iter().filter_map(|l| self.labels.codes.get(l.as_str()).copied()).collect();
        if !q.labels.is_empty() && labels.is_empty() {
            return;
        }
        let (from, to) = (nanos_saturating(q.from), nanos_saturating(q.to));
        self.sites_within(&q.centre, q.radius_m, |site| {
            site.timeline.overlapping(from, to, |e| {
                if labels.is_empty() || labels.contains(&e.label()) {
                    f(site, e);
                }
            })
        });
    }

    /// Ids of the matching events, sorted.
    pub fn query_ids(&self, q: &DetectionQuery) -> Vec<Uuid> {
        let mut ids = Vec::new();
        self.matches(q, |_, e| ids.push(e.id));
        ids.sort_unstable();
        ids
    }

    /// The matching events, earliest start first (then by id).
    pub fn query(&self, q: &DetectionQuery) -> Vec<Detection> {
        let mut found = Vec::new();
        self.matches(q, |site, e| found.push(self.detection(site, e)));
        found.sort_by(|a, b| a.start.cmp(&b.start).then(a.id.cmp(&b.id)));
        found
    }

    fn detection(&self, site: &Site, e: &Event) -> Detection {
        let [x, y, w, h] = e.bbox;
        Detection {
            id: e.id,
            camera_id: site.camera_id.to_string(),
            camera_location: site.location,
            label: self.labels.names[e.label() as usize].to_string(),
            score: e.score,
            bbox: BoundingBox { x, y, w, h },
            colour: e.colour.checked_sub(1).map(|c| self.colours.names[c as usize].to_string()),
            start: time_of(e.start),
            end: time_of(e.end),
            severity: e.severity(),
        }
    }

    /// Every indexed event, in no particular order (for checks and snapshots, not for queries).
    pub fn iter(&self) -> impl Iterator<Item = Detection> + '_ {
        self.sites.iter().flat_map(move |site| {
            site.timeline.chunks.iter().flat_map(|c| c.events.iter()).map(move |e| self.detection(site, e))
        })
    }
}

/// A rectangle of grid cells, inclusive (lat, lon) ranges.
#[derive(Debug, Clone, Copy)]
struct CellBox {
    lat: (i32, i32),
    lon: (i32, i32),
}

impl CellBox {
    fn count(&self) -> usize {
        let span = |(lo, hi): (i32, i32)| (i64::from(hi) - i64::from(lo) + 1) as usize;
        span(self.lat).saturating_mul(span(self.lon))
    }
}

/// The grid cells that hold every point within `radius_m` of `centre`, or `None` when that is not a
/// simple rectangle (a pole or the antimeridian inside it) or the radius is not finite.
fn candidate_cells(centre: &GeoPoint, radius_m: f64) -> Option<CellBox> {
    // Angular radius, made generous by a smaller earth and a metre more.
    let r = (radius_m + 1.0) / SMALL_EARTH_RADIUS_M;
    if !r.is_finite() || r >= 0.5 {
        return None;
    }
    let lat = centre.lat.to_radians();
    let (lat_lo, lat_hi) = ((lat - r).to_degrees(), (lat + r).to_degrees());
    if lat_lo <= -89.9 || lat_hi >= 89.9 {
        return None;
    }
    // Widest longitude reached by a spherical cap of angular radius r around latitude `lat`.
    let s = r.sin() / lat.cos();
    if s >= 0.99 {
        return None;
    }
    let dlon = s.asin().to_degrees() * 1.01;
    let (lon_lo, lon_hi) = (centre.lon - dlon, centre.lon + dlon);
    if lon_lo < -180.0 || lon_hi > 180.0 {
        return None;
    }
    let cell = |deg: f64| (deg / CELL_DEG).floor() as i32;
    Some(CellBox { lat: (cell(lat_lo), cell(lat_hi)), lon: (cell(lon_lo), cell(lon_hi)) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use proptest::prelude::*;

    fn t(minute: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap() + Duration::minutes(minute)
    }

    fn det(camera: &str, lat: f64, lon: f64, label: &str, start: DateTime<Utc>, end: DateTime<Utc>) -> Detection {
        Detection {
            id: Uuid::new_v4(),
            camera_id: camera.into(),
            camera_location: GeoPoint::new(lat, lon).unwrap(),
            label: label.into(),
            score: 0.8,
            bbox: BoundingBox { x: 1.0, y: 2.0, w: 3.0, h: 4.0 },
            colour: Some("red".into()),
            start,
            end,
            severity: None,
        }
    }

    fn query(lat: f64, lon: f64, radius_m: f64, from: DateTime<Utc>, to: DateTime<Utc>, labels: &[&str]) -> DetectionQuery {
        DetectionQuery {
            centre: GeoPoint::new(lat, lon).unwrap(),
            radius_m,
            from,
            to,
            labels: labels.iter().map(|l| l.to_string()).collect(),
        }
    }

    /// What the index must answer, by definition.
    fn brute_force(all: &[Detection], q: &DetectionQuery) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> = all
            .iter()
            .filter(|d| q.centre.distance_m(&d.camera_location) <= q.radius_m)
            .filter(|d| d.start <= q.to && d.end >= q.from)
            .filter(|d| q.labels.is_empty() || q.labels.contains(&d.label))
            .map(|d| d.id)
            .collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn an_event_is_56_bytes_and_the_index_can_sit_behind_a_rwlock() {
        assert_eq!(std::mem::size_of::<Event>(), 56);
        fn shareable<T: Send + Sync>() {}
        shareable::<DetectionIndex>();
    }

    #[test]
    fn finds_by_distance_time_and_label_and_gives_back_the_whole_detection() {
        let mut index = DetectionIndex::new();
        let near = det("elm", 44.0, -72.6, "truck", t(0), t(2));
        let near_person = det("elm", 44.0, -72.6, "person", t(1), t(3));
        let far = det("oak", 44.01, -72.6, "truck", t(0), t(2)); // ~1.1 km north
        let later = det("elm", 44.0, -72.6, "truck", t(30), t(31));
        for d in [&near, &near_person, &far, &later] {
            assert!(index.insert(d.clone()).unwrap());
        }
        assert_eq!(index.len(), 4);
        let q = query(44.0005, -72.6, 100.0, t(2), t(10), &["truck", "car"]);
        assert_eq!(index.query(&q), vec![near.clone()], "the stored event comes back unchanged");
        let any_label = DetectionQuery { labels: vec![], ..q.clone() };
        assert_eq!(index.query_ids(&any_label), brute_force(&[near.clone(), near_person.clone(), far.clone(), later.clone()], &any_label));
        assert_eq!(index.query_ids(&any_label).len(), 2);
        assert!(index.query(&DetectionQuery { labels: vec!["bus".into()], ..q.clone() }).is_empty(), "unknown label");
        assert!(index.query(&DetectionQuery { radius_m: -1.0, ..q.clone() }).is_empty());
        assert!(index.query(&DetectionQuery { from: t(10), to: t(2), ..q.clone() }).is_empty());
        let wide = DetectionQuery { radius_m: 2_000.0, from: t(-1000), to: t(1000), labels: vec![], ..q };
        assert_eq!(index.query_ids(&wide).len(), 4);
    }

    #[test]
    fn an_update_with_the_same_id_extends_the_event_instead_of_adding_one() {
        let mut index = DetectionIndex::new();
        let first = det("elm", 44.0, -72.6, "car", t(0), t(1));
        index.insert(first.clone()).unwrap();
        let q = query(44.0, -72.6, 10.0, t(20), t(25), &[]);
        assert!(index.query(&q).is_empty());
        // The NVR's review severity rides along (packed with the label) and label filters still see the label.
        let extended = Detection { end: t(22), score: 0.95, colour: None, severity: Some(ReviewSeverity::Alert), ..first.clone() };
        assert!(!index.insert(extended.clone()).unwrap(), "not a new event");
        assert_eq!(index.len(), 1);
        assert_eq!(index.query(&q), vec![extended.clone()]);
        assert_eq!(index.query(&DetectionQuery { labels: vec!["car".into()], ..q.clone() }), vec![extended.clone()]);
        // And back: an update that shortens it again takes it out of that window.
        index.insert(first.clone()).unwrap();
        assert!(index.query(&q).is_empty());
        assert_eq!(index.iter().collect::<Vec<_>>(), vec![first]);
    }

    #[test]
    fn one_long_event_does_not_hide_or_slow_the_short_ones() {
        let mut index = DetectionIndex::new();
        let parked = det("elm", 44.0, -72.6, "car", t(0), t(24 * 60));
        index.insert(parked.clone()).unwrap();
        let short: Vec<Detection> = (0..2_000).map(|i| det("elm", 44.0, -72.6, "person", t(i), t(i) + Duration::seconds(20))).collect();
        index.extend(short.clone()).unwrap();
        let q = query(44.0, -72.6, 50.0, t(1000), t(1002), &[]);
        let mut all = short;
        all.push(parked.clone());
        assert_eq!(index.query_ids(&q), brute_force(&all, &q));
        assert!(index.query_ids(&q).contains(&parked.id));
    }

    #[test]
    fn retention_forgets_what_ended_before_the_cutoff_and_keeps_the_rest_findable() {
        let mut index = DetectionIndex::new();
        let all: Vec<Detection> = (0..1_000).map(|i| det("elm", 44.0, -72.6, "car", t(i), t(i + (i % 7) * 10))).collect();
        index.extend(all.clone()).unwrap();
        let cutoff = t(500);
        let kept: Vec<Detection> = all.iter().filter(|d| d.end >= cutoff).cloned().collect();
        assert_eq!(index.remove_ended_before(cutoff), all.len() - kept.len());
        assert_eq!(index.len(), kept.len());
        let q = query(44.0, -72.6, 10.0, t(-100), t(2_000), &[]);
        assert_eq!(index.query_ids(&q), brute_force(&kept, &q));
        let late = det("elm", 44.0, -72.6, "car", t(250), t(600));
        index.insert(late.clone()).unwrap();
        assert!(index.query_ids(&query(44.0, -72.6, 10.0, t(590), t(591), &[])).contains(&late.id));
    }

    #[test]
    fn an_event_spanning_every_representable_time_is_found() {
        let mut index = DetectionIndex::new();
        let (first, last) = (Utc.with_ymd_and_hms(1678, 1, 1, 0, 0, 0).unwrap(), Utc.with_ymd_and_hms(2261, 12, 31, 0, 0, 0).unwrap());
        let forever = det("elm", 44.0, -72.6, "car", first, last);
        index.insert(forever.clone()).unwrap();
        index.insert(det("elm", 44.0, -72.6, "car", t(0), t(1))).unwrap();
        assert!(index.query_ids(&query(44.0, -72.6, 1.0, t(100), t(101), &[])).contains(&forever.id));
    }

    #[test]
    fn a_moved_camera_is_found_at_each_of_its_locations() {
        let mut index = DetectionIndex::new();
        let before = det("elm", 44.0, -72.6, "car", t(0), t(1));
        let after = det("elm", 44.02, -72.6, "car", t(5), t(6));
        index.extend([before.clone(), after.clone()]).unwrap();
        assert_eq!(index.query_ids(&query(44.0, -72.6, 100.0, t(-10), t(10), &[])), vec![before.id]);
        assert_eq!(index.query_ids(&query(44.02, -72.6, 100.0, t(-10), t(10), &[])), vec![after.id]);
    }

    #[test]
    fn bad_events_are_refused_with_a_reason() {
        let mut index = DetectionIndex::new();
        let backwards = det("elm", 44.0, -72.6, "car", t(5), t(1));
        assert_eq!(index.insert(backwards.clone()), Err(IndexError::EndBeforeStart(backwards.id)));
        let ancient = det("elm", 44.0, -72.6, "car", Utc.with_ymd_and_hms(1500, 1, 1, 0, 0, 0).unwrap(), t(1));
        assert_eq!(index.insert(ancient.clone()), Err(IndexError::TimeOutOfRange(ancient.id)));
        let good = det("elm", 44.0, -72.6, "car", t(0), t(1));
        assert_eq!(index.extend([good, backwards.clone()]), Err(IndexError::EndBeforeStart(backwards.id)));
        assert!(index.is_empty(), "a batch with a bad event indexes nothing");
    }

    #[test]
    fn queries_near_the_antimeridian_and_the_poles_are_exact() {
        let mut index = DetectionIndex::new();
        let east = det("east", 10.0, 179.9995, "car", t(0), t(1));
        let west = det("west", 10.0, -179.9995, "car", t(0), t(1));
        let pole = det("pole", 89.9999, 40.0, "car", t(0), t(1));
        index.extend([east.clone(), west.clone(), pole.clone()]).unwrap();
        let mut across = index.query_ids(&query(10.0, 180.0, 200.0, t(0), t(1), &[]));
        across.sort();
        let mut both = vec![east.id, west.id];
        both.sort();
        assert_eq!(across, both);
        assert_eq!(index.query_ids(&query(90.0, -100.0, 50.0, t(0), t(1), &[])), vec![pole.id]);
    }

    /// Events on a few cameras packed into a small area, so queries often land near a radius boundary,
    /// with many events per camera (so chunks split) and some long ones.
    fn arb_events() -> impl Strategy<Value = Vec<Detection>> {
        let camera = (0usize..6, 0.0f64..0.004, 0.0f64..0.004);
        let event = (camera, 0i64..600, prop_oneof![8 => 0i64..120, 1 => 0i64..100_000], 0usize..3, any::<u128>());
        proptest::collection::vec(event, 0..700).prop_map(|events| {
            events
                .into_iter()
                .map(|((cam, dlat, dlon), start_s, dur_s, label, id)| {
                    // Cameras 0..3 are fixed points; 3..6 wander, so some sites hold one event.
                    let (lat, lon) = if cam < 3 { (44.0 + cam as f64 * 0.001, -72.6 + cam as f64 * 0.0013) } else { (44.0 + dlat, -72.6 + dlon) };
                    let start = t(0) + Duration::seconds(start_s * 7);
                    Detection {
                        id: Uuid::from_u128(id),
                        label: ["car", "truck", "person"][label].into(),
                        ..det(&format!("cam{cam}"), lat, lon, "", start, start + Duration::seconds(dur_s))
                    }
                })
                .collect()
        })
    }

    fn arb_query() -> impl Strategy<Value = DetectionQuery> {
        (0.0f64..0.005, 0.0f64..0.005, 0.0f64..500.0, -100i64..700, 0i64..200, 0usize..4).prop_map(|(dlat, dlon, r, from, len, labels)| {
            let from = t(0) + Duration::seconds(from * 7);
            let labels: &[&str] = [&[][..], &["car"], &["truck", "person"], &["bus"]][labels];
            query(44.0 + dlat, -72.6 + dlon, r, from, from + Duration::seconds(len * 7), labels)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn answers_exactly_what_a_scan_answers(events in arb_events(), queries in proptest::collection::vec(arb_query(), 1..20), bulk in any::<bool>()) {
            // Ids repeat when proptest shrinks; keep the events' ids unique per (camera, start) contract
            // by letting a repeated id be a distinct event (a fresh id) unless it is an update of the same site and start.
            let mut all: Vec<Detection> = Vec::new();
            for d in events {
                match all.iter_mut().find(|x| x.id == d.id) {
                    Some(x) if x.camera_id == d.camera_id && x.camera_location == d.camera_location && x.start == d.start => *x = d.clone(),
                    Some(_) => all.push(Detection { id: Uuid::new_v4(), ..d }),
                    None => all.push(d),
                }
            }
            let mut index = DetectionIndex::new();
            if bulk {
                index.extend(all.iter().cloned()).unwrap();
            } else {
                // Reverse order: every insert lands before the ones already there.
                for d in all.iter().rev() {
                    index.insert(d.clone()).unwrap();
                }
            }
            prop_assert_eq!(index.len(), all.len());
            for q in &queries {
                prop_assert_eq!(index.query_ids(q), brute_force(&all, q));
            }
        }

        #[test]
        fn streamed_updates_end_where_a_bulk_build_of_the_last_versions_does(events in arb_events(), ends in proptest::collection::vec(0i64..5_000, 1..50)) {
            let mut streamed = DetectionIndex::new();
            let mut dedup: HashMap<Uuid, Detection> = HashMap::new();
            for d in &events {
                if dedup.get(&d.id).is_none_or(|x| x.camera_id == d.camera_id && x.camera_location == d.camera_location && x.start == d.start) {
                    streamed.insert(d.clone()).unwrap();
                    dedup.insert(d.id, d.clone());
                }
            }
            // Extend some events' ends, as a tracker does while the object stays in view.
            let ids: Vec<Uuid> = dedup.keys().copied().collect();
            for (i, extra) in ends.iter().enumerate() {
                if let Some(id) = ids.get(i * 7 % ids.len().max(1)) {
                    let mut d = dedup[id].clone();
                    d.end = d.start + Duration::seconds(*extra);
                    streamed.insert(d.clone()).unwrap();
                    dedup.insert(d.id, d);
                }
            }
            let mut bulk = DetectionIndex::new();
            bulk.extend(dedup.values().cloned()).unwrap();
            let sorted = |index: &DetectionIndex| {
                let mut v: Vec<Detection> = index.iter().collect();
                v.sort_by_key(|d| d.id);
                v
            };
            prop_assert_eq!(streamed.len(), dedup.len());
            prop_assert_eq!(sorted(&streamed), sorted(&bulk));
        }
    }
}
