//! Which OpenStreetMap tags make an element a street, a landmark, a neighbourhood, a jurisdiction or an
//! address, and the few values read from them. Only these keys are kept in memory while importing.

/// Keys read by the importer; every other tag is dropped as soon as an element is seen.
const KEPT_KEYS: &[&str] = &[
    "name",
    "alt_name",
    "old_name",
    "short_name",
    "ref",
    "highway",
    "amenity",
    "shop",
    "tourism",
    "leisure",
    "public_transport",
    "railway",
    "place",
    "boundary",
    "type",
    "addr:housenumber",
    "addr:street",
    "addr:interpolation",
];

/// Keys whose value is a landmark's category ("amenity=library" -> "library"), in order of preference.
const LANDMARK_KEYS: &[&str] = &["amenity", "shop", "tourism", "leisure", "public_transport"];

/// `highway=*` values that are not streets anyone is on: planned, demolished or mapped as a stop area.
const NOT_A_STREET: &[&str] = &["proposed", "construction", "abandoned", "razed", "platform", "bus_stop", "elevator"];

/// The kept tags of one element.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tags(Vec<(Box<str>, Box<str>)>);

impl Tags {
    /// Keeps the tags the importer reads, drops the rest.
    pub fn from_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        Tags(pairs.filter(|(k, v)| !v.trim().is_empty() && KEPT_KEYS.contains(k)).map(|(k, v)| (k.into(), v.trim().into())).collect())
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| &**k == key).map(|(_, v)| &**v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn name(&self) -> Option<&str> {
        self.get("name")
    }

    /// Other names people use: `alt_name`, `old_name`, `short_name` and (for streets) `ref`, each of which
    /// may hold several values separated by `;`.
    pub fn aliases(&self, with_ref: bool) -> Vec<String> {
        let keys: &[&str] = if with_ref { &["alt_name", "old_name", "short_name", "ref"] } else { &["alt_name", "old_name", "short_name"] };
        let mut out: Vec<String> = Vec::new();
        for v in keys.iter().filter_map(|k| self.get(k)) {
            for a in v.split(';').map(str::trim).filter(|a| !a.is_empty()) {
                if Some(a) != self.name() && !out.iter().any(|o| o == a) {
                    out.push(a.to_owned());
                }
            }
        }
        out
    }

    /// A named highway (any `highway=*` but the planned or stop-area kinds).
    pub fn is_street(&self) -> bool {
        self.name().is_some() && self.get("highway").is_some_and(|h| !NOT_A_STREET.contains(&h))
    }

    /// The category of a named landmark: the value of its amenity/shop/tourism/leisure/public_transport tag
    /// with underscores as spaces, or "station" for `railway=station`.
    pub fn landmark_category(&self) -> Option<String> {
        self.name()?;
        if self.get("railway") == Some("station") {
            return Some("station".to_owned());
        }
        let value = LANDMARK_KEYS.iter().find_map(|k| self.get(k))?;
        (value != "yes").then(|| value.replace('_', " "))
    }

    /// `place=neighbourhood|suburb|quarter` with a name: the kind of place.
    pub fn neighbourhood_kind(&self) -> Option<&str> {
        self.name()?;
        self.get("place").filter(|p| matches!(*p, "neighbourhood" | "suburb" | "quarter"))
    }

    /// A named administrative or police boundary.
    pub fn is_jurisdiction(&self) -> bool {
        self.name().is_some() && matches!(self.get("boundary"), Some("administrative" | "police"))
    }

    /// A relation whose member ways form areas (`type=multipolygon` or `type=boundary`).
    pub fn is_area_relation(&self) -> bool {
        matches!(self.get("type"), Some("multipolygon" | "boundary"))
    }

    /// Whether an area (closed way or multipolygon) with these tags is imported.
    pub fn wants_area(&self) -> bool {
        self.is_jurisdiction() || self.neighbourhood_kind().is_some() || self.landmark_category().is_some()
    }

    /// `addr:housenumber` as a number: its leading digits ("12A" -> 12, "10-14" -> 10).
    pub fn house_number(&self) -> Option<u32> {
        let v = self.get("addr:housenumber")?;
        let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    }

    pub fn addr_street(&self) -> Option<&str> {
        self.get("addr:street")
    }

    pub fn is_interpolation(&self) -> bool {
        self.get("addr:interpolation").is_some()
    }
}

/// An agency id for a jurisdiction imported from OpenStreetMap, which has none: its name in lower case
/// with runs of other characters as `-` ("Oakford Police Department" -> "oakford-police-department").
pub fn agency_id(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(pairs: &[(&str, &str)]) -> Tags {
        Tags::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn classifies_what_it_reads() {
        let street = tags(&[("highway", "residential"), ("name", "Oak Avenue"), ("old_name", "Mill Road;Mill Rd"), ("surface", "asphalt")]);
        assert!(street.is_street());
        assert_eq!(street.aliases(true), vec!["Mill Road", "Mill Rd"]);
        assert_eq!(street.get("surface"), None, "unread tags are dropped");
        assert!(!tags(&[("highway", "service")]).is_street(), "a street needs a name");
        assert!(!tags(&[("highway", "proposed"), ("name", "Future Way")]).is_street());
        assert_eq!(tags(&[("amenity", "fast_food"), ("name", "Bob's")]).landmark_category().as_deref(), Some("fast food"));
        assert_eq!(tags(&[("railway", "station"), ("name", "Central")]).landmark_category().as_deref(), Some("station"));
        assert_eq!(tags(&[("shop", "yes"), ("name", "Corner")]).landmark_category(), None);
        assert_eq!(tags(&[("place", "suburb"), ("name", "Northgate")]).neighbourhood_kind(), Some("suburb"));
        assert_eq!(tags(&[("place", "city"), ("name", "Oakford")]).neighbourhood_kind(), None);
        assert!(tags(&[("boundary", "police"), ("name", "North Precinct")]).is_jurisdiction());
        assert_eq!(tags(&[("addr:housenumber", "12A")]).house_number(), Some(12));
        assert_eq!(tags(&[("addr:housenumber", "A")]).house_number(), None);
        assert_eq!(agency_id("Oakford Police Dept."), "oakford-police-dept");
    }
}
