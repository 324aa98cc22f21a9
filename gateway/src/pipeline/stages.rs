//! The pipeline's stages, in order: transcribe, extract, correlate, route.

use std::sync::Arc;

use correlate::{Gazetteer, PlaceKind, ReportedLocation, TranscriptSegment};

use super::{Stage, StageError, StageInput};

/// Turns a tip into transcript segments. A typed tip's transcript is its text. A call's is the one its live
/// session stored when that covers the whole recording (`"source": "live"`); otherwise Whisper transcribes
/// the recording now (`"source": "speech"`): no free session, the session fell behind, live off, a crash.
pub struct Transcribe {
    pub speech: Option<Arc<SpeechToText>>,
}

/// Whole-recording transcription on the node's shared engines (see [`crate::speech::pool`]): a burst of
/// calls waits for engines in the job table and in the pool's queue, not all at once on the CPU.
pub struct SpeechToText {
    pub data_dir: std::path::PathBuf,
    pub engines: Arc<crate::speech::EnginePool>,
}

impl SpeechToText {
    pub fn new(config: asr::AsrConfig, data_dir: std::path::PathBuf) -> Self {
        Self { engines: crate::speech::EnginePool::shared(&config, &data_dir), data_dir }
    }

    /// Transcribes a WAV file once an engine is free.
    pub async fn transcribe(&self, wav: &std::path::Path) -> Result<asr::Transcript, StageError> {
        let mut engine = self.engines.checkout().await.map_err(|e| {
            StageError::Permanent(format!("speech model unavailable ({e}); run `tipline models fetch`, then retry the tip"))
        })?;
        let (wav, vad) = (wav.to_path_buf(), self.engines.vad());
        tokio::task::spawn_blocking(move || asr::transcribe_file(&mut *engine, &wav, &vad))
            .await
            .map_err(|e| StageError::Retryable(format!("transcription task failed: {e}")))?
            .map_err(|e| StageError::Permanent(e.to_string()))
    }
}

#[async_trait::async_trait]
impl Stage for Transcribe {
    fn name(&self) -> &'static str {
        "transcribe"
    }

    async fn run(&self, input: StageInput<'_>) -> Result<serde_json::Value, StageError> {
        let tip = input.tip;
        if !tip.channel.is_voice() {
            let text = tip.text.as_deref().unwrap_or_default();
            let segments = vec![TranscriptSegment::typed(text)];
            return Ok(serde_json::json!({ "source": "typed", "text": text, "segments": segments }));
        }
        let speech = self.speech.clone().ok_or_else(|| StageError::Permanent("speech recognition is not configured".into()))?;
        let wav = crate::telephony::recorder::recording_path(&speech.data_dir, tip.id);
        if !wav.is_file() {
            return Err(StageError::Permanent(format!("the recording of tip {} is missing", tip.id)));
        }
        let (transcript, source) = match crate::speech::stored::load_covering(&speech.data_dir, tip.id, &wav) {
            Some(live) => (live, "live"),
            None => (speech.transcribe(&wav).await?, "speech"),
        };
        let mut out = serde_json::to_value(&transcript).map_err(|e| StageError::Permanent(e.to_string()))?;
        out["source"] = source.into();
        Ok(out)
    }
}

/// Finds entities and places in the transcript and geocodes them against the agency's gazetteer.
/// Pure over its inputs, so a rerun stores the same analysis.
pub struct Extract {
    pub gazetteer: Arc<Gazetteer>,
}

#[async_trait::async_trait]
impl Stage for Extract {
    fn name(&self) -> &'static str {
        "extract"
    }

    async fn run(&self, input: StageInput<'_>) -> Result<serde_json::Value, StageError> {
        let text = input
            .outputs
            .get("transcribe")
            .and_then(|t| t["text"].as_str())
            .ok_or_else(|| StageError::Permanent("no transcript to analyse".into()))?;
        let mut analysis = correlate::analyse(text, input.tip.received_at, &self.gazetteer);
        // What the tipster put in the location field counts as much as what they wrote.
        match &input.tip.location {
            Some(ReportedLocation::Described(d)) => {
                for place in correlate::places_in(&d.text, &self.gazetteer) {
                    // Tipsters often repeat in the field what they wrote in the text: keep one of each.
                    if !analysis.places.iter().any(|p| p.text.eq_ignore_ascii_case(&place.text) && p.location == place.location) {
                        analysis.places.push(place);
                    }
                }
            }
            Some(ReportedLocation::Point(p)) => analysis.places.push(correlate::Place {
                kind: PlaceKind::Coordinates,
                span: None,
                text: format!("{:.5}, {:.5}", p.lat, p.lon),
                location: Some(*p),
                radius_m: Some(50.0),
                confidence: 1.0,
                explanation: "coordinates given with the tip".into(),
                candidates: Vec::new(),
            }),
            None => {}
        }
        serde_json::to_value(&analysis).map_err(|e| StageError::Permanent(format!("cannot serialise the analysis: {e}")))
    }
}

/// Joins the tip's located places and time window with stored camera detections. Each lookup of camera
/// data is audited against the tip that justified it. The tip then watches for late detections for
/// `late_window` after its search window closes (see [`crate::watch`]).
pub struct Correlate {
    pub params: correlate::JoinParams,
    pub late_window: chrono::Duration,
    pub detections: Arc<crate::detections::DetectionIndex>,
}

#[async_trait::async_trait]
impl Stage for Correlate {
    fn name(&self) -> &'static str {
        "correlate"
    }

    async fn run(&self, input: StageInput<'_>) -> Result<serde_json::Value, StageError> {
        let analysis: correlate::Analysis = input
            .outputs
            .get("extract")
            .cloned()
            .map(serde_json::from_value)
            .transpose()
            .map_err(|e| StageError::Permanent(format!("unreadable extract output: {e}")))?
            .ok_or_else(|| StageError::Permanent("no analysis to correlate".into()))?;
        if !analysis.places.iter().any(|p| p.location.is_some()) {
            return Ok(serde_json::json!({ "matches": [], "searched": null, "note": "no located place to look near" }));
        }
        let window = correlate::join::search_window(&analysis, &self.params);
        let tip = input.tip.id.to_string();
        let entry = crate::audit::Entry { actor: "pipeline", action: "detections.lookup", subject: &tip, reason: "correlate stage" };
        let retry = |e: crate::db::StorageError| StageError::Retryable(e.to_string());
        crate::audit::record(input.db, entry).await.map_err(retry)?;
        self.detections.sync(input.db).await.map_err(retry)?;
        let reach: Vec<crate::watch::Reach> = analysis
            .places
            .iter()
            .filter_map(|p| p.location.map(|at| (at, p.radius_m.unwrap_or(0.0) + self.params.camera_reach_m)))
            .collect();
        // Only cameras within reach of some place can match; one event near two places is one candidate.
        let mut detections: Vec<correlate::Detection> =
            reach.iter().flat_map(|(at, r)| self.detections.near(*at, *r, window.start, window.end)).collect();
        detections.sort_by(|a, b| a.start.cmp(&b.start).then(a.id.cmp(&b.id)));
        detections.dedup_by_key(|d| d.id);
        let matches = correlate::join(input.tip.id, &analysis, &detections, &self.params);
        let until = window.end + self.late_window;
        if until > chrono::Utc::now() {
            crate::watch::open(input.db, input.tip.id, &window, &reach, until).await.map_err(retry)?;
        }
        Ok(serde_json::json!({ "matches": matches, "searched": window, "detections_considered": detections.len() }))
    }
}

/// Puts the tip in an incident, decides who is told (routing tree, inhibition, grouping) and writes the
/// deliveries to the outbox, from which the delivery workers send them. Rerunning keeps the first decision.
pub struct Route {
    pub alerts: Arc<crate::alerts::AlertsConfig>,
    pub grouping: correlate::grouping::GroupingParams,
}

#[async_trait::async_trait]
impl Stage for Route {
    fn name(&self) -> &'static str {
        "route"
    }

    async fn run(&self, input: StageInput<'_>) -> Result<serde_json::Value, StageError> {
        let unreadable = |e: serde_json::Error| StageError::Permanent(format!("unreadable earlier output: {e}"));
        let analysis: correlate::Analysis =
            serde_json::from_value(input.outputs.get("extract").cloned().unwrap_or_default()).map_err(unreadable)?;
        let matches: Vec<correlate::Match> =
            serde_json::from_value(input.outputs.get("correlate").map(|c| c["matches"].clone()).unwrap_or_default()).map_err(unreadable)?;
        let now = chrono::Utc::now();
        let incident = crate::incidents::assign(input.db, input.tip.id, &analysis, &self.grouping, now)
            .await
            .map_err(|e| StageError::Retryable(e.to_string()))?;
        let out = crate::alerts::enqueue_for(input.db, &self.alerts, input.tip.id, &analysis, &matches, Some(&incident), now)
            .await
            .map_err(|e| StageError::Retryable(e.to_string()))?;
        let incident = serde_json::json!({
            "id": incident.incident_id, "opened": incident.opened, "reasons": incident.reasons, "tips": incident.tip_count,
        });
        let mut out = serde_json::to_value(out).map_err(|e| StageError::Permanent(e.to_string()))?;
        out["incident"] = incident;
        Ok(out)
    }
}
