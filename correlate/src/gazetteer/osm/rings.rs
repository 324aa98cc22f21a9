//! Areas from OpenStreetMap ways: joining a multipolygon's member ways end to end into closed rings,
//! grouping holes with the outer ring around them, centroids, and a stand-in circle for areas mapped only
//! as a point.

use crate::gazetteer::geometry::{self, Projection};
use crate::geo::GeoPoint;

/// Joins ways (node id lists) that share end nodes into closed rings. `None` when any chain cannot be
/// closed: the extract cut the area off, and a partial outline would place points wrongly.
pub fn join_rings(ways: &[&[i64]]) -> Option<Vec<Vec<i64>>> {
    let mut unused: Vec<&[i64]> = ways.iter().copied().filter(|w| w.len() >= 2).collect();
    let mut rings = Vec::new();
    while let Some(first) = unused.pop() {
        let mut ring: Vec<i64> = first.to_vec();
        // Each step uses up one way, so this ends after at most `ways.len()` steps.
        while ring.first() != ring.last() {
            let end = *ring.last()?;
            let next = unused.iter().position(|w| w.first() == Some(&end) || w.last() == Some(&end))?;
            let way = unused.swap_remove(next);
            if way.first() == Some(&end) {
                ring.extend_from_slice(&way[1..]);
            } else {
                ring.extend(way.iter().rev().skip(1));
            }
        }
        if ring.len() >= 4 {
            rings.push(ring);
        }
    }
    Some(rings)
}

/// Polygons (outer ring first, then its holes) from outer and inner rings: each inner ring goes to the
/// first outer ring that holds its first point; inner rings inside no outer ring are dropped.
pub fn polygons(outers: Vec<Vec<GeoPoint>>, inners: Vec<Vec<GeoPoint>>) -> Vec<Vec<Vec<GeoPoint>>> {
    let Some(origin) = outers.first().and_then(|r| r.first()) else { return Vec::new() };
    let proj = Projection::new(origin.lat, origin.lon);
    let xy = |r: &[GeoPoint]| r.iter().map(|p| proj.to_xy(p.lat, p.lon)).collect::<Vec<_>>();
    let outer_xy: Vec<_> = outers.iter().map(|r| xy(r)).collect();
    let mut polys: Vec<Vec<Vec<GeoPoint>>> = outers.into_iter().map(|r| vec![r]).collect();
    for inner in inners {
        let Some(p) = inner.first() else { continue };
        let p = proj.to_xy(p.lat, p.lon);
        if let Some(k) = outer_xy.iter().position(|ring| geometry::in_polygon(p, std::slice::from_ref(ring))) {
            polys[k].push(inner);
        }
    }
    polys
}

/// Area-weighted centroid of a ring (vertex mean for lines and degenerate rings), and the distance from it
/// to the farthest vertex.
pub fn centre_and_reach(points: &[GeoPoint]) -> Option<(GeoPoint, f64)> {
    let origin = points.first()?;
    let proj = Projection::new(origin.lat, origin.lon);
    let xy: Vec<_> = points.iter().map(|p| proj.to_xy(p.lat, p.lon)).collect();
    let closed = xy.len() >= 4 && points.first() == points.last();
    let c = if closed {
        geometry::centroid(&xy)
    } else {
        let k = xy.len() as f64;
        geometry::Xy { x: xy.iter().map(|p| p.x).sum::<f64>() / k, y: xy.iter().map(|p| p.y).sum::<f64>() / k }
    };
    let reach = xy.iter().map(|p| p.dist(c)).fold(0.0, f64::max);
    Some((proj.to_point(c), reach))
}

/// A 24-sided ring of `radius_m` around `centre`: the stand-in outline of a neighbourhood mapped only as a
/// `place=*` node.
pub fn circle(centre: GeoPoint, radius_m: f64) -> Vec<GeoPoint> {
    let proj = Projection::new(centre.lat, centre.lon);
    let mut ring: Vec<GeoPoint> = (0..24)
        .map(|i| {
            let a = i as f64 * std::f64::consts::TAU / 24.0;
            proj.to_point(geometry::Xy { x: radius_m * a.cos(), y: radius_m * a.sin() })
        })
        .collect();
    ring.push(ring[0]);
    ring
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_ways_in_any_direction_and_refuses_open_chains() {
        // A square 1-2-3-4 drawn as three ways, one of them reversed.
        let rings = join_rings(&[&[1, 2], &[3, 2], &[3, 4, 1]]).unwrap();
        assert_eq!(rings.len(), 1);
        assert_eq!(rings[0].len(), 5);
        assert_eq!(rings[0].first(), rings[0].last());
        assert_eq!(join_rings(&[&[1, 2, 3, 1], &[7, 8, 9, 7]]).unwrap().len(), 2);
        assert!(join_rings(&[&[1, 2], &[2, 3]]).is_none(), "an outline the extract cut off is not an area");
    }

    #[test]
    fn centroid_of_a_square_and_circle_radius() {
        let p = |lat, lon| GeoPoint { lat, lon };
        let square = [p(0.0, 0.0), p(0.0, 0.002), p(0.002, 0.002), p(0.002, 0.0), p(0.0, 0.0)];
        let (c, reach) = centre_and_reach(&square).unwrap();
        assert!((c.lat - 0.001).abs() < 1e-6 && (c.lon - 0.001).abs() < 1e-6);
        assert!((reach - 157.0).abs() < 2.0, "half the diagonal of a 222 m square, got {reach}");
        let ring = circle(p(45.0, -73.0), 500.0);
        assert!(ring.iter().all(|q| (q.distance_m(&p(45.0, -73.0)) - 500.0).abs() < 2.0));
    }
}
