//! Gazetteer features from an OpenStreetMap PBF extract (`*.osm.pbf`), read with the `osmpbf` crate from
//! any seekable reader (the caller opens the file; this module does no other I/O).
//!
//! What is imported:
//! - streets: ways with `highway=*` and `name` (`alt_name`, `old_name`, `short_name` and `ref` as aliases),
//!   one line per way, cut into ranged pieces where address points give house numbers ([`house_numbers`]);
//! - landmarks: named nodes, ways and multipolygons with `amenity`, `shop`, `tourism`, `leisure`,
//!   `public_transport` or `railway=station` (the tag's value is the category); ways and multipolygons are
//!   placed at their centroid with a radius reaching their farthest vertex;
//! - neighbourhoods: `place=neighbourhood|suburb|quarter` as closed ways or multipolygons; a place mapped
//!   only as a node gets a circle ([`PLACE_RADIUS_M`]) unless an outline of the same name exists;
//! - jurisdictions: named `boundary=administrative|police` closed ways and relations, with an agency id made
//!   from the name ([`tags::agency_id`]) for routing rules to refer to.
//!
//! Passes and memory: first the block headers alone are walked, so that a truncated file is refused
//! before anything is imported; then the file is read three times (relations, then ways, then nodes: PBF
//! stores them in the reverse order, and each pass needs what the later-stored kind refers to). Only kept
//! elements stay in memory, with only the tags read here: the relations and ways above, their node ids,
//! the coordinates of just those nodes (16 bytes each, in a sorted array), and the tagged nodes
//! (landmarks, places, address points). The millions of untagged nodes of a city extract are decoded and dropped, never stored.
//!
//! # Layout
//! - [`tags`]: which tags make an element a street, landmark, area or address.
//! - [`rings`]: closed rings from member ways, holes, centroids.
//! - [`house_numbers`]: house-number ranges from address points.

pub mod house_numbers;
pub mod rings;
pub mod tags;

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};

use osmpbf::{BlobReader, Element, ElementReader, RelMemberType};

use super::Feature;
use crate::geo::GeoPoint;
use house_numbers::AddressPoint;
use tags::Tags;

/// Radius of the circle standing in for a neighbourhood mapped only as a `place=*` node, by kind: a rough
/// size of such places in towns, so that "in Northgate" covers about the right ground.
pub const PLACE_RADIUS_M: [(&str, f64); 3] = [("neighbourhood", 400.0), ("quarter", 700.0), ("suburb", 1200.0)];

/// Why an extract could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum OsmError {
    /// The bytes are not a readable OSM PBF file (truncated, corrupt, or another format).
    #[error("not a readable OpenStreetMap PBF file: {0}")]
    Pbf(#[from] osmpbf::Error),
    /// The blocks do not fill the file exactly: a download cut short, or stray bytes at the end. PBF has no
    /// end marker, so this is checked before anything is read, rather than importing part of a city.
    #[error("the file is cut short or has stray bytes at its end: its blocks end at byte {blocks_end}, the file at byte {file_end}")]
    Truncated { blocks_end: u64, file_end: u64 },
    /// The reader could not be rewound for the next pass.
    #[error("cannot read the extract: {0}")]
    Io(#[from] std::io::Error),
    /// The file is well formed but holds no OSM data (an empty file, or only a header).
    #[error("the file holds no OpenStreetMap elements")]
    Empty,
    /// The PBF reader panicked on the file's contents (see [`import`]).
    #[error("not a readable OpenStreetMap PBF file: its contents are corrupt")]
    Corrupt,
}

/// What an import produced and what it had to leave out.
#[derive(Debug, Clone, Default)]
pub struct OsmImport {
    pub features: Vec<Feature>,
    pub stats: ImportStats,
}

/// Counts for the import summary.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct ImportStats {
    pub nodes_read: u64,
    pub ways_read: u64,
    pub relations_read: u64,
    /// Node coordinates held in memory (those of kept ways).
    pub nodes_kept: u64,
    pub streets: u64,
    /// Street pieces with a house-number range.
    pub ranged_pieces: u64,
    pub address_points: u64,
    pub landmarks: u64,
    pub neighbourhoods: u64,
    pub jurisdictions: u64,
    /// Ways or relations left out because the extract lacks some of their nodes or member ways.
    pub incomplete: u64,
}

struct KeptRelation {
    tags: Tags,
    /// Member way ids with `true` for holes (`role=inner`).
    ways: Vec<(i64, bool)>,
}

struct KeptWay {
    id: i64,
    tags: Tags,
    refs: Vec<i64>,
}

struct TaggedNode {
    id: i64,
    tags: Tags,
    location: GeoPoint,
}

/// Node coordinates for a known set of node ids: sorted ids and parallel coordinates in 1e-7 degrees (OSM's
/// own precision), `i32::MIN` until seen.
struct NodeCoords {
    ids: Vec<i64>,
    coords: Vec<(i32, i32)>,
}

impl NodeCoords {
    fn for_ids(mut ids: Vec<i64>) -> Self {
        ids.sort_unstable();
        ids.dedup();
        let coords = vec![(i32::MIN, i32::MIN); ids.len()];
        Self { ids, coords }
    }

    fn set(&mut self, id: i64, lat: i32, lon: i32) {
        if let Ok(i) = self.ids.binary_search(&id) {
            self.coords[i] = (lat, lon);
        }
    }

    fn get(&self, id: i64) -> Option<GeoPoint> {
        let (lat, lon) = self.coords[self.ids.binary_search(&id).ok()?];
        (lat != i32::MIN).then_some(GeoPoint { lat: lat as f64 * 1e-7, lon: lon as f64 * 1e-7 })
    }

    /// The way's points, or `None` if the extract lacks any of them.
    fn line(&self, refs: &[i64]) -> Option<Vec<GeoPoint>> {
        refs.iter().map(|&r| self.get(r)).collect()
    }
}

/// Reads an extract (three passes; see the module docs) and returns gazetteer features.
///
/// osmpbf (0.3.8) panics on some corrupt blocks rather than returning an error: a relation member of an
/// unknown type unwraps a protobuf enum (found by the `osm_pbf` fuzz target), and member id deltas are
/// summed unchecked. An extract comes from outside, so such a panic is reported as [`OsmError::Corrupt`]
/// instead of taking the process down.
pub fn import<R: Read + Seek + Send>(reader: R) -> Result<OsmImport, OsmError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(reader))).unwrap_or(Err(OsmError::Corrupt))
}

fn read<R: Read + Seek + Send>(mut reader: R) -> Result<OsmImport, OsmError> {
    let mut stats = ImportStats::default();
    check_framing(&mut reader)?;

    // Pass 1: relations that are areas we import, and the ways they are made of.
    let mut relations: Vec<KeptRelation> = Vec::new();
    let mut elements = 0u64;
    ElementReader::new(&mut reader).for_each(|e| {
        elements += 1;
        if let Element::Relation(r) = e {
            stats.relations_read += 1;
            let tags = Tags::from_pairs(r.tags());
            if tags.is_area_relation() && tags.wants_area() {
                let ways = r
                    .members()
                    .filter(|m| m.member_type == RelMemberType::Way)
                    .map(|m| (m.member_id, m.role().is_ok_and(|role| role == "inner")))
                    .collect();
                relations.push(KeptRelation { tags, ways });
            }
        }
    })?;
    if elements == 0 {
        return Err(OsmError::Empty);
    }
    let mut member_ways: Vec<i64> = relations.iter().flat_map(|r| r.ways.iter().map(|w| w.0)).collect();
    member_ways.sort_unstable();
    member_ways.dedup();

    // Pass 2: ways we import for their own tags or as relation members.
    reader.seek(SeekFrom::Start(0))?;
    let mut ways: Vec<KeptWay> = Vec::new();
    ElementReader::new(&mut reader).for_each(|e| {
        if let Element::Way(w) = e {
            stats.ways_read += 1;
            let tags = Tags::from_pairs(w.tags());
            let wanted = tags.is_street()
                || tags.wants_area()
                || tags.is_interpolation()
                || (tags.house_number().is_some() && tags.addr_street().is_some())
                || member_ways.binary_search(&w.id()).is_ok();
            if wanted {
                ways.push(KeptWay { id: w.id(), tags, refs: w.refs().collect() });
            }
        }
    })?;

    // Pass 3: coordinates of the kept ways' nodes, and the nodes that are features or addresses themselves.
    reader.seek(SeekFrom::Start(0))?;
    let mut coords = NodeCoords::for_ids(ways.iter().flat_map(|w| w.refs.iter().copied()).collect());
    let mut tagged: Vec<TaggedNode> = Vec::new();
    let mut on_node = |id: i64, lat: i32, lon: i32, tags: Tags| {
        coords.set(id, lat, lon);
        let wanted = tags.landmark_category().is_some() || tags.neighbourhood_kind().is_some() || tags.house_number().is_some();
        if wanted {
            if let Ok(location) = GeoPoint::new(lat as f64 * 1e-7, lon as f64 * 1e-7) {
                tagged.push(TaggedNode { id, tags, location });
            }
        }
    };
    ElementReader::new(&mut reader).for_each(|e| match e {
        Element::Node(n) => {
            stats.nodes_read += 1;
            on_node(n.id(), n.decimicro_lat(), n.decimicro_lon(), Tags::from_pairs(n.tags()));
        }
        Element::DenseNode(n) => {
            stats.nodes_read += 1;
            on_node(n.id(), n.decimicro_lat(), n.decimicro_lon(), Tags::from_pairs(n.tags()));
        }
        _ => {}
    })?;
    stats.nodes_kept = coords.ids.len() as u64;

    let features = assemble(&relations, &ways, &tagged, &coords, &mut stats);
    Ok(OsmImport { features, stats })
}

/// Walks the block headers only (skipping block contents) and checks that the blocks end where the file does.
fn check_framing<R: Read + Seek + Send>(reader: &mut R) -> Result<(), OsmError> {
    let file_end = reader.seek(SeekFrom::End(0))?;
    reader.seek(SeekFrom::Start(0))?;
    let mut blocks_end = 0;
    {
        let mut blocks = BlobReader::new_seekable(&mut *reader)?;
        while let Some(header) = blocks.next_header_skip_blob() {
            header?;
            blocks_end = blocks.seek_raw(SeekFrom::Current(0))?;
        }
    }
    reader.seek(SeekFrom::Start(0))?;
    if blocks_end != file_end {
        return Err(OsmError::Truncated { blocks_end, file_end });
    }
    Ok(())
}

/// Turns the kept elements into features.
fn assemble(relations: &[KeptRelation], ways: &[KeptWay], tagged: &[TaggedNode], coords: &NodeCoords, stats: &mut ImportStats) -> Vec<Feature> {
    let mut features = Vec::new();
    let way_index: HashMap<i64, usize> = ways.iter().enumerate().map(|(i, w)| (w.id, i)).collect();
    let mut outlined_places: Vec<String> = Vec::new();

    // Areas: relations, then closed ways.
    for r in relations {
        let mut parts: [Vec<&[i64]>; 2] = [Vec::new(), Vec::new()];
        let mut complete = true;
        for &(id, inner) in &r.ways {
            match way_index.get(&id) {
                Some(&i) => parts[inner as usize].push(&ways[i].refs),
                None => complete = false,
            }
        }
        let ring_points = |refs: &[&[i64]]| -> Option<Vec<Vec<GeoPoint>>> { rings::join_rings(refs)?.iter().map(|ring| coords.line(ring)).collect() };
        match (complete, ring_points(&parts[0]), ring_points(&parts[1])) {
            (true, Some(outer), Some(inner)) if !outer.is_empty() => {
                features.extend(area_feature(&r.tags, rings::polygons(outer, inner), &mut outlined_places, stats));
            }
            _ => stats.incomplete += 1,
        }
    }
    for w in ways.iter().filter(|w| w.refs.len() >= 4 && w.refs.first() == w.refs.last() && w.tags.wants_area() && !w.tags.is_street()) {
        match coords.line(&w.refs) {
            Some(ring) => features.extend(area_feature(&w.tags, vec![vec![ring]], &mut outlined_places, stats)),
            None => stats.incomplete += 1,
        }
    }
    // Named open ways with a landmark tag (a pier, a trail): placed at their middle.
    for w in ways.iter().filter(|w| w.refs.first() != w.refs.last() && !w.tags.is_street()) {
        if let (Some(category), Some(line)) = (w.tags.landmark_category(), coords.line(&w.refs)) {
            features.extend(landmark(&w.tags, category, &line, stats));
        }
    }

    // Point features.
    for n in tagged {
        if let Some(category) = n.tags.landmark_category() {
            features.extend(landmark(&n.tags, category, &[n.location], stats));
        } else if let (Some(kind), Some(name)) = (n.tags.neighbourhood_kind(), n.tags.name()) {
            if !outlined_places.iter().any(|o| o == name) {
                let radius = PLACE_RADIUS_M.iter().find(|(k, _)| *k == kind).map_or(500.0, |(_, r)| *r);
                stats.neighbourhoods += 1;
                features.push(Feature::Neighbourhood {
                    name: name.to_owned(),
                    aliases: n.tags.aliases(false),
                    polygons: vec![vec![rings::circle(n.location, radius)]],
                });
            }
        }
    }

    features.extend(streets(ways, tagged, coords, stats));
    features
}

/// A landmark, neighbourhood or jurisdiction from an outline.
fn area_feature(tags: &Tags, polygons: Vec<Vec<Vec<GeoPoint>>>, outlined_places: &mut Vec<String>, stats: &mut ImportStats) -> Option<Feature> {
    let name = tags.name()?.to_owned();
    if tags.is_jurisdiction() {
        stats.jurisdictions += 1;
        return Some(Feature::Jurisdiction { agency: Some(tags::agency_id(&name)), name, polygons });
    }
    if tags.neighbourhood_kind().is_some() {
        stats.neighbourhoods += 1;
        outlined_places.push(name.clone());
        return Some(Feature::Neighbourhood { name, aliases: tags.aliases(false), polygons });
    }
    let category = tags.landmark_category()?;
    let outer = polygons.into_iter().next()?.into_iter().next()?;
    landmark(tags, category, &outer, stats)
}

/// A landmark at the centroid of its points, with a radius reaching the farthest (at least the gazetteer's
/// default for a point).
fn landmark(tags: &Tags, category: String, points: &[GeoPoint], stats: &mut ImportStats) -> Option<Feature> {
    let (location, reach) = rings::centre_and_reach(points)?;
    stats.landmarks += 1;
    Some(Feature::Landmark {
        name: tags.name()?.to_owned(),
        category: Some(category),
        aliases: tags.aliases(false),
        location,
        radius_m: (points.len() > 1).then_some(reach.max(30.0)),
    })
}

/// Street features, cut into house-number ranges where address points allow.
fn streets(ways: &[KeptWay], tagged: &[TaggedNode], coords: &NodeCoords, stats: &mut ImportStats) -> Vec<Feature> {
    let node_addr: HashMap<i64, usize> = tagged.iter().enumerate().filter(|(_, n)| n.tags.house_number().is_some()).map(|(i, n)| (n.id, i)).collect();
    // An interpolation way may carry the street for end nodes that only have a number.
    let mut street_of_node: HashMap<i64, &str> = HashMap::new();
    for w in ways.iter().filter(|w| w.tags.is_interpolation()) {
        if let Some(street) = w.tags.addr_street() {
            for id in [w.refs.first(), w.refs.last()].into_iter().flatten() {
                street_of_node.insert(*id, street);
            }
        }
    }
    let mut addresses: Vec<AddressPoint> = node_addr
        .iter()
        .filter_map(|(id, &i)| {
            let n = &tagged[i];
            let street = n.tags.addr_street().or_else(|| street_of_node.get(id).copied())?;
            Some(AddressPoint { number: n.tags.house_number()?, street: street.to_owned(), location: n.location })
        })
        .collect();
    // Buildings and other outlines with an address: their centroid.
    for w in ways.iter().filter(|w| !w.tags.is_street() && !w.tags.is_interpolation()) {
        if let (Some(number), Some(street), Some(line)) = (w.tags.house_number(), w.tags.addr_street(), coords.line(&w.refs)) {
            if let Some((location, _)) = rings::centre_and_reach(&line) {
                addresses.push(AddressPoint { number, street: street.to_owned(), location });
            }
        }
    }
    // Sorted so that the output does not depend on hash order.
    addresses.sort_by(|a, b| (&a.street, a.number).cmp(&(&b.street, b.number)).then(a.location.lat.total_cmp(&b.location.lat)));
    stats.address_points = addresses.len() as u64;

    let mut lines: Vec<(&KeptWay, Vec<GeoPoint>)> = Vec::new();
    for w in ways.iter().filter(|w| w.tags.is_street()) {
        match coords.line(&w.refs) {
            Some(line) if line.len() >= 2 => lines.push((w, line)),
            _ => stats.incomplete += 1,
        }
    }
    let named: Vec<(&str, &[GeoPoint])> = lines.iter().map(|(w, l)| (w.tags.name().unwrap_or_default(), l.as_slice())).collect();
    let pieces = house_numbers::ranged_pieces(&named, &addresses);
    let mut names: Vec<&str> = named.iter().map(|n| n.0).collect();
    names.sort_unstable();
    names.dedup();
    stats.streets = names.len() as u64;
    let mut out = Vec::new();
    for ((w, _), pieces) in lines.iter().zip(pieces) {
        for (line, range) in pieces {
            stats.ranged_pieces += range.is_some() as u64;
            out.push(Feature::Street { name: w.tags.name().unwrap_or_default().to_owned(), aliases: w.tags.aliases(true), lines: vec![line], house_numbers: range });
        }
    }
    out
}
