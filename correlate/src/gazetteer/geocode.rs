//! From a resolved place reference (street ids, house number, landmark id) to candidates with a point,
//! an accuracy radius and a confidence. Ambiguity is returned as several candidates, best first.

use serde::{Deserialize, Serialize};

use super::geometry::{self, Xy};
use super::Gazetteer;
use crate::geo::GeoPoint;

/// One possible location for a place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// What was matched, in the gazetteer's words ("Elm Street & 3rd Street").
    pub name: String,
    pub location: GeoPoint,
    pub radius_m: f64,
    /// 0..=1.
    pub confidence: f32,
    pub explanation: String,
}

/// How far from a house-number range an address may lie and still be placed at the range's end.
const RANGE_SLACK: u32 = 100;
const ADDRESS_RADIUS_M: f64 = 20.0;
const INTERSECTION_RADIUS_M: f64 = 25.0;

impl Gazetteer {
    pub fn street_name(&self, street: u32) -> &str {
        &self.streets[street as usize].name
    }

    fn point(&self, xy: Xy) -> GeoPoint {
        self.proj.to_point(xy)
    }

    fn xy(&self, p: GeoPoint) -> Xy {
        self.proj.to_xy(p.lat, p.lon)
    }

    /// Whether a segment's house-number range on the street holds the number.
    pub fn has_address(&self, number: u32, street: u32) -> bool {
        self.streets[street as usize].segments.iter().filter_map(|&s| self.segments[s as usize].range).any(|(from, to)| (from.min(to)..=from.max(to)).contains(&number))
    }

    /// A house number on a street, interpolated along the segment whose range holds it.
    pub fn address(&self, number: u32, street: u32) -> Option<Candidate> {
        let name = self.street_name(street);
        let segs = &self.streets[street as usize].segments;
        let mut best: Option<(u32, Xy, bool)> = None; // (distance in numbers, point, exact)
        for &s in segs {
            let seg = &self.segments[s as usize];
            let Some((from, to)) = seg.range else { continue };
            let (lo, hi) = (from.min(to), from.max(to));
            let (n, gap) = if number < lo { (lo, lo - number) } else if number > hi { (hi, number - hi) } else { (number, 0) };
            if gap > RANGE_SLACK || best.as_ref().is_some_and(|b| b.0 <= gap) {
                continue;
            }
            let t = if from == to { 0.5 } else { (n as f64 - from as f64) / (to as f64 - from as f64) };
            best = Some((gap, geometry::along(&seg.points, &seg.cum, t), gap == 0));
        }
        let (gap, xy, exact) = best?;
        Some(if exact {
            Candidate {
                name: format!("{number} {name}"),
                location: self.point(xy),
                radius_m: ADDRESS_RADIUS_M,
                confidence: 0.9,
                explanation: format!("{number} interpolated on the house-number range of {name}"),
            }
        } else {
            Candidate {
                name: format!("{number} {name}"),
                location: self.point(xy),
                radius_m: 40.0 + gap as f64,
                confidence: 0.5,
                explanation: format!("{number} is {gap} past the nearest known house numbers on {name}; placed at the end of that range"),
            }
        })
    }

    /// The hundred-block holding `number` ("the 300 block of Elm" is 300..=399): its middle, with a radius
    /// reaching both ends.
    pub fn block(&self, number: u32, street: u32) -> Option<Candidate> {
        let name = self.street_name(street);
        let lo_b = number / 100 * 100;
        let hi_b = lo_b + 99;
        let mut pts: Vec<Xy> = Vec::new();
        for &s in &self.streets[street as usize].segments {
            let seg = &self.segments[s as usize];
            let Some((from, to)) = seg.range else { continue };
            let (lo, hi) = (from.min(to), from.max(to));
            let (a, b) = (lo.max(lo_b), hi.min(hi_b));
            if a > b {
                continue;
            }
            for n in [a, b] {
                let t = if from == to { 0.5 } else { (n as f64 - from as f64) / (to as f64 - from as f64) };
                pts.push(geometry::along(&seg.points, &seg.cum, t));
            }
        }
        if pts.is_empty() {
            return None;
        }
        let k = pts.len() as f64;
        let centre = Xy { x: pts.iter().map(|p| p.x).sum::<f64>() / k, y: pts.iter().map(|p| p.y).sum::<f64>() / k };
        let reach = pts.iter().map(|p| p.dist(centre)).fold(0.0, f64::max);
        Some(Candidate {
            name: format!("{lo_b} block of {name}"),
            location: self.point(centre),
            radius_m: reach + 20.0,
            confidence: 0.85,
            explanation: format!("house numbers {lo_b}-{hi_b} on {name}"),
        })
    }

    /// Where two streets meet; several candidates if they meet more than once.
    pub fn intersection(&self, a: u32, b: u32) -> Vec<Candidate> {
        let key = (a.min(b), a.max(b));
        let pts = self.intersections.get(&key).map(Vec::as_slice).unwrap_or(&[]);
        let n = pts.len() as f32;
        pts.iter()
            .map(|&p| Candidate {
                name: format!("{} & {}", self.street_name(a), self.street_name(b)),
                location: self.point(p),
                radius_m: INTERSECTION_RADIUS_M,
                confidence: 0.9 / n,
                explanation: if n > 1.0 {
                    format!("{} and {} meet {} times; this is one of them", self.street_name(a), self.street_name(b), pts.len())
                } else {
                    format!("where {} crosses {}", self.street_name(a), self.street_name(b))
                },
            })
            .collect()
    }

    /// A street as a whole: the point on it nearest its middle, with a radius covering most of it.
    pub fn street_extent(&self, street: u32) -> Candidate {
        let s = &self.streets[street as usize];
        let all: Vec<Xy> = s.segments.iter().flat_map(|&i| self.segments[i as usize].points.iter().copied()).collect();
        let k = all.len().max(1) as f64;
        let mean = Xy { x: all.iter().map(|p| p.x).sum::<f64>() / k, y: all.iter().map(|p| p.y).sum::<f64>() / k };
        let on = self.nearest_on_street(mean, street).1;
        let reach = all.iter().map(|p| p.dist(on)).fold(0.0, f64::max);
        Candidate {
            name: s.name.clone(),
            location: self.point(on),
            radius_m: reach.max(50.0),
            confidence: 0.3,
            explanation: format!("only the street {} was given", s.name),
        }
    }

    fn nearest_on_street(&self, p: Xy, street: u32) -> (f64, Xy) {
        let mut best = (f64::INFINITY, p);
        for &i in &self.streets[street as usize].segments {
            for w in self.segments[i as usize].points.windows(2) {
                let (d, c, _) = geometry::closest_on_segment(p, w[0], w[1]);
                if d < best.0 {
                    best = (d, c);
                }
            }
        }
        best
    }

    /// Distance in metres from a point to the nearest part of a street.
    pub fn distance_to_street(&self, p: GeoPoint, street: u32) -> f64 {
        self.nearest_on_street(self.xy(p), street).0
    }

    pub fn landmark(&self, id: u32) -> Candidate {
        let l = &self.landmarks[id as usize];
        Candidate {
            name: l.name.clone(),
            location: l.location,
            radius_m: l.radius_m,
            confidence: 0.9,
            explanation: format!("landmark {}", l.name),
        }
    }

    pub fn neighbourhood(&self, id: u32) -> Candidate {
        let a = &self.neighbourhoods[id as usize];
        Candidate {
            name: a.name.clone(),
            location: a.centre,
            radius_m: a.radius_m,
            confidence: 0.6,
            explanation: format!("neighbourhood {} (centre; the whole area qualifies)", a.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::MINI;
    use super::*;

    #[test]
    fn addresses_interpolate_and_degrade_outside_ranges() {
        let g = Gazetteer::from_geojson(MINI).unwrap();
        let c = g.address(150, 0).unwrap();
        // Halfway along the first segment (0..0.002 degrees of longitude at the equator).
        assert!((c.location.lon - 0.00101).abs() < 0.00002, "{c:?}");
        assert_eq!(c.radius_m, ADDRESS_RADIUS_M);
        let near = g.address(320, 0).unwrap();
        assert!(near.confidence < c.confidence && near.radius_m > c.radius_m);
        assert!(g.address(900, 0).is_none());
        assert!(g.address(150, 1).is_none(), "First Avenue has no ranges");
    }

    #[test]
    fn blocks_intersections_and_extents() {
        let g = Gazetteer::from_geojson(MINI).unwrap();
        let b = g.block(250, 0).unwrap();
        assert!((b.location.lon - 0.003).abs() < 0.00002, "{b:?}");
        assert!(b.radius_m > 100.0);
        let x = g.intersection(0, 1);
        assert_eq!(x.len(), 1);
        assert!((x[0].location.lon - 0.002).abs() < 1e-6 && x[0].location.lat.abs() < 1e-6);
        assert_eq!(g.intersection(1, 0)[0].location, x[0].location);
        let d = g.intersection(0, 2);
        assert!((d[0].location.lon - 0.002).abs() < 1e-5, "{d:?}");
        let e = g.street_extent(0);
        assert!(e.radius_m > 200.0 && e.confidence < 0.5);
        assert!(g.distance_to_street(g.landmark(0).location, 0) < 30.0);
    }
}
