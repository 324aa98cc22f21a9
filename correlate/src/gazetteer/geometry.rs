//! Planar geometry on a local projection: city-scale distances, segment crossings, point in polygon.
//!
//! An equirectangular projection around the gazetteer's centre is accurate to well under a metre across
//! a city, and lets every later computation be plain 2-D arithmetic in metres.

use crate::geo::GeoPoint;

/// Metres per degree of latitude (mean).
const M_PER_DEG: f64 = 111_320.0;

/// A point in metres east (`x`) and north (`y`) of the projection origin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Xy {
    pub x: f64,
    pub y: f64,
}

impl Xy {
    pub fn dist(self, o: Xy) -> f64 {
        ((self.x - o.x).powi(2) + (self.y - o.y).powi(2)).sqrt()
    }

    fn lerp(self, o: Xy, t: f64) -> Xy {
        Xy { x: self.x + (o.x - self.x) * t, y: self.y + (o.y - self.y) * t }
    }
}

/// Equirectangular projection around an origin.
#[derive(Debug, Clone, Copy)]
pub struct Projection {
    lat0: f64,
    lon0: f64,
    kx: f64,
}

impl Projection {
    pub fn new(lat0: f64, lon0: f64) -> Self {
        Self { lat0, lon0, kx: M_PER_DEG * lat0.to_radians().cos() }
    }

    pub fn to_xy(&self, lat: f64, lon: f64) -> Xy {
        Xy { x: (lon - self.lon0) * self.kx, y: (lat - self.lat0) * M_PER_DEG }
    }

    pub fn to_point(&self, p: Xy) -> GeoPoint {
        let lat = (self.lat0 + p.y / M_PER_DEG).clamp(-90.0, 90.0);
        let lon = (self.lon0 + p.x / self.kx).clamp(-180.0, 180.0);
        GeoPoint { lat, lon }
    }
}

/// Where two segments `a0-a1` and `b0-b1` meet: a proper crossing, or an end of one within `tol` metres of
/// the other (T-junctions where digitised lines stop just short or overshoot).
pub fn segment_meet(a0: Xy, a1: Xy, b0: Xy, b1: Xy, tol: f64) -> Option<Xy> {
    let r = Xy { x: a1.x - a0.x, y: a1.y - a0.y };
    let s = Xy { x: b1.x - b0.x, y: b1.y - b0.y };
    let denom = r.x * s.y - r.y * s.x;
    if denom.abs() > 1e-9 {
        let qp = Xy { x: b0.x - a0.x, y: b0.y - a0.y };
        let t = (qp.x * s.y - qp.y * s.x) / denom;
        let u = (qp.x * r.y - qp.y * r.x) / denom;
        if (0.0..=1.0).contains(&t) && (0.0..=1.0).contains(&u) {
            return Some(a0.lerp(a1, t));
        }
    }
    // Near misses: the closest end-to-segment pair within tolerance.
    let mut best: Option<(f64, Xy)> = None;
    for (p, q0, q1) in [(a0, b0, b1), (a1, b0, b1), (b0, a0, a1), (b1, a0, a1)] {
        let (d, _, _) = closest_on_segment(p, q0, q1);
        if d <= tol && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, p));
        }
    }
    best.map(|(_, p)| p)
}

/// Distance from `p` to segment `a-b`, the closest point and its fraction along the segment.
pub fn closest_on_segment(p: Xy, a: Xy, b: Xy) -> (f64, Xy, f64) {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0) };
    let c = a.lerp(b, t);
    (p.dist(c), c, t)
}

/// Cumulative lengths along a polyline, starting with 0.
pub fn cumulative(points: &[Xy]) -> Vec<f64> {
    let mut out = Vec::with_capacity(points.len());
    let mut acc = 0.0;
    out.push(0.0);
    for w in points.windows(2) {
        acc += w[0].dist(w[1]);
        out.push(acc);
    }
    out
}

/// The point at fraction `t` (0..=1) of the polyline's length.
pub fn along(points: &[Xy], cum: &[f64], t: f64) -> Xy {
    let total = *cum.last().unwrap_or(&0.0);
    if points.len() < 2 || total == 0.0 {
        return points.first().copied().unwrap_or(Xy { x: 0.0, y: 0.0 });
    }
    let target = total * t.clamp(0.0, 1.0);
    let i = cum.partition_point(|&c| c < target).clamp(1, points.len() - 1);
    let seg = cum[i] - cum[i - 1];
    let f = if seg == 0.0 { 0.0 } else { (target - cum[i - 1]) / seg };
    points[i - 1].lerp(points[i], f)
}

/// Even-odd rule over all rings (outer ring and holes).
pub fn in_polygon(p: Xy, rings: &[Vec<Xy>]) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        if n < 3 {
            continue;
        }
        let mut j = n - 1;
        for i in 0..n {
            let (a, b) = (ring[i], ring[j]);
            if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
                inside = !inside;
            }
            j = i;
        }
    }
    inside
}

/// Area-weighted centroid of the outer ring (vertex mean if degenerate).
pub fn centroid(ring: &[Xy]) -> Xy {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for w in ring.windows(2) {
        let cross = w[0].x * w[1].y - w[1].x * w[0].y;
        a += cross;
        cx += (w[0].x + w[1].x) * cross;
        cy += (w[0].y + w[1].y) * cross;
    }
    if a.abs() < 1e-9 {
        let n = ring.len().max(1) as f64;
        return Xy { x: ring.iter().map(|p| p.x).sum::<f64>() / n, y: ring.iter().map(|p| p.y).sum::<f64>() / n };
    }
    Xy { x: cx / (3.0 * a), y: cy / (3.0 * a) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_round_trips_and_measures_metres() {
        let p = Projection::new(44.0, -72.0);
        let xy = p.to_xy(44.001, -71.999);
        assert!((xy.y - 111.32).abs() < 0.01);
        let back = p.to_point(xy);
        assert!((back.lat - 44.001).abs() < 1e-9 && (back.lon + 71.999).abs() < 1e-9);
        let d = GeoPoint { lat: 44.0, lon: -72.0 }.distance_m(&back);
        assert!((d - xy.dist(Xy { x: 0.0, y: 0.0 })).abs() < 0.5, "{d}");
    }

    #[test]
    fn crossings_t_junctions_and_misses() {
        let o = |x, y| Xy { x, y };
        assert_eq!(segment_meet(o(0.0, 0.0), o(10.0, 10.0), o(0.0, 10.0), o(10.0, 0.0), 1.0), Some(o(5.0, 5.0)));
        // T-junction that stops 0.5 m short.
        let t = segment_meet(o(0.0, 0.0), o(10.0, 0.0), o(5.0, 0.5), o(5.0, 10.0), 1.0).unwrap();
        assert!(t.dist(o(5.0, 0.5)) < 1e-9);
        assert_eq!(segment_meet(o(0.0, 0.0), o(10.0, 0.0), o(0.0, 5.0), o(10.0, 5.0), 1.0), None);
    }

    #[test]
    fn polygon_and_polyline_helpers() {
        let o = |x, y| Xy { x, y };
        let square = vec![o(0.0, 0.0), o(10.0, 0.0), o(10.0, 10.0), o(0.0, 10.0), o(0.0, 0.0)];
        assert!(in_polygon(o(5.0, 5.0), std::slice::from_ref(&square)));
        assert!(!in_polygon(o(15.0, 5.0), std::slice::from_ref(&square)));
        let c = centroid(&square);
        assert!(c.dist(o(5.0, 5.0)) < 1e-9);
        let line = vec![o(0.0, 0.0), o(10.0, 0.0), o(10.0, 10.0)];
        let cum = cumulative(&line);
        assert_eq!(along(&line, &cum, 0.75), o(10.0, 5.0));
        assert_eq!(along(&line, &cum, 0.0), o(0.0, 0.0));
    }
}
