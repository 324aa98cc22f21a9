//! Matches between tips and detections, incidents that group tips, and the alerts they raise.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::tip::TipId;

/// How urgently dispatchers should look. Ordered: `Low < Medium < High < Critical`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    Medium,
    High,
    Critical,
}

/// A detection that corroborates a place and time in a tip, with the reasons in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    pub tip_id: TipId,
    /// Index into the tip's places.
    pub place_index: usize,
    pub detection_id: Uuid,
    /// 0..=1.
    pub score: f32,
    pub explanation: String,
}

/// Tips that describe the same event, with every corroborating match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub id: Uuid,
    pub tip_ids: Vec<TipId>,
    pub matches: Vec<Match>,
    pub category: Option<String>,
    /// The highest priority of its tips.
    pub priority: Priority,
    pub opened_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What is sent to dispatchers and agencies about an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    pub id: Uuid,
    pub incident_id: Uuid,
    pub priority: Priority,
    pub summary: String,
    /// Why this priority, in words.
    pub reasons: Vec<String>,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priorities_order_by_urgency() {
        assert!(Priority::Low < Priority::Medium && Priority::High < Priority::Critical);
        assert_eq!([Priority::Medium, Priority::Critical, Priority::Low].into_iter().max(), Some(Priority::Critical));
    }
}
