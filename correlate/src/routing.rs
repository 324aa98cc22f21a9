//! The routing tree: which receivers hear about an alert, when, and which alerts are muted.
//!
//! In the spirit of Alertmanager. The root route matches everything; its children are tried in order and
//! the first that matches takes the alert (deepest match wins) unless it sets `continue`, in which case the
//! next siblings are tried too. A route none of whose children match delivers to its own receivers.
//! Unlike Alertmanager, a route outside its active hours does not match at all, so the alert falls
//! through to the next sibling (typically an always-on route): a tip must reach somebody.
//!
//! Grouping ([`GroupState`]) decides when a receiver is notified: `group_wait` after the first alert of a
//! group, then at most every `group_interval` while new alerts arrive, and again after `repeat_interval`
//! when nothing new happened. Repeats ([`repeat_due`]) are per incident and receiver: only while the
//! incident is open (neither acknowledged nor resolved), counted from the last successful delivery, and
//! never while another notice to that receiver is still on its way. Inhibition ([`inhibited_by`]) mutes
//! an alert when a higher-priority one is already active nearby.
//!
//! Everything is pure: time is passed in, and the config types deserialise from TOML with defaults.

use std::collections::BTreeSet;

use chrono::{DateTime, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::geo::GeoPoint;
use crate::incident::Priority;

/// A receiver's name as configured (`[[alerts.receivers]] name = ...`).
pub type ReceiverName = String;

/// The whole `[routing]` section: the route tree and the inhibition rules.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RoutingConfig {
    /// The root route; it matches every alert whatever its own matchers say.
    pub route: Route,
    /// Rules that mute lower-priority alerts near a higher-priority one.
    pub inhibit: Vec<InhibitRule>,
}

/// One node of the routing tree. Empty matcher lists match anything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Route {
    /// Receivers notified when this route is where the alert ends up.
    pub receivers: Vec<ReceiverName>,
    /// The alert's priority must be at least this.
    pub min_priority: Priority,
    /// The alert's category must be one of these (`weapon`, `fire`, ...); empty: any.
    pub categories: Vec<String>,
    /// One of the alert's agencies (jurisdictions) must be one of these; empty: any.
    pub agencies: Vec<String>,
    /// `HH:MM-HH:MM` local ranges (may wrap midnight) when this route is active; empty: always.
    pub active_hours: Vec<String>,
    /// Offset of local time from UTC for `active_hours`, in minutes (the agency's offset).
    pub utc_offset_minutes: i32,
    /// After matching here, keep trying the following siblings.
    #[serde(rename = "continue")]
    pub continue_matching: bool,
    /// Which alert facts split alerts into separate groups: `incident`, `category`, `agency`, `priority`.
    pub group_by: Vec<String>,
    /// Wait this long after a group's first alert before notifying, to gather others.
    pub group_wait_s: u64,
    /// At most one notification per group this often while new alerts arrive.
    pub group_interval_s: u64,
    /// Notify again after this long although nothing changed, while the incident is open (not acknowledged,
    /// not resolved); 0: never.
    pub repeat_interval_s: u64,
    /// Send one "resolved" notice when an incident this route notified about is resolved.
    pub send_resolved: bool,
    /// Child routes, tried in order.
    pub routes: Vec<Route>,
}

impl Default for Route {
    fn default() -> Self {
        Route {
            receivers: Vec::new(),
            min_priority: Priority::Low,
            categories: Vec::new(),
            agencies: Vec::new(),
            active_hours: Vec::new(),
            utc_offset_minutes: 0,
            continue_matching: false,
            group_by: vec!["incident".into()],
            group_wait_s: 0,
            group_interval_s: 300,
            repeat_interval_s: 0,
            send_resolved: false,
            routes: Vec::new(),
        }
    }
}

/// A higher-priority alert mutes lower-priority ones within `radius_m` and `window_s`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InhibitRule {
    /// The muting alert must be at least this urgent.
    pub source_min_priority: Priority,
    /// Only alerts at most this urgent are muted.
    pub target_max_priority: Priority,
    /// Distance between the two alerts' locations, in metres.
    pub radius_m: f64,
    /// How long the muting alert stays in force after it was raised, in seconds.
    pub window_s: u64,
    /// Mute only alerts of the same category.
    pub equal_category: bool,
}

impl Default for InhibitRule {
    fn default() -> Self {
        InhibitRule {
            source_min_priority: Priority::High,
            target_max_priority: Priority::Medium,
            radius_m: 500.0,
            window_s: 3600,
            equal_category: false,
        }
    }
}

/// What routing knows about one alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlertFacts {
    /// The tip the alert is about.
    pub subject_id: String,
    /// The incident the tip belongs to; groups by `incident` use it (the tip itself when absent).
    #[serde(default)]
    pub incident_id: Option<String>,
    pub priority: Priority,
    pub category: String,
    pub agencies: Vec<String>,
    /// The most confident located place, if any.
    pub location: Option<GeoPoint>,
    /// When the alert was raised.
    pub raised_at: DateTime<Utc>,
}

/// Group timings of the route an alert ended on, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timing {
    pub group_wait_ms: i64,
    pub group_interval_ms: i64,
    /// 0: never repeat.
    pub repeat_interval_ms: i64,
}

/// One receiver an alert goes to, through which route, in which group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routed {
    pub receiver: ReceiverName,
    /// Child indices from the root, e.g. `0.2` (empty for the root): identifies the route in logs.
    pub route_path: String,
    /// Alerts with the same key (per receiver) are notified together.
    pub group_key: String,
    pub timing: Timing,
    /// The route's `send_resolved`.
    pub send_resolved: bool,
}

/// Configuration problems, as (key, message) pairs like the gateway's config validation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoutingError {
    /// An `active_hours` entry is not `HH:MM-HH:MM`.
    #[error("{key}: '{value}' is not HH:MM-HH:MM")]
    BadHours { key: String, value: String },
    /// A `group_by` label is not one routing knows.
    #[error("{key}: unknown group_by label '{value}' (incident, category, agency, priority)")]
    BadGroupLabel { key: String, value: String },
    /// An inhibition radius is not a positive number of metres.
    #[error("{key}: radius_m must be positive")]
    BadRadius { key: String },
}

impl RoutingConfig {
    /// Every problem found, with the config key it is about (relative to `prefix`).
    pub fn validate(&self, prefix: &str) -> Vec<RoutingError> {
        let mut out = Vec::new();
        validate_route(&self.route, &format!("{prefix}.route"), &mut out);
        for (i, r) in self.inhibit.iter().enumerate() {
            if !(r.radius_m.is_finite() && r.radius_m > 0.0) {
                out.push(RoutingError::BadRadius { key: format!("{prefix}.inhibit[{i}].radius_m") });
            }
        }
        out
    }

    /// Every receiver name the tree mentions, for checking against the configured receivers.
    pub fn receiver_names(&self) -> BTreeSet<&str> {
        fn walk<'a>(r: &'a Route, out: &mut BTreeSet<&'a str>) {
            out.extend(r.receivers.iter().map(String::as_str));
            r.routes.iter().for_each(|c| walk(c, out));
        }
        let mut out = BTreeSet::new();
        walk(&self.route, &mut out);
        out
    }

    /// Whether any route repeats notifications: otherwise nothing needs to watch open incidents for repeats
    /// (and turning repeats off in the config stops those of alerts routed before).
    pub fn repeats(&self) -> bool {
        fn walk(r: &Route) -> bool {
            r.repeat_interval_s > 0 || r.routes.iter().any(walk)
        }
        walk(&self.route)
    }
}

fn validate_route(r: &Route, key: &str, out: &mut Vec<RoutingError>) {
    for h in &r.active_hours {
        if parse_hours(h).is_none() {
            out.push(RoutingError::BadHours { key: format!("{key}.active_hours"), value: h.clone() });
        }
    }
    for g in &r.group_by {
        if !matches!(g.as_str(), "incident" | "category" | "agency" | "priority") {
            out.push(RoutingError::BadGroupLabel { key: format!("{key}.group_by"), value: g.clone() });
        }
    }
    for (i, c) in r.routes.iter().enumerate() {
        validate_route(c, &format!("{key}.routes[{i}]"), out);
    }
}

/// `HH:MM-HH:MM` as minutes since local midnight.
fn parse_hours(s: &str) -> Option<(u32, u32)> {
    let (a, b) = s.split_once('-')?;
    let hm = |t: &str| -> Option<u32> {
        let (h, m) = t.trim().split_once(':')?;
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        // 24:00 is allowed as an end, meaning midnight.
        (h < 24 && m < 60 || h == 24 && m == 0).then_some(h * 60 + m)
    };
    Some((hm(a)?, hm(b)?))
}

impl Route {
    fn matches(&self, facts: &AlertFacts, now: DateTime<Utc>) -> bool {
        facts.priority >= self.min_priority
            && (self.categories.is_empty() || self.categories.iter().any(|c| c == &facts.category))
            && (self.agencies.is_empty() || self.agencies.iter().any(|a| facts.agencies.contains(a)))
            && self.active_at(now)
    }

    /// Whether `now` falls in one of the active ranges, in local time. Unparseable ranges never match
    /// (validation reports them).
    pub fn active_at(&self, now: DateTime<Utc>) -> bool {
        if self.active_hours.is_empty() {
            return true;
        }
        let local = now + chrono::Duration::minutes(self.utc_offset_minutes as i64);
        let minute = local.hour() * 60 + local.minute();
        self.active_hours.iter().filter_map(|h| parse_hours(h)).any(|(start, end)| {
            if start <= end {
                (start..end).contains(&minute)
            } else {
                minute >= start || minute < end
            }
        })
    }

    fn timing(&self) -> Timing {
        let ms = |s: u64| (s.min(i64::MAX as u64 / 1000) * 1000) as i64;
        Timing {
            group_wait_ms: ms(self.group_wait_s),
            group_interval_ms: ms(self.group_interval_s),
            repeat_interval_ms: ms(self.repeat_interval_s),
        }
    }

    fn group_key(&self, path: &str, facts: &AlertFacts) -> String {
        let mut key = format!("route:{path}");
        for label in &self.group_by {
            let value = match label.as_str() {
                "incident" => facts.incident_id.clone().unwrap_or_else(|| facts.subject_id.clone()),
                "category" => facts.category.clone(),
                "agency" => facts.agencies.join(","),
                "priority" => format!("{:?}", facts.priority).to_lowercase(),
                _ => continue,
            };
            key.push_str(&format!("|{label}={value}"));
        }
        key
    }
}

/// The receivers an alert goes to, deduplicated, in tree order.
pub fn route(tree: &RoutingConfig, facts: &AlertFacts, now: DateTime<Utc>) -> Vec<ReceiverName> {
    route_detailed(tree, facts, now).into_iter().map(|r| r.receiver).collect()
}

/// Like [`route`], with the route, group and timings of each receiver. A receiver reached through
/// several routes is kept once, from the first route (tree order).
pub fn route_detailed(tree: &RoutingConfig, facts: &AlertFacts, now: DateTime<Utc>) -> Vec<Routed> {
    let mut ends = Vec::new();
    walk(&tree.route, String::new(), facts, now, &mut ends);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (route, path) in ends {
        for receiver in &route.receivers {
            if seen.insert(receiver.clone()) {
                out.push(Routed {
                    receiver: receiver.clone(),
                    route_path: path.clone(),
                    group_key: route.group_key(&path, facts),
                    timing: route.timing(),
                    send_resolved: route.send_resolved,
                });
            }
        }
    }
    out
}

/// Collects the routes the alert ends on below `node` (which is known to match).
fn walk<'a>(
    node: &'a Route,
    path: String,
    facts: &AlertFacts,
    now: DateTime<Utc>,
    ends: &mut Vec<(&'a Route, String)>,
) {
    let mut matched_child = false;
    for (i, child) in node.routes.iter().enumerate() {
        if !child.matches(facts, now) {
            continue;
        }
        matched_child = true;
        let child_path = if path.is_empty() { i.to_string() } else { format!("{path}.{i}") };
        walk(child, child_path, facts, now, ends);
        if !child.continue_matching {
            break;
        }
    }
    if !matched_child {
        ends.push((node, path));
    }
}

/// The active alert that mutes `facts`, if any. `active` may contain `facts` itself (it is skipped).
pub fn inhibited_by<'a>(
    rules: &[InhibitRule],
    facts: &AlertFacts,
    active: &'a [AlertFacts],
    now: DateTime<Utc>,
) -> Option<&'a AlertFacts> {
    let here = facts.location?;
    active.iter().find(|src| {
        src.subject_id != facts.subject_id
            && src.priority > facts.priority
            && rules.iter().any(|r| {
                src.priority >= r.source_min_priority
                    && facts.priority <= r.target_max_priority
                    && (!r.equal_category || src.category == facts.category)
                    && now >= src.raised_at
                    && (now - src.raised_at).num_seconds() <= r.window_s.min(i64::MAX as u64) as i64
                    && src.location.is_some_and(|p| p.distance_m(&here) <= r.radius_m)
            })
    })
}

/// Notification state of one group for one receiver: a pure state machine over Unix milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupState {
    /// When the group's first alert arrived.
    pub created_at: i64,
    /// When the receiver was last notified, if ever.
    pub last_notified_at: Option<i64>,
    /// Alerts arrived since the last notification.
    pub pending: bool,
}

impl GroupState {
    /// A group opened by an alert at `now`.
    pub fn new(now: i64) -> Self {
        GroupState { created_at: now, last_notified_at: None, pending: true }
    }

    /// Another alert joined the group.
    pub fn on_alert(&mut self) {
        self.pending = true;
    }

    /// The receiver was notified at `now` of everything pending.
    pub fn on_notified(&mut self, now: i64) {
        self.last_notified_at = Some(now);
        self.pending = false;
    }

    /// When the next notification is due, or `None` if none ever will be (nothing new, no repeat).
    pub fn next_due(&self, t: &Timing) -> Option<i64> {
        match (self.last_notified_at, self.pending) {
            (None, _) => Some(self.created_at + t.group_wait_ms),
            (Some(last), true) => Some(last + t.group_interval_ms),
            (Some(last), false) if t.repeat_interval_ms > 0 => Some(last + t.repeat_interval_ms),
            (Some(_), false) => None,
        }
    }

    /// Whether to notify at `now`.
    pub fn should_notify(&self, t: &Timing, now: i64) -> bool {
        self.next_due(t).is_some_and(|due| now >= due)
    }
}

/// What the outbox knows about one receiver's notices of one incident, all times Unix ms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NoticeHistory {
    /// The last notice the receiver accepted, if any.
    pub last_delivered: Option<i64>,
    /// The last notice given up on (dead-lettered): a receiver that is down is not sent a fresh repeat at
    /// every sweep, only one per interval.
    pub last_given_up: Option<i64>,
    /// A notice is queued or being sent: the next repeat waits until it settles.
    pub in_flight: bool,
}

/// When the incident's alert is next repeated to this receiver, or `None` if it is not (repeats off, the
/// incident acknowledged or resolved, nothing ever delivered, or a notice still on its way). The interval
/// runs from the last delivery, the same rule [`GroupState::next_due`] applies to an unchanged group.
pub fn repeat_due(t: &Timing, lifecycle: crate::Lifecycle, h: &NoticeHistory) -> Option<i64> {
    if lifecycle != crate::Lifecycle::Open || h.in_flight {
        return None;
    }
    let last = h.last_delivered?;
    let group = GroupState { created_at: last, last_notified_at: Some(last), pending: false };
    let due = group.next_due(t)?;
    Some(match h.last_given_up {
        Some(gave_up) if gave_up > last => due.max(gave_up + t.repeat_interval_ms),
        _ => due,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(priority: Priority, category: &str, agencies: &[&str]) -> AlertFacts {
        AlertFacts {
            subject_id: "tip-1".into(),
            incident_id: None,
            priority,
            category: category.into(),
            agencies: agencies.iter().map(|s| s.to_string()).collect(),
            location: Some(GeoPoint { lat: 45.0, lon: -75.0 }),
            raised_at: at(12, 0),
        }
    }

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(h, m, 0).unwrap().and_utc()
    }

    // JSON here (correlate has no TOML parser); the gateway's tests read the same shapes from TOML.
    const TREE: &str = r#"{
        "route": { "receivers": ["dispatch"], "routes": [
            { "min_priority": "high", "agencies": ["north-pd"], "receivers": ["north-pager"], "continue": true },
            { "agencies": ["north-pd"], "receivers": ["north-mail"], "routes": [
                { "categories": ["fire"], "receivers": ["fire-hook"] } ] },
            { "categories": ["traffic"], "active_hours": ["08:00-18:00"], "utc_offset_minutes": -300,
              "receivers": ["traffic-desk"] },
            { "categories": ["traffic"], "receivers": ["night-desk"] } ] },
        "inhibit": [ { "radius_m": 300.0 } ]
    }"#;

    fn tree() -> RoutingConfig {
        serde_json::from_str(TREE).unwrap()
    }

    #[test]
    fn first_matching_child_wins_and_continue_tries_the_next() {
        let t = tree();
        assert_eq!(route(&t, &facts(Priority::Low, "theft", &["south-pd"]), at(12, 0)), vec!["dispatch"]);
        assert_eq!(route(&t, &facts(Priority::Low, "theft", &["north-pd"]), at(12, 0)), vec!["north-mail"]);
        assert_eq!(
            route(&t, &facts(Priority::Critical, "theft", &["north-pd"]), at(12, 0)),
            vec!["north-pager", "north-mail"]
        );
        // The deepest matching route takes the alert instead of its parent.
        assert_eq!(route(&t, &facts(Priority::Low, "fire", &["north-pd"]), at(12, 0)), vec!["fire-hook"]);
    }

    #[test]
    fn outside_active_hours_the_alert_falls_through() {
        let t = tree();
        // 14:00 UTC is 09:00 at -05:00: inside 08:00-18:00.
        assert_eq!(route(&t, &facts(Priority::Low, "traffic", &[]), at(14, 0)), vec!["traffic-desk"]);
        // 12:00 UTC is 07:00 local: outside, so the next sibling takes it.
        assert_eq!(route(&t, &facts(Priority::Low, "traffic", &[]), at(12, 0)), vec!["night-desk"]);
    }

    #[test]
    fn ranges_may_wrap_midnight() {
        let r = Route { active_hours: vec!["22:00-06:00".into()], ..Route::default() };
        assert!(r.active_at(at(23, 30)) && r.active_at(at(5, 59)));
        assert!(!r.active_at(at(6, 0)) && !r.active_at(at(12, 0)));
    }

    #[test]
    fn details_carry_group_key_and_timing() {
        let t: RoutingConfig = serde_json::from_str(
            r#"{"route": {"receivers": ["a"], "group_by": ["category", "agency"], "group_wait_s": 30, "repeat_interval_s": 60}}"#,
        )
        .unwrap();
        let r = route_detailed(&t, &facts(Priority::Low, "fire", &["x", "y"]), at(1, 0));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].group_key, "route:|category=fire|agency=x,y");
        assert_eq!(
            r[0].timing,
            Timing { group_wait_ms: 30_000, group_interval_ms: 300_000, repeat_interval_ms: 60_000 }
        );
    }

    #[test]
    fn config_rejects_unknown_keys_and_reports_bad_values() {
        assert!(serde_json::from_str::<RoutingConfig>(r#"{"route": {"receiver": ["a"]}}"#).is_err());
        let t: RoutingConfig = serde_json::from_str(
            r#"{"route": {"routes": [{"active_hours": ["25:00-01:00"], "group_by": ["colour"]}]}, "inhibit": [{"radius_m": 0.0}]}"#,
        )
        .unwrap();
        let errs = t.validate("routing");
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(errs[0].to_string().starts_with("routing.route.routes[0].active_hours"));
        assert_eq!(t.receiver_names().len(), 0);
        assert_eq!(tree().receiver_names().len(), 6);
    }

    #[test]
    fn higher_priority_nearby_mutes_lower_priority() {
        let t = tree();
        let mut big = facts(Priority::Critical, "weapon", &[]);
        big.subject_id = "tip-0".into();
        let small = facts(Priority::Medium, "theft", &[]);
        let active = vec![big.clone()];
        assert_eq!(inhibited_by(&t.inhibit, &small, &active, at(12, 30)).map(|f| &f.subject_id), Some(&big.subject_id));
        // Too late, too far, or not lower enough: not muted.
        assert!(inhibited_by(&t.inhibit, &small, &active, at(13, 30)).is_none());
        let mut far = big.clone();
        far.location = Some(GeoPoint { lat: 45.01, lon: -75.0 }); // ~1.1 km
        assert!(inhibited_by(&t.inhibit, &small, &[far], at(12, 30)).is_none());
        let high = facts(Priority::High, "theft", &[]);
        assert!(inhibited_by(&t.inhibit, &high, &active, at(12, 30)).is_none());
        // An alert never mutes itself.
        assert!(inhibited_by(&t.inhibit, &big, &active, at(12, 30)).is_none());
    }

    #[test]
    fn grouping_waits_then_throttles_then_repeats() {
        let t = Timing { group_wait_ms: 30, group_interval_ms: 300, repeat_interval_ms: 1000 };
        let mut g = GroupState::new(0);
        assert!(!g.should_notify(&t, 29));
        assert!(g.should_notify(&t, 30));
        g.on_notified(30);
        assert_eq!(g.next_due(&t), Some(1030));
        g.on_alert();
        assert_eq!(g.next_due(&t), Some(330));
        assert!(!g.should_notify(&t, 329) && g.should_notify(&t, 330));
        g.on_notified(330);
        let never = Timing { repeat_interval_ms: 0, ..t };
        assert_eq!(g.next_due(&never), None);
    }

    #[test]
    fn repeats_run_from_the_last_delivery_while_the_incident_is_open() {
        use crate::Lifecycle::*;
        let t = Timing { group_wait_ms: 0, group_interval_ms: 300, repeat_interval_ms: 2_000 };
        let delivered = NoticeHistory { last_delivered: Some(10_000), ..NoticeHistory::default() };
        assert_eq!(repeat_due(&t, Open, &delivered), Some(12_000));
        // Acknowledged or resolved: no more repeats, however long ago the last one was.
        assert_eq!(repeat_due(&t, Acknowledged, &delivered), None);
        assert_eq!(repeat_due(&t, Resolved, &delivered), None);
        // Repeats off on the route.
        assert_eq!(repeat_due(&Timing { repeat_interval_ms: 0, ..t }, Open, &delivered), None);
        // Nothing accepted yet: the first notice is still being retried, there is nothing to repeat.
        assert_eq!(repeat_due(&t, Open, &NoticeHistory::default()), None);
        let failing = NoticeHistory { last_given_up: Some(50_000), ..NoticeHistory::default() };
        assert_eq!(repeat_due(&t, Open, &failing), None);
        // A notice on its way (a new tip's update, or the previous repeat): wait for it to settle.
        assert_eq!(repeat_due(&t, Open, &NoticeHistory { in_flight: true, ..delivered }), None);
    }

    #[test]
    fn a_dead_lettered_repeat_waits_a_whole_interval_before_the_next() {
        let t = Timing { group_wait_ms: 0, group_interval_ms: 300, repeat_interval_ms: 2_000 };
        let h = NoticeHistory { last_delivered: Some(10_000), last_given_up: Some(60_000), in_flight: false };
        assert_eq!(repeat_due(&t, crate::Lifecycle::Open, &h), Some(62_000));
        // An old failure before the last delivery changes nothing.
        let h = NoticeHistory { last_given_up: Some(5_000), ..h };
        assert_eq!(repeat_due(&t, crate::Lifecycle::Open, &h), Some(12_000));
    }

    #[test]
    fn a_tree_repeats_if_any_route_does_and_routes_carry_send_resolved() {
        assert!(!tree().repeats());
        let mut t = tree();
        t.route.routes[1].routes[0].repeat_interval_s = 60;
        assert!(t.repeats());
        let resolved: RoutingConfig =
            serde_json::from_str(r#"{"route": {"routes": [{"receivers": ["a"], "send_resolved": true}]}}"#).unwrap();
        assert!(!resolved.repeats());
        assert!(route_detailed(&resolved, &facts(Priority::Low, "x", &[]), at(1, 0))[0].send_resolved);
    }
}
