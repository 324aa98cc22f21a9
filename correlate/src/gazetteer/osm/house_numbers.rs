//! House-number ranges for OpenStreetMap streets, which carry none: OSM puts numbers on address points
//! (nodes, building outlines, the end nodes of `addr:interpolation` ways) tagged with the street's name.
//!
//! Each address point goes to the nearest way of its street (within [`MAX_OFFSET_M`]) at its position
//! along that way. A way with two or more such anchors is cut at them: the piece between two consecutive
//! anchors gets their numbers as its range, so the gazetteer's linear interpolation is exact at every
//! mapped address and linear between them (which is what an interpolation way states). Pieces before the
//! first and after the last anchor get no range; numbers just past the ends are still placed by the
//! geocoder's slack. Anchors that run against the way's overall direction of numbering (a misplaced or
//! mistyped address) are dropped, so one bad point cannot give a piece a range that covers half the street.

use std::collections::HashMap;

use crate::gazetteer::geometry::{self, Projection, Xy};
use crate::geo::GeoPoint;

/// Farther than this from every way of its street, an address point is not used (it belongs to a
/// stretch of the street outside the extract, or to a street of the same name elsewhere).
pub const MAX_OFFSET_M: f64 = 80.0;
/// Anchors closer than this along the way are one position (the two sides of the street).
const MIN_GAP_M: f64 = 2.0;

/// A house number at a point, on the street named.
#[derive(Debug, Clone, PartialEq)]
pub struct AddressPoint {
    pub number: u32,
    pub street: String,
    pub location: GeoPoint,
}

/// A stretch of a way and the house numbers running from its first to its last point.
pub type Piece = (Vec<GeoPoint>, Option<(u32, u32)>);

/// A [`Piece`] in projected metres.
type ProjectedPiece = (Vec<Xy>, Option<(u32, u32)>);

struct Way {
    points: Vec<Xy>,
    cum: Vec<f64>,
}

/// For each way `(street name, points)`, the pieces it is cut into (the whole way, unranged, when it has
/// fewer than two usable address points).
pub fn ranged_pieces(ways: &[(&str, &[GeoPoint])], addresses: &[AddressPoint]) -> Vec<Vec<Piece>> {
    let Some(origin) = ways.iter().find_map(|(_, pts)| pts.first()) else { return vec![Vec::new(); ways.len()] };
    let proj = Projection::new(origin.lat, origin.lon);
    let projected: Vec<Way> = ways
        .iter()
        .map(|(_, pts)| {
            let points: Vec<Xy> = pts.iter().map(|p| proj.to_xy(p.lat, p.lon)).collect();
            let cum = geometry::cumulative(&points);
            Way { points, cum }
        })
        .collect();
    let mut by_street: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (name, _)) in ways.iter().enumerate() {
        by_street.entry(name.to_lowercase()).or_default().push(i);
    }
    let mut anchors: Vec<Vec<(f64, u32)>> = vec![Vec::new(); ways.len()];
    for a in addresses {
        let Some(candidates) = by_street.get(&a.street.to_lowercase()) else { continue };
        let p = proj.to_xy(a.location.lat, a.location.lon);
        let nearest = candidates
            .iter()
            .filter_map(|&w| position_on(&projected[w], p).map(|(d, s)| (d, s, w)))
            .min_by(|x, y| x.0.total_cmp(&y.0));
        if let Some((_, s, w)) = nearest.filter(|n| n.0 <= MAX_OFFSET_M) {
            anchors[w].push((s, a.number));
        }
    }
    projected
        .iter()
        .zip(anchors)
        .map(|(way, mut anchors)| {
            anchors.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let kept = monotonic(&anchors);
            cut(way, &kept).into_iter().map(|(xy, range)| (xy.iter().map(|&q| proj.to_point(q)).collect(), range)).collect()
        })
        .collect()
}

/// Distance from `p` to the way and how far along the way its closest point lies.
fn position_on(way: &Way, p: Xy) -> Option<(f64, f64)> {
    way.points
        .windows(2)
        .enumerate()
        .map(|(i, w)| {
            let (d, _, t) = geometry::closest_on_segment(p, w[0], w[1]);
            (d, way.cum[i] + t * (way.cum[i + 1] - way.cum[i]))
        })
        .min_by(|x, y| x.0.total_cmp(&y.0))
}

/// The anchors (sorted along the way) that agree with the way's main direction of numbering, at least
/// [`MIN_GAP_M`] apart: the longest run of numbers that only rises, or only falls, whichever is longer.
fn monotonic(anchors: &[(f64, u32)]) -> Vec<(f64, u32)> {
    let rising = longest_non_decreasing(anchors.iter().map(|a| a.1 as i64));
    let falling = longest_non_decreasing(anchors.iter().map(|a| -(a.1 as i64)));
    let chosen = if falling.len() > rising.len() { falling } else { rising };
    let mut kept: Vec<(f64, u32)> = Vec::new();
    for a in chosen.into_iter().map(|i| anchors[i]) {
        if kept.last().is_none_or(|l| a.0 - l.0 >= MIN_GAP_M) {
            kept.push(a);
        }
    }
    kept
}

/// Indices of a longest non-decreasing subsequence (patience sorting, O(n log n)).
fn longest_non_decreasing(values: impl Iterator<Item = i64>) -> Vec<usize> {
    let values: Vec<i64> = values.collect();
    // tails[k]: index of the smallest last value of a run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; values.len()];
    for (i, &v) in values.iter().enumerate() {
        let k = tails.partition_point(|&t| values[t] <= v);
        prev[i] = k.checked_sub(1).map(|j| tails[j]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        out.push(i);
        at = prev[i];
    }
    out.reverse();
    out
}

/// The way cut at the anchors' positions: ranged pieces between anchors, unranged ones before and after.
fn cut(way: &Way, anchors: &[(f64, u32)]) -> Vec<ProjectedPiece> {
    let length = way.cum.last().copied().unwrap_or(0.0);
    if anchors.len() < 2 {
        return vec![(way.points.clone(), None)];
    }
    let mut pieces = Vec::new();
    let (first, last) = (anchors[0], anchors[anchors.len() - 1]);
    if first.0 > MIN_GAP_M {
        pieces.push((sub_line(way, 0.0, first.0), None));
    }
    for w in anchors.windows(2) {
        pieces.push((sub_line(way, w[0].0, w[1].0), Some((w[0].1, w[1].1))));
    }
    if length - last.0 > MIN_GAP_M {
        pieces.push((sub_line(way, last.0, length), None));
    }
    pieces
}

/// The part of the way from `from` to `to` metres along it.
fn sub_line(way: &Way, from: f64, to: f64) -> Vec<Xy> {
    let length = way.cum.last().copied().unwrap_or(0.0);
    let at = |s: f64| geometry::along(&way.points, &way.cum, if length == 0.0 { 0.0 } else { s / length });
    let mut out = vec![at(from)];
    out.extend(way.points.iter().zip(&way.cum).filter(|(_, &c)| c > from && c < to).map(|(p, _)| *p));
    out.push(at(to));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(lat: f64, lon: f64) -> GeoPoint {
        GeoPoint { lat, lon }
    }

    fn addr(number: u32, street: &str, lat: f64, lon: f64) -> AddressPoint {
        AddressPoint { number, street: street.into(), location: p(lat, lon) }
    }

    #[test]
    fn cuts_a_way_at_its_address_points() {
        // An east-west way of about 160 m with numbers 10 and 30 on its north side and 20 a little south.
        let line = [p(0.0, 0.0), p(0.0, 0.0015)];
        let ways: Vec<(&str, &[GeoPoint])> = vec![("Main Street", &line)];
        let addrs = [addr(10, "main street", 0.0001, 0.0003), addr(30, "Main Street", 0.0001, 0.0012), addr(20, "Main Street", -0.0001, 0.0007)];
        let pieces = &ranged_pieces(&ways, &addrs)[0];
        let ranges: Vec<_> = pieces.iter().map(|(_, r)| *r).collect();
        assert_eq!(ranges, vec![None, Some((10, 20)), Some((20, 30)), None]);
        // Pieces join end to end and cover the way.
        assert_eq!(pieces[0].0.first(), Some(&line[0]));
        for w in pieces.windows(2) {
            assert!(w[0].0.last().unwrap().distance_m(&w[1].0[0]) < 0.01);
        }
        assert!((pieces[1].0[0].lon - 0.0003).abs() < 1e-7);
    }

    #[test]
    fn drops_far_strays_and_lone_points() {
        let line = [p(0.0, 0.0), p(0.0, 0.002)];
        let ways: Vec<(&str, &[GeoPoint])> = vec![("Main Street", &line)];
        // 20 is mistyped as 200; 50 lies 200 m off the way; Elm Street has no way here.
        let addrs = [
            addr(10, "Main Street", 0.0001, 0.0002),
            addr(200, "Main Street", 0.0001, 0.0004),
            addr(30, "Main Street", 0.0001, 0.0006),
            addr(40, "Main Street", 0.0001, 0.0008),
            addr(50, "Main Street", 0.002, 0.001),
            addr(60, "Elm Street", 0.0, 0.001),
        ];
        let ranges: Vec<_> = ranged_pieces(&ways, &addrs)[0].iter().map(|(_, r)| *r).collect();
        assert_eq!(ranges, vec![None, Some((10, 30)), Some((30, 40)), None]);
        let lone = [addr(10, "Main Street", 0.0001, 0.0002)];
        assert_eq!(ranged_pieces(&ways, &lone)[0], vec![(line.to_vec(), None)]);
    }
}
