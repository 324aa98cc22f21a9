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

/// Where an incident stands: `open` until a dispatcher takes it (`acknowledged`), `resolved` when a
/// dispatcher closes it or it went quiet. Only unresolved incidents take new tips; only open ones are
/// notified again (`repeat_interval`), like a page nobody answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lifecycle {
    Open,
    Acknowledged,
    Resolved,
}

impl Lifecycle {
    /// The state given when (if ever) the incident was acknowledged and resolved; resolution wins.
    pub fn of<T>(acknowledged_at: Option<T>, resolved_at: Option<T>) -> Lifecycle {
        match (acknowledged_at, resolved_at) {
            (_, Some(_)) => Lifecycle::Resolved,
            (Some(_), None) => Lifecycle::Acknowledged,
            (None, None) => Lifecycle::Open,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lifecycle::Open => "open",
            Lifecycle::Acknowledged => "acknowledged",
            Lifecycle::Resolved => "resolved",
        }
    }
}

/// When an unresolved incident whose last tip joined at `last_tip_at` (Unix ms) resolves by itself after
/// `quiet_ms` without a new tip; `None` when auto-resolution is off (`quiet_ms <= 0`).
pub fn quiet_resolve_at(last_tip_at: i64, quiet_ms: i64) -> Option<i64> {
    (quiet_ms > 0).then(|| last_tip_at.saturating_add(quiet_ms))
}

/// The newest last-tip time an unresolved incident may have and still be resolved as quiet at `now`.
pub fn quiet_cutoff(now: i64, quiet_ms: i64) -> Option<i64> {
    (quiet_ms > 0).then(|| now.saturating_sub(quiet_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifecycle_resolution_wins_over_acknowledgement() {
        assert_eq!(Lifecycle::of::<i64>(None, None), Lifecycle::Open);
        assert_eq!(Lifecycle::of(Some(1), None), Lifecycle::Acknowledged);
        assert_eq!(Lifecycle::of(Some(1), Some(2)), Lifecycle::Resolved);
        assert_eq!(Lifecycle::of(None, Some(2)).as_str(), "resolved");
    }

    #[test]
    fn quiet_incidents_resolve_after_the_quiet_period_unless_off() {
        assert_eq!(quiet_resolve_at(1_000, 0), None);
        assert_eq!(quiet_resolve_at(1_000, 500), Some(1_500));
        assert_eq!(quiet_cutoff(1_500, 500), Some(1_000));
        assert_eq!(quiet_cutoff(1_500, -1), None);
        // Consistent: an incident is due exactly when its last tip is at or before the cutoff.
        let (last, quiet) = (1_000, 500);
        for now in [1_499, 1_500, 1_501] {
            let due = quiet_resolve_at(last, quiet).is_some_and(|at| now >= at);
            assert_eq!(due, quiet_cutoff(now, quiet).is_some_and(|c| last <= c), "{now}");
        }
    }

    #[test]
    fn priorities_order_by_urgency() {
        assert!(Priority::Low < Priority::Medium && Priority::High < Priority::Critical);
        assert_eq!([Priority::Medium, Priority::Critical, Priority::Low].into_iter().max(), Some(Priority::Critical));
    }
}
