//! Stages shipped with the foundation. Later work registers `extract`, `correlate` and `route` beside them.

use correlate::TranscriptSegment;

use super::{Stage, StageError, StageInput};

/// Turns a tip into transcript segments. A typed tip's transcript is its text; speech recognition for
/// voice tips is not built yet, so they are dead-lettered with that reason rather than silently skipped.
pub struct Transcribe;

#[async_trait::async_trait]
impl Stage for Transcribe {
    fn name(&self) -> &'static str {
        "transcribe"
    }

    async fn run(&self, input: StageInput<'_>) -> Result<serde_json::Value, StageError> {
        let tip = input.tip;
        if tip.channel.is_voice() {
            return Err(StageError::Permanent("speech recognition is not built yet; the recording is kept".into()));
        }
        let text = tip.text.as_deref().unwrap_or_default();
        let segments = vec![TranscriptSegment::typed(text)];
        Ok(serde_json::json!({ "source": "typed", "text": text, "segments": segments }))
    }
}
