//! Points on the earth (WGS 84) and the few geometric facts the rest of the crate needs.

use serde::{Deserialize, Serialize};

/// Mean earth radius used for haversine distances; error is well under 0.5% at city scale.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Why a coordinate pair was rejected.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeoError {
    /// Latitude outside [-90, 90] or not a finite number.
    #[error("latitude {0} is outside -90..=90")]
    Latitude(f64),
    /// Longitude outside [-180, 180] or not a finite number.
    #[error("longitude {0} is outside -180..=180")]
    Longitude(f64),
}

/// A validated WGS 84 coordinate. Construct with [`GeoPoint::new`]; deserialising validates too.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawPoint")]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    lat: f64,
    lon: f64,
}

impl TryFrom<RawPoint> for GeoPoint {
    type Error = GeoError;
    fn try_from(raw: RawPoint) -> Result<Self, GeoError> {
        GeoPoint::new(raw.lat, raw.lon)
    }
}

impl GeoPoint {
    /// Validates ranges; NaN and infinities are rejected by the same range checks.
    pub fn new(lat: f64, lon: f64) -> Result<Self, GeoError> {
        if !(-90.0..=90.0).contains(&lat) {
            return Err(GeoError::Latitude(lat));
        }
        if !(-180.0..=180.0).contains(&lon) {
            return Err(GeoError::Longitude(lon));
        }
        Ok(Self { lat, lon })
    }

    /// Great-circle distance in metres (haversine).
    pub fn distance_m(&self, other: &GeoPoint) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_out_of_range_and_nan() {
        assert_eq!(GeoPoint::new(91.0, 0.0), Err(GeoError::Latitude(91.0)));
        assert_eq!(GeoPoint::new(0.0, -180.5), Err(GeoError::Longitude(-180.5)));
        assert!(GeoPoint::new(f64::NAN, 0.0).is_err());
        assert!(GeoPoint::new(0.0, f64::INFINITY).is_err());
        assert!(GeoPoint::new(-90.0, 180.0).is_ok());
    }

    #[test]
    fn deserialising_validates() {
        assert!(serde_json::from_str::<GeoPoint>(r#"{"lat": 100, "lon": 0}"#).is_err());
        assert!(serde_json::from_str::<GeoPoint>(r#"{"lat": 1, "lon": 2, "alt": 3}"#).is_err());
        let p: GeoPoint = serde_json::from_str(r#"{"lat": 51.5, "lon": -0.12}"#).unwrap();
        assert_eq!(p, GeoPoint { lat: 51.5, lon: -0.12 });
    }

    #[test]
    fn distance_matches_known_value() {
        // One degree of latitude is about 111.2 km everywhere.
        let a = GeoPoint::new(40.0, -75.0).unwrap();
        let b = GeoPoint::new(41.0, -75.0).unwrap();
        let d = a.distance_m(&b);
        assert!((d - 111_195.0).abs() < 50.0, "{d}");
        assert_eq!(a.distance_m(&a), 0.0);
    }
}
