//! Gazetteer features as GeoJSON, in the shape [`Gazetteer::from_geojson`](super::Gazetteer::from_geojson)
//! reads: what an import from another source (OpenStreetMap) writes, for an agency to review and edit.

use serde_json::{json, Map, Value};

use super::Feature;
use crate::geo::GeoPoint;

/// `[lon, lat]` rounded to 1e-7 degrees (OpenStreetMap's precision, about 1 cm), so that projected and
/// interpolated points do not print float noise.
fn position(p: &GeoPoint) -> Value {
    let round = |v: f64| (v * 1e7).round() / 1e7;
    json!([round(p.lon), round(p.lat)])
}

fn polygons_geometry(polygons: &[Vec<Vec<GeoPoint>>]) -> Value {
    let coords = |poly: &Vec<Vec<GeoPoint>>| Value::Array(poly.iter().map(|ring| Value::Array(ring.iter().map(position).collect())).collect());
    match polygons {
        [one] => json!({"type": "Polygon", "coordinates": coords(one)}),
        many => json!({"type": "MultiPolygon", "coordinates": many.iter().map(coords).collect::<Vec<_>>()}),
    }
}

/// One GeoJSON feature; empty optional properties are left out.
pub fn feature_to_geojson(feature: &Feature) -> Value {
    let mut props = Map::new();
    let geometry = match feature {
        Feature::Street { name, aliases, lines, house_numbers } => {
            props.insert("kind".into(), json!("street"));
            props.insert("name".into(), json!(name));
            if !aliases.is_empty() {
                props.insert("aliases".into(), json!(aliases));
            }
            if let Some((from, to)) = house_numbers {
                props.insert("addr_from".into(), json!(from));
                props.insert("addr_to".into(), json!(to));
            }
            let line = |l: &Vec<GeoPoint>| Value::Array(l.iter().map(position).collect());
            match lines.as_slice() {
                [one] => json!({"type": "LineString", "coordinates": line(one)}),
                many => json!({"type": "MultiLineString", "coordinates": many.iter().map(line).collect::<Vec<_>>()}),
            }
        }
        Feature::Landmark { name, category, aliases, location, radius_m } => {
            props.insert("kind".into(), json!("landmark"));
            props.insert("name".into(), json!(name));
            if let Some(c) = category {
                props.insert("category".into(), json!(c));
            }
            if !aliases.is_empty() {
                props.insert("aliases".into(), json!(aliases));
            }
            if let Some(r) = radius_m {
                props.insert("radius_m".into(), json!((r * 10.0).round() / 10.0));
            }
            json!({"type": "Point", "coordinates": position(location)})
        }
        Feature::Neighbourhood { name, aliases, polygons } => {
            props.insert("kind".into(), json!("neighbourhood"));
            props.insert("name".into(), json!(name));
            if !aliases.is_empty() {
                props.insert("aliases".into(), json!(aliases));
            }
            polygons_geometry(polygons)
        }
        Feature::Jurisdiction { name, agency, polygons } => {
            props.insert("kind".into(), json!("jurisdiction"));
            props.insert("name".into(), json!(name));
            if let Some(a) = agency {
                props.insert("agency".into(), json!(a));
            }
            polygons_geometry(polygons)
        }
    };
    json!({"type": "Feature", "properties": props, "geometry": geometry})
}

/// A `FeatureCollection` of the features as text, one feature per line (so that a re-import diffs line by
/// line against the last one), named if a name is given.
pub fn to_geojson(name: Option<&str>, features: &[Feature]) -> String {
    let mut out = String::from("{\"type\": \"FeatureCollection\", ");
    if let Some(n) = name {
        out.push_str(&format!("\"name\": {}, ", json!(n)));
    }
    out.push_str("\"features\": [\n");
    let lines: Vec<String> = features.iter().map(|f| feature_to_geojson(f).to_string()).collect();
    out.push_str(&lines.join(",\n"));
    out.push_str("\n]}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::super::Gazetteer;
    use super::*;

    #[test]
    fn features_survive_a_round_trip() {
        let p = |lat, lon| GeoPoint { lat, lon };
        let square = vec![vec![p(0.0, 0.0), p(0.0, 0.004), p(0.001, 0.004), p(0.001, 0.0), p(0.0, 0.0)]];
        let features = vec![
            Feature::Street { name: "Main Street".into(), aliases: vec!["Route 12".into()], lines: vec![vec![p(0.0, 0.0), p(0.0, 0.004)]], house_numbers: Some((100, 198)) },
            Feature::Street { name: "First Avenue".into(), aliases: vec![], lines: vec![vec![p(-0.001, 0.002), p(0.001, 0.002)]], house_numbers: None },
            Feature::Landmark { name: "Town Library".into(), category: Some("library".into()), aliases: vec![], location: p(0.0002, 0.001), radius_m: Some(42.0) },
            Feature::Neighbourhood { name: "Old Town".into(), aliases: vec!["the old town".into()], polygons: vec![square.clone()] },
            Feature::Jurisdiction { name: "North PD".into(), agency: Some("north-pd".into()), polygons: vec![square.clone(), square] },
        ];
        let text = to_geojson(Some("round trip"), &features);
        assert_eq!(text.lines().count(), 2 + features.len(), "one feature per line");
        let g = Gazetteer::from_geojson(&text).unwrap();
        assert_eq!(g.name.as_deref(), Some("round trip"));
        assert_eq!((g.streets().len(), g.landmarks().len(), g.neighbourhoods().len(), g.jurisdictions().len()), (2, 1, 1, 1));
        assert_eq!(g.streets()[0].aliases, vec!["Route 12"]);
        assert_eq!(g.landmarks()[0].radius_m, 42.0);
        assert_eq!(g.jurisdictions()[0].agency.as_deref(), Some("north-pd"));
        let main = g.streets_with_base("main")[0];
        let addr = g.address(149, main).unwrap();
        assert!((addr.location.lon - 0.002).abs() < 1e-4, "149 lies half way along 100-198: {addr:?}");
    }
}
