//! An agency's map in memory: streets, landmarks, neighbourhoods and jurisdictions, indexed once at load.
//!
//! The gazetteer is read from GeoJSON text (the gateway reads the file; this crate never does I/O):
//! - streets: `LineString`/`MultiLineString` features with `name`, optional `aliases` and optional
//!   `addr_from`/`addr_to` house numbers running from the first to the last coordinate of the segment;
//! - landmarks: `Point` features with `name`, optional `category` ("library"), `aliases` and `radius_m`;
//! - neighbourhoods: `Polygon`/`MultiPolygon` features with `kind: "neighbourhood"`;
//! - jurisdictions: polygons with `kind: "jurisdiction"` and an `agency` id, for routing.
//!
//! A feature's `kind` property says what it is; without one, lines are streets, points landmarks and
//! polygons neighbourhoods. An optional top-level `utc_offset_minutes` gives the town's local time offset,
//! used to read clock times in tips ("at half past ten").
//!
//! # Layout
//! - [`geometry`]: local projection, segment crossings, point in polygon.
//! - [`names`]: name keys, phonetic keys and bounded edit distance for fuzzy matching.
//! - [`geocode`]: addresses, blocks, intersections, landmarks and areas to candidates with radius and confidence.
//! - [`export`]: features back to GeoJSON (what an import writes for the agency to review).
//! - `osm` (feature `osm`): features from an OpenStreetMap PBF extract.
//!
//! Other sources (an OpenStreetMap extract) feed [`GazetteerBuilder`] with [`Feature`]s directly.

pub mod export;
pub mod geocode;
pub mod geometry;
pub mod names;
#[cfg(feature = "osm")]
pub mod osm;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::geo::{GeoError, GeoPoint};
pub use geocode::Candidate;
use geometry::{Projection, Xy};
use names::{name_tokens, FuzzyIndex};

/// Why a gazetteer could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The text is not JSON, or not shaped like GeoJSON.
    #[error("gazetteer is not valid GeoJSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The top level is not a `FeatureCollection`.
    #[error("gazetteer must be a GeoJSON FeatureCollection, found `{0}`")]
    NotFeatureCollection(String),
    /// A feature lacks something it needs (a name, usable geometry).
    #[error("feature {index}: {reason}")]
    Feature { index: usize, reason: String },
    /// A coordinate is outside WGS 84 ranges.
    #[error("feature {index}: {source}")]
    Coordinate { index: usize, source: GeoError },
}

/// A street (all segments sharing one name).
#[derive(Debug, Clone, Serialize)]
pub struct Street {
    pub name: String,
    pub aliases: Vec<String>,
    /// Canonical suffix key ("street", "avenue"), if the name has one.
    pub suffix: Option<String>,
    #[serde(skip)]
    segments: Vec<u32>,
    pub length_m: f64,
}

#[derive(Debug, Clone)]
struct Segment {
    street: u32,
    points: Vec<Xy>,
    cum: Vec<f64>,
    range: Option<(u32, u32)>,
}

/// A named point: a building, business, park or station.
#[derive(Debug, Clone, Serialize)]
pub struct Landmark {
    pub name: String,
    pub category: Option<String>,
    pub aliases: Vec<String>,
    pub location: GeoPoint,
    /// How far the landmark extends from its point (a park is larger than a shop).
    pub radius_m: f64,
}

/// A named area: a neighbourhood or a jurisdiction.
#[derive(Debug, Clone, Serialize)]
pub struct Area {
    pub name: String,
    pub aliases: Vec<String>,
    /// For jurisdictions: the agency that receives tips here.
    pub agency: Option<String>,
    pub centre: GeoPoint,
    /// Distance from the centre to the farthest vertex.
    pub radius_m: f64,
    #[serde(skip)]
    polygons: Vec<Vec<Vec<Xy>>>,
}

/// What a phrase in a tip can refer to.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// Street ids sharing this base name ("maple" -> Maple Avenue, Maple Street).
    Street(Vec<u32>),
    Landmark(u32),
    Neighbourhood(u32),
    /// A landmark category ("library", "police station").
    Category(String),
}

/// A phrase of name keys and what it names.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub tokens: Vec<String>,
    pub target: Target,
    /// True for aliases and categories: a weaker match than an official name.
    pub alias: bool,
}

/// The loaded, indexed gazetteer.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub name: Option<String>,
    /// Local time offset for reading clock times in tips.
    pub utc_offset_minutes: i32,
    proj: Projection,
    streets: Vec<Street>,
    segments: Vec<Segment>,
    landmarks: Vec<Landmark>,
    neighbourhoods: Vec<Area>,
    jurisdictions: Vec<Area>,
    /// Street base name key ("3rd", "old mill") -> street ids.
    bases: FxHashMap<String, Vec<u32>>,
    /// First token key -> phrase ids.
    phrase_index: FxHashMap<String, Vec<u32>>,
    phrases: Vec<Phrase>,
    fuzzy: FuzzyIndex,
    /// First words of multi-word landmark and area names, for misheard first words.
    fuzzy_first: FuzzyIndex,
    /// Second words of those names: a fuzzy first word is only tried when one of these follows it.
    second_words: FxHashSet<String>,
    /// Street pair (lower id first) -> where they meet.
    intersections: FxHashMap<(u32, u32), Vec<Xy>>,
    categories: FxHashMap<String, Vec<u32>>,
}

#[derive(Deserialize)]
struct RawCollection {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    utc_offset_minutes: Option<i32>,
    #[serde(default)]
    features: Vec<RawFeature>,
}

#[derive(Deserialize)]
struct RawFeature {
    #[serde(default)]
    properties: Option<RawProps>,
    geometry: Option<RawGeometry>,
}

#[derive(Deserialize, Default)]
struct RawProps {
    kind: Option<String>,
    name: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    addr_from: Option<u32>,
    addr_to: Option<u32>,
    category: Option<String>,
    radius_m: Option<f64>,
    agency: Option<String>,
}

#[derive(Deserialize)]
struct RawGeometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    coordinates: Value,
}

/// Tolerance for T-junctions whose lines stop just short of each other.
const JUNCTION_TOLERANCE_M: f64 = 3.0;
/// Crossings of the same two streets closer than this are one intersection.
const SAME_JUNCTION_M: f64 = 25.0;
const GRID_CELL_M: f64 = 200.0;

fn bad(index: usize, reason: &str) -> GazetteerError {
    GazetteerError::Feature { index, reason: reason.to_owned() }
}

fn lonlat(v: &Value, index: usize) -> Result<(f64, f64), GazetteerError> {
    let a = v.as_array().ok_or_else(|| bad(index, "a coordinate is not an array"))?;
    let (Some(lon), Some(lat)) = (a.first().and_then(Value::as_f64), a.get(1).and_then(Value::as_f64)) else {
        return Err(bad(index, "a coordinate is not [lon, lat]"));
    };
    GeoPoint::new(lat, lon).map_err(|source| GazetteerError::Coordinate { index, source })?;
    Ok((lon, lat))
}

fn line(v: &Value, index: usize) -> Result<Vec<(f64, f64)>, GazetteerError> {
    v.as_array().ok_or_else(|| bad(index, "a line is not an array"))?.iter().map(|c| lonlat(c, index)).collect()
}

fn lines(v: &Value, index: usize) -> Result<Vec<Vec<(f64, f64)>>, GazetteerError> {
    v.as_array().ok_or_else(|| bad(index, "expected an array of lines"))?.iter().map(|l| line(l, index)).collect()
}

/// One feature of a gazetteer in WGS 84: what [`GazetteerBuilder`] takes from any source (GeoJSON here;
/// an OpenStreetMap extract read by the `osm` module, feature `osm`).
#[derive(Debug, Clone, PartialEq)]
pub enum Feature {
    /// A street segment or polyline; features sharing a name form one street. House numbers run from the
    /// first to the last point of each line.
    Street { name: String, aliases: Vec<String>, lines: Vec<Vec<GeoPoint>>, house_numbers: Option<(u32, u32)> },
    Landmark { name: String, category: Option<String>, aliases: Vec<String>, location: GeoPoint, radius_m: Option<f64> },
    /// Polygons as rings (outer first, then holes).
    Neighbourhood { name: String, aliases: Vec<String>, polygons: Vec<Vec<Vec<GeoPoint>>> },
    Jurisdiction { name: String, agency: Option<String>, polygons: Vec<Vec<Vec<GeoPoint>>> },
}

/// Collects features, then builds every index once ([`GazetteerBuilder::build`]).
#[derive(Debug, Clone, Default)]
pub struct GazetteerBuilder {
    name: Option<String>,
    utc_offset_minutes: i32,
    features: Vec<Feature>,
}

impl GazetteerBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The town's local offset from UTC, for reading clock times in tips.
    pub fn utc_offset_minutes(mut self, minutes: i32) -> Self {
        self.utc_offset_minutes = minutes;
        self
    }

    /// Adds a feature; rejects what could never be matched or placed (no name, a line of one point, an
    /// area without a ring). Errors carry the feature's position in the order added.
    pub fn add(&mut self, feature: Feature) -> Result<(), GazetteerError> {
        let index = self.features.len();
        let name = match &feature {
            Feature::Street { name, .. } | Feature::Landmark { name, .. } | Feature::Neighbourhood { name, .. } | Feature::Jurisdiction { name, .. } => name,
        };
        if name.trim().is_empty() {
            return Err(bad(index, "no `name`"));
        }
        match &feature {
            Feature::Street { lines, .. } if lines.iter().all(|l| l.len() < 2) => return Err(bad(index, "a street needs a line of at least two points")),
            Feature::Neighbourhood { polygons, .. } | Feature::Jurisdiction { polygons, .. } if polygons.iter().flatten().all(|r| r.len() < 3) => {
                return Err(bad(index, "an area needs a polygon ring of at least three points"))
            }
            _ => {}
        }
        self.features.push(feature);
        Ok(())
    }

    /// Projects around the features' centre and builds the name, phrase, fuzzy and intersection indexes.
    pub fn build(self) -> Gazetteer {
        let points = self.features.iter().flat_map(|f| -> Box<dyn Iterator<Item = &GeoPoint> + '_> {
            match f {
                Feature::Street { lines, .. } => Box::new(lines.iter().flatten()),
                Feature::Landmark { location, .. } => Box::new(std::iter::once(location)),
                Feature::Neighbourhood { polygons, .. } | Feature::Jurisdiction { polygons, .. } => Box::new(polygons.iter().flatten().flatten()),
            }
        });
        let (mut sum_lat, mut sum_lon, mut n) = (0.0, 0.0, 0usize);
        for p in points {
            sum_lat += p.lat;
            sum_lon += p.lon;
            n += 1;
        }
        let proj = if n == 0 { Projection::new(0.0, 0.0) } else { Projection::new(sum_lat / n as f64, sum_lon / n as f64) };
        let mut g = Gazetteer {
            name: self.name,
            utc_offset_minutes: self.utc_offset_minutes,
            proj,
            streets: Vec::new(),
            segments: Vec::new(),
            landmarks: Vec::new(),
            neighbourhoods: Vec::new(),
            jurisdictions: Vec::new(),
            bases: FxHashMap::default(),
            phrase_index: FxHashMap::default(),
            phrases: Vec::new(),
            fuzzy: FuzzyIndex::default(),
            fuzzy_first: FuzzyIndex::default(),
            second_words: Default::default(),
            intersections: FxHashMap::default(),
            categories: FxHashMap::default(),
        };
        let xy = |p: &GeoPoint| proj.to_xy(p.lat, p.lon);
        let mut street_by_name: FxHashMap<String, u32> = FxHashMap::default();
        for f in self.features {
            match f {
                Feature::Street { name, aliases, lines, house_numbers } => {
                    let id = *street_by_name.entry(name.clone()).or_insert_with(|| {
                        g.streets.push(Street { name, aliases: Vec::new(), suffix: None, segments: Vec::new(), length_m: 0.0 });
                        (g.streets.len() - 1) as u32
                    });
                    let street = &mut g.streets[id as usize];
                    for a in aliases {
                        if !street.aliases.contains(&a) {
                            street.aliases.push(a);
                        }
                    }
                    for line in lines.iter().filter(|l| l.len() >= 2) {
                        let points: Vec<Xy> = line.iter().map(xy).collect();
                        let cum = geometry::cumulative(&points);
                        g.streets[id as usize].length_m += cum.last().copied().unwrap_or(0.0);
                        g.streets[id as usize].segments.push(g.segments.len() as u32);
                        g.segments.push(Segment { street: id, points, cum, range: house_numbers });
                    }
                }
                Feature::Landmark { name, category, aliases, location, radius_m } => g.landmarks.push(Landmark {
                    name,
                    category: category.map(|c| c.to_lowercase()),
                    aliases,
                    location,
                    radius_m: radius_m.filter(|r| r.is_finite() && *r > 0.0).unwrap_or(30.0),
                }),
                Feature::Neighbourhood { name, aliases, polygons } => g.neighbourhoods.push(area(&proj, name, aliases, None, &polygons)),
                Feature::Jurisdiction { name, agency, polygons } => g.jurisdictions.push(area(&proj, name, Vec::new(), agency, &polygons)),
            }
        }
        g.build_names();
        g.build_intersections();
        g
    }
}

fn area(proj: &Projection, name: String, aliases: Vec<String>, agency: Option<String>, polygons: &[Vec<Vec<GeoPoint>>]) -> Area {
    let polygons: Vec<Vec<Vec<Xy>>> =
        polygons.iter().map(|poly| poly.iter().map(|ring| ring.iter().map(|p| proj.to_xy(p.lat, p.lon)).collect()).collect()).collect();
    let outer = polygons.iter().flatten().find(|r| r.len() >= 3).map(Vec::as_slice).unwrap_or(&[]);
    let centre_xy = geometry::centroid(outer);
    let radius_m = polygons.iter().flatten().flatten().map(|p| p.dist(centre_xy)).fold(0.0, f64::max);
    Area { name, aliases, agency, centre: proj.to_point(centre_xy), radius_m, polygons }
}

impl Gazetteer {
    /// Parses GeoJSON text (see the module docs for the properties read) and builds every index.
    pub fn from_geojson(text: &str) -> Result<Self, GazetteerError> {
        let raw: RawCollection = serde_json::from_str(text)?;
        if raw.kind != "FeatureCollection" {
            return Err(GazetteerError::NotFeatureCollection(raw.kind));
        }
        let mut b = GazetteerBuilder::new().utc_offset_minutes(raw.utc_offset_minutes.unwrap_or(0));
        b.name = raw.name;
        for (index, f) in raw.features.into_iter().enumerate() {
            let props = f.properties.unwrap_or_default();
            let Some(geom) = f.geometry else { return Err(bad(index, "no geometry")) };
            let (mut parts, mut polygons) = (Vec::new(), Vec::new());
            match geom.kind.as_str() {
                "Point" => parts.push(vec![lonlat(&geom.coordinates, index)?]),
                "LineString" => parts.push(line(&geom.coordinates, index)?),
                "MultiLineString" => parts = lines(&geom.coordinates, index)?,
                "Polygon" => polygons.push(lines(&geom.coordinates, index)?),
                "MultiPolygon" => {
                    for p in geom.coordinates.as_array().ok_or_else(|| bad(index, "MultiPolygon is not an array"))? {
                        polygons.push(lines(p, index)?);
                    }
                }
                other => return Err(bad(index, &format!("unsupported geometry `{other}`"))),
            }
            let kind = props.kind.clone().unwrap_or_else(|| {
                match geom.kind.as_str() {
                    "Point" => "landmark",
                    "LineString" | "MultiLineString" => "street",
                    _ if props.agency.is_some() => "jurisdiction",
                    _ => "neighbourhood",
                }
                .to_owned()
            });
            let name = props.name.clone().unwrap_or_default();
            let pt = |&(lon, lat): &(f64, f64)| GeoPoint { lat, lon };
            let as_polys = |polys: &Vec<Vec<Vec<(f64, f64)>>>| -> Vec<Vec<Vec<GeoPoint>>> { polys.iter().map(|p| p.iter().map(|r| r.iter().map(pt).collect()).collect()).collect() };
            let feature = match kind.as_str() {
                "street" => Feature::Street {
                    name,
                    aliases: props.aliases,
                    lines: parts.iter().map(|l| l.iter().map(pt).collect()).collect(),
                    house_numbers: props.addr_from.zip(props.addr_to),
                },
                "landmark" => {
                    // A point, or the mean of a polygon's outer ring (a building outline).
                    let location = match (parts.first().and_then(|l| l.first()), polygons.first().and_then(|p| p.first())) {
                        (Some(p), _) => pt(p),
                        (None, Some(ring)) if !ring.is_empty() => {
                            let k = ring.len() as f64;
                            GeoPoint { lat: ring.iter().map(|p| p.1).sum::<f64>() / k, lon: ring.iter().map(|p| p.0).sum::<f64>() / k }
                        }
                        _ => return Err(bad(index, "a landmark needs a point")),
                    };
                    Feature::Landmark { name, category: props.category, aliases: props.aliases, location, radius_m: props.radius_m }
                }
                "neighbourhood" => Feature::Neighbourhood { name, aliases: props.aliases, polygons: as_polys(&polygons) },
                "jurisdiction" => Feature::Jurisdiction { name, agency: props.agency, polygons: as_polys(&polygons) },
                other => return Err(bad(index, &format!("unknown kind `{other}`"))),
            };
            // Keep the GeoJSON feature number in errors, not the builder's count.
            b.add(feature).map_err(|e| match e {
                GazetteerError::Feature { reason, .. } => GazetteerError::Feature { index, reason },
                other => other,
            })?;
        }
        Ok(b.build())
    }

    fn add_phrase(&mut self, tokens: Vec<String>, target: Target, alias: bool) {
        if tokens.is_empty() {
            return;
        }
        if tokens.len() >= 2 && matches!(target, Target::Landmark(_) | Target::Neighbourhood(_)) {
            self.fuzzy_first.insert(&tokens[0]);
            self.second_words.insert(tokens[1].clone());
        }
        let id = self.phrases.len() as u32;
        self.phrase_index.entry(tokens[0].clone()).or_default().push(id);
        self.phrases.push(Phrase { tokens, target, alias });
    }

    fn build_names(&mut self) {
        for id in 0..self.streets.len() {
            let names: Vec<String> = std::iter::once(self.streets[id].name.clone()).chain(self.streets[id].aliases.clone()).collect();
            for (k, name) in names.iter().enumerate() {
                let (base, suffix) = name_tokens(name);
                if k == 0 {
                    self.streets[id].suffix = suffix;
                }
                if base.is_empty() {
                    continue;
                }
                let key = base.join(" ");
                let ids = self.bases.entry(key).or_default();
                if !ids.contains(&(id as u32)) {
                    ids.push(id as u32);
                }
                if base.len() == 1 {
                    self.fuzzy.insert(&base[0]);
                }
            }
        }
        let mut bases: Vec<(String, Vec<u32>)> = self.bases.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        bases.sort();
        for (key, ids) in bases {
            self.add_phrase(key.split(' ').map(str::to_owned).collect(), Target::Street(ids), false);
        }
        for id in 0..self.landmarks.len() {
            let l = self.landmarks[id].clone();
            for (k, name) in std::iter::once(&l.name).chain(l.aliases.iter()).enumerate() {
                let toks = full_tokens(name);
                self.add_phrase(toks, Target::Landmark(id as u32), k > 0);
            }
            if let Some(cat) = &l.category {
                self.categories.entry(cat.clone()).or_default().push(id as u32);
            }
        }
        let mut cats: Vec<String> = self.categories.keys().cloned().collect();
        cats.sort();
        for cat in cats {
            self.add_phrase(full_tokens(&cat), Target::Category(cat.clone()), true);
        }
        for id in 0..self.neighbourhoods.len() {
            let a = self.neighbourhoods[id].clone();
            for (k, name) in std::iter::once(&a.name).chain(a.aliases.iter()).enumerate() {
                self.add_phrase(full_tokens(name), Target::Neighbourhood(id as u32), k > 0);
            }
        }
    }

    fn build_intersections(&mut self) {
        // Spatial hash of every edge, so only nearby edges are compared.
        let mut grid: FxHashMap<(i64, i64), Vec<(u32, u32)>> = FxHashMap::default();
        let cell = |v: f64| (v / GRID_CELL_M).floor() as i64;
        for (s, seg) in self.segments.iter().enumerate() {
            for e in 0..seg.points.len() - 1 {
                let (a, b) = (seg.points[e], seg.points[e + 1]);
                let t = JUNCTION_TOLERANCE_M;
                for cx in cell(a.x.min(b.x) - t)..=cell(a.x.max(b.x) + t) {
                    for cy in cell(a.y.min(b.y) - t)..=cell(a.y.max(b.y) + t) {
                        grid.entry((cx, cy)).or_default().push((s as u32, e as u32));
                    }
                }
            }
        }
        let mut found: FxHashMap<(u32, u32), Vec<Xy>> = FxHashMap::default();
        for edges in grid.values() {
            for (i, &(sa, ea)) in edges.iter().enumerate() {
                for &(sb, eb) in &edges[i + 1..] {
                    let (ta, tb) = (self.segments[sa as usize].street, self.segments[sb as usize].street);
                    if ta == tb {
                        continue;
                    }
                    let (pa, pb) = (&self.segments[sa as usize].points, &self.segments[sb as usize].points);
                    let Some(p) = geometry::segment_meet(pa[ea as usize], pa[ea as usize + 1], pb[eb as usize], pb[eb as usize + 1], JUNCTION_TOLERANCE_M) else {
                        continue;
                    };
                    let key = (ta.min(tb), ta.max(tb));
                    let pts = found.entry(key).or_default();
                    if !pts.iter().any(|q| q.dist(p) < SAME_JUNCTION_M) {
                        pts.push(p);
                    }
                }
            }
        }
        // Deterministic order regardless of hash iteration.
        for pts in found.values_mut() {
            pts.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
        }
        self.intersections = found;
    }

    pub fn streets(&self) -> &[Street] {
        &self.streets
    }

    pub fn landmarks(&self) -> &[Landmark] {
        &self.landmarks
    }

    pub fn neighbourhoods(&self) -> &[Area] {
        &self.neighbourhoods
    }

    pub fn jurisdictions(&self) -> &[Area] {
        &self.jurisdictions
    }

    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }

    pub fn intersection_count(&self) -> usize {
        self.intersections.values().map(Vec::len).sum()
    }

    /// Phrases whose first token is `key`.
    pub fn phrases_starting(&self, key: &str) -> impl Iterator<Item = &Phrase> {
        self.phrase_index.get(key).into_iter().flatten().map(|&i| &self.phrases[i as usize])
    }

    /// A landmark or area name whose first word is misheard but whose other words match exactly:
    /// (tokens used, target). Single-word names are never matched fuzzily here: nothing would confirm them.
    pub fn fuzzy_phrase_at(&self, keys: &[&str], i: usize) -> Option<(usize, &Target)> {
        // The first word as heard, or as a recogniser splits it in two ("oak fort high" for Oakford High).
        // (Halves of three letters or more: "of lincoln" is no misheard name.)
        for used in [1, 2] {
            let rest = i + used;
            // Cheap checks first: this runs at every word of every tip.
            let Some(heard) = keys.get(i..rest).filter(|h| used == 1 || h.iter().all(|w| w.chars().count() >= 3)) else { continue };
            if !keys.get(rest).is_some_and(|n| self.second_words.contains(*n)) {
                continue;
            }
            let word = heard.concat();
            // (Nor is a compass word a mishearing of another: "the department store east end" is no West End.)
            let compass = matches!(word.as_str(), "north" | "south" | "east" | "west");
            if self.phrase_index.contains_key(word.as_str()) || used == 1 && is_function_word(&word) || compass {
                continue;
            }
            // The rest of the name said exactly vouches for one more edit than a word alone may have: "oxford
            // high" (a word heard whole; two halves joined get no more than a word alone).
            let max = names::allowed_distance(word.chars().count()) + usize::from(used == 1);
            for (known, _) in self.fuzzy_first.lookup_within(&word, max) {
                let hit = self.phrases_starting(known).filter(|p| p.tokens.len() >= 2).find(|p| {
                    p.tokens[1..].iter().enumerate().all(|(k, w)| keys.get(rest + k).is_some_and(|x| x == w))
                });
                if let Some(p) = hit {
                    return Some((p.tokens.len() - 1 + used, &p.target));
                }
            }
        }
        None
    }

    /// A landmark or area name whose last word is misheard but whose other words match exactly: "city haul",
    /// "fresh mark" (City Hall, Fresh Mart): one edit, in a word of four letters or more.
    pub fn fuzzy_last_word_at(&self, keys: &[&str], i: usize) -> Option<(usize, &Target)> {
        self.phrases_starting(keys.get(i)?)
            .filter(|p| p.tokens.len() >= 2 && !matches!(p.target, Target::Street(_) | Target::Category(_)))
            .find(|p| {
                let last = p.tokens.len() - 1;
                let exact = p.tokens[..last].iter().enumerate().all(|(k, w)| keys.get(i + k).is_some_and(|x| x == w));
                let heard = keys.get(i + last).filter(|h| **h != p.tokens[last] && h.chars().count() >= 4);
                exact && heard.is_some_and(|h| names::bounded_edit_distance(h, &p.tokens[last], 1) <= 1)
            })
            .map(|p| (p.tokens.len(), &p.target))
    }

    /// Streets with this exact base name key.
    pub fn streets_with_base(&self, base: &str) -> &[u32] {
        self.bases.get(base).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Streets whose one-word base name is close to `word` (misheard or misspelled), best first.
    pub fn fuzzy_streets(&self, word: &str) -> Vec<(String, usize, Vec<u32>)> {
        self.fuzzy.lookup(word).into_iter().map(|(w, d)| (w.to_owned(), d, self.streets_with_base(w).to_vec())).collect()
    }

    /// Landmark ids in a category.
    pub fn landmarks_in(&self, category: &str) -> &[u32] {
        self.categories.get(category).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Jurisdictions containing a point (usually one; overlaps are the agencies' business).
    pub fn jurisdictions_at(&self, p: GeoPoint) -> Vec<&Area> {
        let xy = self.proj.to_xy(p.lat, p.lon);
        self.jurisdictions.iter().filter(|a| a.polygons.iter().any(|poly| geometry::in_polygon(xy, poly))).collect()
    }

    /// The neighbourhood containing a point, if any.
    pub fn neighbourhood_at(&self, p: GeoPoint) -> Option<&Area> {
        let xy = self.proj.to_xy(p.lat, p.lon);
        self.neighbourhoods.iter().find(|a| a.polygons.iter().any(|poly| geometry::in_polygon(xy, poly)))
    }
}

/// Words a recogniser hears for what they are, never a misheard name: "with school out for spring break" is
/// not "high school", "the road closes at six thirty will the marshals" is no Mill Road.
const FUNCTION_WORDS: &[&str] = &[
    "with", "that", "this", "what", "when", "where", "which", "while", "from", "into", "over", "under", "about", "after", "before",
    "there", "their", "they", "then", "than", "have", "just", "like", "some", "were", "your", "will", "would", "could", "should",
    "might", "must", "shall",
];

/// Whether a word is one a recogniser hears for what it is, never a misheard name ([`FUNCTION_WORDS`]).
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word)
}

/// All name tokens of a landmark or area name (no suffix split, leading "the" dropped).
fn full_tokens(name: &str) -> Vec<String> {
    let (mut toks, suffix) = name_tokens(name);
    toks.extend(suffix);
    toks
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const MINI: &str = r#"{"type": "FeatureCollection", "utc_offset_minutes": 60, "features": [
      {"type": "Feature", "properties": {"name": "Main Street", "addr_from": 100, "addr_to": 199},
       "geometry": {"type": "LineString", "coordinates": [[0.0, 0.0], [0.002, 0.0]]}},
      {"type": "Feature", "properties": {"name": "Main Street", "addr_from": 200, "addr_to": 299},
       "geometry": {"type": "LineString", "coordinates": [[0.002, 0.0], [0.004, 0.0]]}},
      {"type": "Feature", "properties": {"name": "First Avenue", "aliases": ["1st Ave"]},
       "geometry": {"type": "LineString", "coordinates": [[0.002, -0.001], [0.002, 0.001]]}},
      {"type": "Feature", "properties": {"name": "Diagonal Road"},
       "geometry": {"type": "LineString", "coordinates": [[0.0, -0.001], [0.004, 0.001]]}},
      {"type": "Feature", "properties": {"name": "Town Library", "category": "Library", "aliases": ["the library"]},
       "geometry": {"type": "Point", "coordinates": [0.001, 0.0002]}},
      {"type": "Feature", "properties": {"kind": "neighbourhood", "name": "Old Town"},
       "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0.004,0],[0.004,0.001],[0,0.001],[0,0]]]}},
      {"type": "Feature", "properties": {"kind": "jurisdiction", "name": "North PD", "agency": "north"},
       "geometry": {"type": "Polygon", "coordinates": [[[-1,0],[1,0],[1,1],[-1,1],[-1,0]]]}}
    ]}"#;

    #[test]
    fn loads_and_indexes() {
        let g = Gazetteer::from_geojson(MINI).unwrap();
        assert_eq!(g.streets().len(), 3);
        assert_eq!(g.segment_count(), 4);
        assert_eq!(g.utc_offset_minutes, 60);
        assert_eq!(g.streets_with_base("1st"), &[1]);
        assert_eq!(g.streets_with_base("main"), &[0]);
        assert_eq!(g.landmarks_in("library"), &[0]);
        // Main x First (T at a shared vertex), Main x Diagonal (crossing), First x Diagonal (crossing).
        assert_eq!(g.intersection_count(), 3);
        let p = GeoPoint::new(0.0005, 0.001).unwrap();
        assert_eq!(g.jurisdictions_at(p).first().and_then(|a| a.agency.as_deref()), Some("north"));
        assert_eq!(g.neighbourhood_at(p).map(|a| a.name.as_str()), Some("Old Town"));
        assert!(g.neighbourhood_at(GeoPoint::new(0.5, 0.5).unwrap()).is_none());
    }

    #[test]
    fn builder_takes_features_from_any_source() {
        let p = |lat, lon| GeoPoint { lat, lon };
        let mut b = GazetteerBuilder::new().name("two roads").utc_offset_minutes(-300);
        b.add(Feature::Street { name: "High Street".into(), aliases: vec![], lines: vec![vec![p(0.0, 0.0), p(0.0, 0.002)]], house_numbers: Some((1, 99)) }).unwrap();
        b.add(Feature::Street { name: "Mill Lane".into(), aliases: vec!["Mill Ln".into()], lines: vec![vec![p(-0.001, 0.001), p(0.001, 0.001)]], house_numbers: None })
            .unwrap();
        let err = b.add(Feature::Street { name: "Stub".into(), aliases: vec![], lines: vec![vec![p(0.0, 0.0)]], house_numbers: None });
        assert!(matches!(err, Err(GazetteerError::Feature { index: 2, .. })));
        assert!(b.add(Feature::Landmark { name: " ".into(), category: None, aliases: vec![], location: p(0.0, 0.0), radius_m: None }).is_err());
        let g = b.build();
        assert_eq!((g.name.as_deref(), g.utc_offset_minutes, g.streets().len()), (Some("two roads"), -300, 2));
        let x = g.intersection(0, 1);
        assert_eq!(x.len(), 1);
        assert!((x[0].location.lon - 0.001).abs() < 1e-6);
    }

    #[test]
    fn rejects_what_it_cannot_use() {
        assert!(matches!(Gazetteer::from_geojson("[]"), Err(GazetteerError::Json(_))));
        assert!(matches!(Gazetteer::from_geojson(r#"{"type": "Feature"}"#), Err(GazetteerError::NotFeatureCollection(_))));
        let no_name = r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [0, 0]}}]}"#;
        assert!(matches!(Gazetteer::from_geojson(no_name), Err(GazetteerError::Feature { index: 0, .. })));
        let bad_lat = r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "x"}, "geometry": {"type": "Point", "coordinates": [0, 95]}}]}"#;
        assert!(matches!(Gazetteer::from_geojson(bad_lat), Err(GazetteerError::Coordinate { index: 0, .. })));
    }
}
