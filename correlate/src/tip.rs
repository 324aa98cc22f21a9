//! A tip as the gateway received it, and its transcript.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::geo::GeoPoint;

/// Opaque, unguessable tip identifier (a random UUID). The tipster receives it for anonymous follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TipId(pub Uuid);

impl TipId {
    pub fn random() -> Self {
        Self(Uuid::new_v4())
    }
}

impl std::fmt::Display for TipId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for TipId {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s).map(Self)
    }
}

/// How the tip reached us.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The public web form (typed text).
    WebForm,
    /// A browser voice call (WebRTC).
    WebVoice,
    /// A telephone call (SIP).
    Phone,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::WebForm => "web_form",
            Channel::WebVoice => "web_voice",
            Channel::Phone => "phone",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Channel::WebForm, Channel::WebVoice, Channel::Phone].into_iter().find(|c| c.as_str() == s)
    }

    /// Voice channels carry a recording that must be transcribed; typed tips already are text.
    pub fn is_voice(self) -> bool {
        !matches!(self, Channel::WebForm)
    }
}

/// Where the tipster said it happened, as they gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ReportedLocation {
    /// A map pin or device location.
    Point(GeoPoint),
    /// Free text ("outside the library on Elm"), geocoded later.
    Described(DescribedLocation),
}

/// A location in the tipster's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DescribedLocation {
    pub text: String,
}

/// A tip at intake: only what the tipster gave us and when it arrived. Analysis lives elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tip {
    pub id: TipId,
    pub channel: Channel,
    pub received_at: DateTime<Utc>,
    /// Typed text, for web-form tips. Voice tips have a transcript instead.
    pub text: Option<String>,
    pub location: Option<ReportedLocation>,
    /// When the tipster said it happened, if they said so explicitly.
    pub occurred_at: Option<DateTime<Utc>>,
}

/// One stretch of a tip's words with its position in the recording.
///
/// Typed tips get a single segment covering the whole text with confidence 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TranscriptSegment {
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
    /// Mean token probability in 0..=1.
    pub confidence: f32,
    /// Whisper's probability that the segment holds no speech, in 0..=1.
    pub no_speech_prob: f32,
}

impl TranscriptSegment {
    /// The transcript of a typed tip: its text, as given, fully trusted.
    pub fn typed(text: &str) -> Self {
        Self { start_ms: 0, end_ms: 0, text: text.to_owned(), confidence: 1.0, no_speech_prob: 0.0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_round_trips_through_its_name() {
        for c in [Channel::WebForm, Channel::WebVoice, Channel::Phone] {
            assert_eq!(Channel::parse(c.as_str()), Some(c));
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
        assert_eq!(Channel::parse("fax"), None);
    }

    #[test]
    fn location_accepts_point_or_text_and_nothing_else() {
        let p: ReportedLocation = serde_json::from_str(r#"{"lat": 1.5, "lon": 2.5}"#).unwrap();
        assert!(matches!(p, ReportedLocation::Point(_)));
        let t: ReportedLocation = serde_json::from_str(r#"{"text": "Elm and 3rd"}"#).unwrap();
        assert!(matches!(t, ReportedLocation::Described(_)));
        assert!(serde_json::from_str::<ReportedLocation>(r#"{"lat": 95, "lon": 0}"#).is_err());
        assert!(serde_json::from_str::<ReportedLocation>(r#"{"where": "x"}"#).is_err());
        assert!(serde_json::from_str::<ReportedLocation>(r#"{"text": "x", "lat": 1}"#).is_err());
    }
}
