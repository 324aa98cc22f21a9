//! The domain core of tipline: what a tip is, what analysis finds in it, and how it meets camera detections.
//!
//! Pure Rust with no I/O: every function takes the current time as an argument when it needs it, so the
//! whole crate is deterministic and fast to test. The gateway persists these types; later stages
//! (extraction, geocoding, the spatio-temporal join, scoring, routing rules) are added here as modules.
//!
//! # Layout
//! - [`geo`]: points on the earth, validation and distances.
//! - [`tip`]: a tip as received (channel, text, reported place and time) and its transcript.
//! - [`analysis`]: entities and places found in a tip, with spans into its text.
//! - [`detection`]: camera detection events (object classes and simple attributes only).
//! - [`incident`]: matches between tips and detections, incidents, alerts and priority.
//! - [`normalise`]: spoken (ASR) form to written form, keeping spans into the original text.
//! - [`gazetteer`]: streets, landmarks, areas and jurisdictions from GeoJSON (or, with the `osm` feature, an
//!   OpenStreetMap PBF extract read from any seekable reader); geocoding.
//! - [`extract`]: entities, places, time window, category and priority of a tip ([`analyse`]).
//! - [`eval`]: scores extraction against an annotated corpus.
//! - [`grouping`]: which tips describe the same thing (incidents), with the reasons.
//! - [`index`]: every detection event by camera position and time, for "what was seen near here then".
//! - [`join`]: which camera detections corroborate a tip's places and time, scored and explained.
//! - [`routing`]: the alert routing tree (matchers, `continue`, active hours), grouping and inhibition.

pub mod analysis;
pub mod detection;
pub mod eval;
pub mod extract;
pub mod gazetteer;
pub mod geo;
pub mod grouping;
pub mod incident;
pub mod index;
pub mod join;
pub mod normalise;
pub mod routing;
pub mod tip;

pub use analysis::{Entity, EntityKind, Place, PlaceKind, Span, TimeWindow};
pub use detection::{BoundingBox, Detection, ReviewSeverity};
pub use extract::{analyse, places_in, Analysis, Category};
pub use gazetteer::{Candidate, Feature, Gazetteer, GazetteerBuilder, GazetteerError};
pub use geo::{GeoError, GeoPoint};
pub use incident::{Alert, Incident, Lifecycle, Match, Priority};
pub use index::{DetectionIndex, DetectionQuery, IndexError};
pub use join::{join, JoinParams};
pub use tip::{Channel, DescribedLocation, ReportedLocation, Tip, TipId, TranscriptSegment};
