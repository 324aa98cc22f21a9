//! When it happened: time expressions resolved against the tip's received time into absolute windows.
//!
//! Tipsters speak relative to now ("ten minutes ago", "just now") or in local clock time ("half past
//! ten", "yesterday at 3 pm"). The received time is passed in and the local offset comes from the
//! gazetteer, so the result is deterministic. Every window is deliberately wider than the words: people
//! round, and a missed camera clip costs more than a few extra minutes of footage.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};

use crate::analysis::{Entity, EntityKind, Span, TimeWindow};
use super::{clause_starts_at, lexicon, phrase_at, says_correction, sentence_start, sentence_starts_at};
use crate::normalise::{ClockTime, Normalised, Token, TokenKind, WEEKDAYS};

/// A time expression found in a tip.
#[derive(Debug, Clone)]
pub struct FoundTime {
    pub entity: Entity,
    pub window: TimeWindow,
    /// How specific the expression is; the most specific sets the tip's window.
    pub rank: u8,
    /// Too broad to state as when it happened, though it bounds the window: "this morning" told at noon
    /// reaches from dawn to the tip. Neither the corpora's annotators nor a dispatcher take it for the time of
    /// the event (in the studied sets they left it out in all but a handful of tips), but a camera search can
    /// still use its window.
    pub broad: bool,
}

impl FoundTime {
    /// Whether this is an event said to have "just" happened ([`just_happened`]), or what someone does next told as now
    /// ([`someone_next`]): its moment bounds the window, but it yields to any other time told and weighs for no priority.
    pub(crate) fn yields(&self) -> bool {
        self.entity.attributes.get("expression").is_some_and(|e| e == "just" || e == "next")
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum DayPart {
    Yesterday,
    YesterdayMorning,
    YesterdayAfternoon,
    YesterdayEvening,
    LastNight,
    ThisMorning,
    ThisAfternoon,
    ThisEvening,
    Tonight,
    EarlierToday,
    Overnight,
}

const DAY_PARTS: &[(&[&str], DayPart)] = &[
    (&["yesterday", "morning"], DayPart::YesterdayMorning),
    (&["yesterday", "afternoon"], DayPart::YesterdayAfternoon),
    (&["yesterday", "evening"], DayPart::YesterdayEvening),
    (&["yesterday"], DayPart::Yesterday),
    (&["last", "night"], DayPart::LastNight),
    (&["this", "morning"], DayPart::ThisMorning),
    (&["this", "afternoon"], DayPart::ThisAfternoon),
    (&["this", "evening"], DayPart::ThisEvening),
    (&["tonight"], DayPart::Tonight),
    (&["earlier", "today"], DayPart::EarlierToday),
    (&["overnight"], DayPart::Overnight),
    // As a recogniser splits it.
    (&["over", "night"], DayPart::Overnight),
];

const NOW_PHRASES: &[&[&str]] = &[
    &["right", "now"],
    &["just", "now"],
    &["happening", "now"],
    &["in", "progress"],
    &["as", "we", "speak"],
    &["at", "the", "moment"],
    &["currently"],
    &["right", "this", "minute"],
    &["is", "happening"],
    &["going", "on", "now"],
    // Texting shorthand for "right now".
    &["rn"],
];

fn weekday(key: &str) -> Option<chrono::Weekday> {
    let monday_first = WEEKDAYS.iter().position(|d| *d == key)?;
    chrono::Weekday::try_from(u8::try_from(monday_first).ok()?).ok()
}

/// Days named by their holiday, with their month and day.
const HOLIDAYS: &[(&[&str], u32, u32)] = &[
    (&["new", "years", "eve"], 12, 31),
    (&["new", "years", "day"], 1, 1),
    // ("On New Year night I am in Maple Square": the night of the eve.)
    (&["new", "years", "night"], 12, 31),
    (&["new", "year", "night"], 12, 31),
    (&["christmas", "eve"], 12, 24),
    (&["christmas", "day"], 12, 25),
    (&["halloween"], 10, 31),
];

/// A date of the month starting at `k`: "December 30", "Dec. 30th", "the 30th of December", "30 December", "New Year's
/// Eve". (tokens used, month, day).
pub(crate) fn month_day_at(t: &[Token], k: usize) -> Option<(usize, u32, u32)> {
    if let Some((w, m, d)) = HOLIDAYS.iter().find(|(w, _, _)| phrase_at(t, k, w)) {
        return Some((w.len(), *m, *d));
    }
    let month = |k: usize| t.get(k).and_then(|x| month_number(&x.key));
    let day = |k: usize| match t.get(k).map(|x| x.kind) {
        Some(TokenKind::Number(d @ 1..=31)) => Some(d as u32),
        Some(TokenKind::Ordinal(d @ 1..=31)) => Some(d),
        _ => None,
    };
    let dot = usize::from(t.get(k + 1).is_some_and(|x| x.text == "."));
    if let (Some(m), Some(d)) = (month(k), day(k + 1 + dot)) {
        return Some((2 + dot, m, d));
    }
    let of = usize::from(t.get(k + 1).is_some_and(|x| x.key == "of"));
    // (Not the verbs: "2 may come back", "the 3 march down the street".)
    let verb = of == 0 && t.get(k + 1).is_some_and(|x| matches!(x.key.as_str(), "may" | "march"));
    day(k).zip(month(k + 1 + of)).filter(|_| !verb).map(|(d, m)| (2 + of, m, d))
}

/// The date a month and day said on `today` mean: today or the most recent such day, unless it is still to come within
/// half a year (a date ahead is a plan: "my court date is April 3"; "December 30" said in January is last year's).
pub(crate) fn date_said(today: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(today.year(), month, day)?;
    if this_year <= today {
        Some(this_year)
    } else if this_year - today <= Duration::days(183) {
        None
    } else {
        NaiveDate::from_ymd_opt(today.year() - 1, month, day)
    }
}

/// Whether a key names a month ("march", "dec").
pub(crate) fn is_month(key: &str) -> bool {
    month_number(key).is_some()
}

/// The month a key names, January 1.
fn month_number(key: &str) -> Option<u32> {
    MONTH_KEYS.iter().position(|m| m.contains(&key)).map(|m| m as u32 + 1)
}

/// Month names and their written short forms, January first.
const MONTH_KEYS: [&[&str]; 12] = [
    &["january", "jan"], &["february", "feb"], &["march", "mar"], &["april", "apr"], &["may"], &["june", "jun"], &["july", "jul"],
    &["august", "aug"], &["september", "sep", "sept"], &["october", "oct"], &["november", "nov"], &["december", "dec"],
];

fn day_part_at(t: &[Token], i: usize) -> Option<(usize, DayPart)> {
    DAY_PARTS.iter().find(|(w, _)| phrase_at(t, i, w)).map(|(w, d)| (w.len(), *d))
}

fn unit_seconds(key: &str) -> Option<i64> {
    Some(match key {
        "second" | "seconds" | "sec" | "secs" => 1,
        "minute" | "minutes" | "min" | "mins" => 60,
        "hour" | "hours" | "hr" | "hrs" => 3600,
        "day" | "days" => 86_400,
        _ => return None,
    })
}

struct Ctx {
    now: DateTime<Utc>,
    offset: FixedOffset,
}

/// How far after the tip a clock time may fall and still be past: slack for a tipster whose clock runs a little fast.
const CLOCK_SLACK_MIN: i64 = 15;

impl Ctx {
    fn local_date(&self) -> NaiveDate {
        self.now.with_timezone(&self.offset).date_naive()
    }

    fn at(&self, date: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
        let naive = date.and_time(NaiveTime::from_hms_opt(hour % 24, minute % 60, 0).expect("in range"));
        match self.offset.from_local_datetime(&naive).single() {
            Some(t) => t.with_timezone(&Utc),
            None => self.now,
        }
    }

    /// The night begun today, from 22:00 up to now, once it has begun.
    fn night_going_on(&self) -> Option<TimeWindow> {
        let start = self.at(self.local_date(), 22, 0);
        (self.now >= start).then_some(TimeWindow { start, end: self.now })
    }

    fn day_window(&self, part: DayPart) -> TimeWindow {
        let today = self.local_date();
        let yesterday = today.pred_opt().unwrap_or(today);
        let (start, end) = match part {
            DayPart::Yesterday => (self.at(yesterday, 0, 0), self.at(today, 0, 0)),
            DayPart::YesterdayMorning => (self.at(yesterday, 5, 0), self.at(yesterday, 12, 0)),
            DayPart::YesterdayAfternoon => (self.at(yesterday, 12, 0), self.at(yesterday, 18, 0)),
            DayPart::YesterdayEvening => (self.at(yesterday, 17, 0), self.at(yesterday, 23, 59)),
            DayPart::LastNight => (self.at(yesterday, 18, 0), self.at(today, 6, 0)),
            DayPart::Overnight => (self.at(yesterday, 22, 0), self.at(today, 6, 0)),
            DayPart::ThisMorning => (self.at(today, 5, 0), self.at(today, 12, 0)),
            DayPart::ThisAfternoon => (self.at(today, 12, 0), self.at(today, 18, 0)),
            DayPart::ThisEvening | DayPart::Tonight => (self.at(today, 17, 0), self.at(today, 23, 59)),
            DayPart::EarlierToday => (self.at(today, 0, 0), self.now),
        };
        // Never later than the tip itself.
        let end = end.min(self.now);
        TimeWindow { start: start.min(end), end }
    }

    /// A clock time on the most recent `wd` up to today (a week back when that is later than now), placed by the
    /// part of that day said with it: "Monday night around 11" is 23:00 on Monday, "Monday night around 2" is 02:00
    /// on the Tuesday. `None` when neither the part of day nor am/pm says which half of the day it is.
    fn on_weekday(&self, wd: chrono::Weekday, part: Option<&str>, c: ClockTime) -> Option<DateTime<Utc>> {
        let (hour, next_day) = hour_on_a_day(c, part)?;
        let today = self.local_date();
        let back = (i64::from(today.weekday().num_days_from_monday()) - i64::from(wd.num_days_from_monday())).rem_euclid(7);
        let mut date = today - Duration::days(back);
        let at = |d: NaiveDate| self.at(if next_day { d.succ_opt().unwrap_or(d) } else { d }, hour, u32::from(c.minute));
        if at(date) > self.now + Duration::minutes(CLOCK_SLACK_MIN) {
            date -= Duration::days(7);
        }
        Some(at(date))
    }

    /// A clock time on the most recent `month`/`day` up to today ("On December 30 around 2 pm"); a time said without
    /// its half of the day is the later half ("New Year's Eve, around 11:30"), as an evening or night is what callers
    /// date this way.
    /// Midnight is the one that ends the day ("on New Year's Eve at midnight"). `None` for a date or a time still to come
    /// ("the party is on March 14 at 8 pm").
    fn on_date(&self, month: u32, day: u32, c: ClockTime) -> Option<DateTime<Utc>> {
        let date = date_said(self.local_date(), month, day)?;
        let limit = self.now + Duration::minutes(CLOCK_SLACK_MIN);
        let m = u32::from(c.minute);
        // Candidates, latest first: midnight's end of the day before its start; the later half before the earlier.
        let candidates: Vec<(NaiveDate, u32)> = match hour_on_a_day(c, None) {
            Some((0, _)) if m == 0 => vec![(date.succ_opt()?, 0), (date, 0)],
            Some((hour, _)) => vec![(date, hour)],
            None => vec![(date, u32::from(c.hour) % 12 + 12), (date, u32::from(c.hour) % 12)],
        };
        // (Midnight ending today is no time gone by until it has struck: "on March 1 at midnight fireworks will go off".)
        candidates.into_iter().map(|(d, h)| (d, self.at(d, h, m))).find(|&(d, at)| at <= if d > self.local_date() { self.now } else { limit }).map(|(_, at)| at)
    }

    /// The most recent local time matching a clock time said without a date (or on `day`).
    fn clock(&self, c: ClockTime, day: Option<DayPart>) -> DateTime<Utc> {
        let today = self.local_date();
        let yesterday = today.pred_opt().unwrap_or(today);
        let h = u32::from(c.hour) % 24;
        let hours: Vec<u32> = match c.pm {
            Some(true) => vec![if h == 12 { 12 } else { (h + 12) % 24 }],
            Some(false) => vec![if h == 12 { 0 } else { h }],
            None if h > 12 || h == 0 => vec![h],
            None => match day {
                Some(DayPart::ThisMorning | DayPart::YesterdayMorning) => vec![h % 12],
                Some(DayPart::ThisAfternoon | DayPart::ThisEvening | DayPart::Tonight | DayPart::YesterdayAfternoon | DayPart::YesterdayEvening) => {
                    vec![h % 12 + 12]
                }
                // "12:30 last night" is half past midnight; "last night around 5:15" (dark by then in winter) is evening.
                Some(DayPart::LastNight) if h <= 4 || h == 12 => vec![h % 12],
                Some(DayPart::LastNight) => vec![h % 12 + 12],
                _ => vec![h % 12, h % 12 + 12],
            },
        };
        let m = u32::from(c.minute);
        let dates: Vec<NaiveDate> = match day {
            Some(DayPart::Yesterday | DayPart::YesterdayMorning | DayPart::YesterdayAfternoon | DayPart::YesterdayEvening) => vec![yesterday],
            // (An hour before noon, "4" or "5 am", is in the small hours of today.)
            Some(DayPart::LastNight) if hours.iter().all(|&h| h < 12) => vec![today],
            Some(DayPart::LastNight) => vec![yesterday],
            Some(_) => vec![today],
            None => vec![today, yesterday],
        };
        let limit = self.now + Duration::minutes(CLOCK_SLACK_MIN);
        let mut best: Option<DateTime<Utc>> = None;
        for d in &dates {
            for &hh in &hours {
                let t = self.at(*d, hh, m);
                if (day.is_some() || t <= limit) && best.is_none_or(|b| t > b) {
                    best = Some(t);
                }
            }
        }
        best.unwrap_or_else(|| self.at(today, hours[0], m))
    }
}

/// The hour of a clock time on a given day, placed by its am or pm or by the part of the day said with it ("Monday
/// night around 2" is 02:00 the next day: true); `None` when neither says which half of the day it is.
fn hour_on_a_day(c: ClockTime, part: Option<&str>) -> Option<(u32, bool)> {
    let h = u32::from(c.hour) % 12;
    Some(match (c.pm, part) {
        // (The 24-hour clock or midnight: "0:30", "23:50".)
        (None, _) if c.hour == 0 || c.hour > 12 => (u32::from(c.hour) % 24, false),
        (Some(pm), Some("night")) if !pm && h <= 4 => (h, true),
        (Some(true), _) => (h + 12, false),
        (Some(false), _) => (h, false),
        (None, Some("morning")) => (h, false),
        (None, Some("afternoon" | "evening")) => (h + 12, false),
        (None, Some("night")) if h <= 4 => (h, true),
        (None, Some("night")) => (h + 12, false),
        _ => return None,
    })
}

/// Finds every time expression in the tip.
pub fn extract(input: &str, n: &Normalised, received_at: DateTime<Utc>, utc_offset_minutes: i32) -> Vec<FoundTime> {
    let t = &n.tokens;
    let ctx = Ctx { now: received_at, offset: FixedOffset::east_opt(utc_offset_minutes.clamp(-1439, 1439) * 60).expect("clamped") };
    let mut out: Vec<FoundTime> = Vec::new();
    let mut used = vec![false; t.len()];
    let mut push = |first: usize, last: usize, window: TimeWindow, rank: u8, how: &str, broad: bool, used: &mut Vec<bool>| {
        for u in used.iter_mut().take(last + 1).skip(first) {
            *u = true;
        }
        let span = Span { start: t[first].span.start, end: t[last].span.end };
        let attributes = BTreeMap::from([
            ("start".to_owned(), window.start.to_rfc3339()),
            ("end".to_owned(), window.end.to_rfc3339()),
            ("expression".to_owned(), how.to_owned()),
        ]);
        let entity = Entity { kind: EntityKind::Time, span, text: input[span.start..span.end].to_owned(), attributes };
        out.push(FoundTime { entity, window, rank, broad });
    };
    let approx_before = |i: usize| i > 0 && matches!(t[i - 1].key.as_str(), "about" | "around" | "approximately" | "roughly" | "like" | "maybe" | "approx");
    // Clock times first: they claim their day qualifiers.
    for i in 0..t.len() {
        let TokenKind::Time(c) = t[i].kind else { continue };
        // The start of "between 9:30 and 10 pm" is read with its end.
        let range_end_follows = t.get(i + 1).is_some_and(|x| x.key == "and") && t.get(i + 2).is_some_and(|x| matches!(x.kind, TokenKind::Time(_)));
        if i > 0 && t[i - 1].key == "between" && range_end_follows {
            continue;
        }
        // "coming in for the 6:45", "the 5:40 train is due": a train or a show named by its time; "a 7 o'clock shift", "my
        // 3:30 appointment": something on a schedule.
        // ("We've got a 1 o'clock show.")
        let schedule = t.get(i + 1).is_some_and(|n| {
            matches!(n.key.as_str(), "shift" | "shifts" | "appointment" | "meeting" | "flight" | "class" | "show" | "shows" | "performance" | "showing"
                | "service" | "mass")
        });
        // "They were performing from 7:30 to 9:15 so it was sometime in there", "We were only gone from 7:30 till 10:15",
        // "from noon until after 9 ... motorcycles lined up": a span, which the labels keep as no time of its own.
        let span = i > 0 && t[i - 1].key == "from" && t.get(i + 1).is_some_and(|n| matches!(n.key.as_str(), "to" | "until" | "till"))
            || i > 2 && matches!(t[i - 1].key.as_str(), "to" | "until" | "till") && matches!(t[i - 2].kind, TokenKind::Time(_)) && t[i - 3].key == "from";
        let schedule = schedule || span;
        // "ran chainsaws until after 10 last night": when a noise went on till, no time of its own (as "till 1 am").
        let until = |k: usize| matches!(t[k].key.as_str(), "until" | "till");
        let until_about = i >= 2 && until(i - 2) && matches!(t[i - 1].key.as_str(), "after" | "about" | "around" | "past");
        if until_about {
            // (With the part of the day it is placed by: "10 last night" is said whole.)
            if let Some((k, len)) = (i + 1..(i + 3).min(t.len())).find_map(|k| day_part_at(t, k).map(|(len, _)| (k, len))) {
                used[k..k + len].iter_mut().for_each(|u| *u = true);
            }
            continue;
        }
        if i > 0 && t[i - 1].key == "the" || schedule {
            continue;
        }
        // "she was supposed to be home by 3:30", "due back by 6": a deadline, not when anything happened.
        let deadline = t[i.saturating_sub(7)..i].iter().any(|x| matches!(x.key.as_str(), "supposed" | "due" | "should" | "promised"));
        if i > 0 && t[i - 1].key == "by" && deadline {
            continue;
        }
        let mut first = i;
        let mut last = i;
        let mut day = None;
        for k in i.saturating_sub(4)..(i + 3).min(t.len()) {
            if let Some((len, d)) = day_part_at(t, k) {
                day = Some(d);
                first = first.min(k);
                last = last.max(k + len - 1);
                break;
            }
        }
        if i > 0 && matches!(t[i - 1].key.as_str(), "at" | "around" | "about" | "since" | "approximately" | "by") {
            first = first.min(i - 1);
        }
        // "sometime between Friday 6 pm and this morning": the open start of a span, as its end is (below).
        let span_start = t[i.saturating_sub(3)..i].iter().any(|x| x.key == "between")
            && t.get(i + 1).is_some_and(|x| x.key == "and")
            && day_part_at(t, i + 2).is_some();
        if span_start || asked_or_planned(t, i) || still_well(input, t, i) || scheduled(t, i) {
            used[first..=last].iter_mut().for_each(|u| *u = true);
            continue;
        }
        // "Monday night around 11", "Saturday around 9 pm": the clock time on the most recent such day.
        // ("On Tuesday, December 13, around 5 pm": the weekday before the date of the month.)
        let date_between = |k: usize| {
            t[k + 1..i].iter().all(|x| {
                matches!(x.kind, TokenKind::Punct | TokenKind::Number(_))
                    || is_month(&x.key)
                    || matches!(x.key.as_str(), "at" | "around" | "about" | "approximately" | "the" | "of")
            })
        };
        let on_weekday = (i.saturating_sub(8)..i).filter(|&k| k + 4 >= i || date_between(k)).find_map(|k| {
            let wd = weekday(&t[k].key)?;
            let before = if k > 0 { t[k - 1].key.as_str() } else { "" };
            let part = t.get(k + 1).map(|p| p.key.as_str()).filter(|p| matches!(*p, "night" | "morning" | "afternoon" | "evening"));
            let habit_or_plan = matches!(before, "every" | "next" | "this" | "coming" | "till" | "until" | "by");
            let at = (!habit_or_plan).then(|| ctx.on_weekday(wd, part, c)).flatten()?;
            Some((k, at))
        });
        if let Some((k, _)) = on_weekday {
            first = first.min(k);
        }
        // "On December 30 around 2 pm", "On New Year's Eve, around 11:30": the clock time on that date (which wins over a
        // weekday said with it).
        // ("We need it by December 30 at 5 pm": a deadline, no time of the event.)
        let date = (i.saturating_sub(8)..i).find_map(|k| {
            let (len, month, day) = month_day_at(t, k)?;
            let between = t[k + len..i].iter().all(|x| {
                x.kind == TokenKind::Punct || matches!(x.key.as_str(), "at" | "around" | "about" | "approximately" | "approx" | "on" | "the")
            });
            let plan = k > 0 && matches!(t[k - 1].key.as_str(), "till" | "until" | "by" | "next" | "this");
            between.then_some((k, month, day, plan))
        });
        let on_date = date.and_then(|(k, month, day, _)| ctx.on_date(month, day, c).map(|at| (k, at)));
        if date.is_some_and(|(.., plan)| plan) || date.is_some() && on_date.is_none() {
            used[first..=last].iter_mut().for_each(|u| *u = true);
            continue;
        }
        if let Some((k, _)) = on_date {
            first = first.min(k);
        }
        let on_weekday = on_date.or(on_weekday);
        // "The family is coming at noon to pick it up", "pay with gift cards by noon", said in the morning: a time later today,
        // still to come (the most recent such time would be yesterday's).
        let later_today = |pm: bool| ctx.at(ctx.local_date(), u32::from(c.hour) % 12 + if pm { 12 } else { 0 }, u32::from(c.minute)) > received_at;
        // (Not told in the past: "I got home by 11 pm", "the bus was arriving at 10 pm", "she was due home at 9 pm".)
        // (The past word governing the time, not "the man who left said he's coming back at 8 pm", "i had to pay by 7 pm today".)
        let past = t[i.saturating_sub(4)..i].iter().any(|x| matches!(x.key.as_str(), "got" | "was" | "were" | "had"))
            && t.get(i + 1).is_none_or(|n| n.key != "today");
        let coming = !past
            && (i > 0 && t[i - 1].key == "by"
                || t[i.saturating_sub(3)..i].iter().any(|x| matches!(x.key.as_str(), "coming" | "arriving" | "due" | "picking" | "meeting")));
        if coming && day.is_none() && on_weekday.is_none() && c.pm.is_some_and(later_today) {
            used[first..=last].iter_mut().for_each(|u| *u = true);
            continue;
        }
        let at = on_weekday.map_or_else(|| ctx.clock(c, day), |(_, at)| at);
        // "we need them by 6 tonight": a time still to come is no time of the event.
        if at > received_at + Duration::minutes(CLOCK_SLACK_MIN) {
            used[first..=last].iter_mut().for_each(|u| *u = true);
            continue;
        }
        let approx = approx_before(i);
        // "between 1 and 3 am": the start takes the end's am or pm.
        let range_start = (i >= 3 && t[i - 1].key == "and" && t[i - 3].key == "between")
            .then(|| match t[i - 2].kind {
                TokenKind::Time(s) => Some(ClockTime { pm: s.pm.or(c.pm), ..s }),
                TokenKind::Number(h @ 1..=12) => Some(ClockTime { hour: h as u8, minute: 0, pm: c.pm }),
                _ => None,
            })
            .flatten()
            .map(|s| ctx.clock(s, day))
            .filter(|s| *s <= at && at - *s <= Duration::hours(12));
        if let Some(start) = range_start {
            first = first.min(i - 3);
            push(first, last, TimeWindow { start, end: at }, 5, "clock", false, &mut used);
            continue;
        }
        let window = if i > 0 && t[i - 1].key == "since" {
            TimeWindow { start: at, end: received_at.max(at) }
        } else {
            let w = Duration::minutes(if approx { 20 } else { 10 });
            TimeWindow { start: at - w, end: at + w }
        };
        push(first, last, window, 5, "clock", false, &mut used);
    }
    // Whether anything is told as going on ("is moving", "has been following"): asked of a "now" below, once per tip.
    let going_on = t.windows(2).any(|w| matches!(w[0].key.as_str(), "is" | "are" | "been" | "hes" | "shes" | "theyre") && w[1].key.ends_with("ing"));
    let mut i = 0;
    while i < t.len() {
        if used[i] {
            i += 1;
            continue;
        }
        // "<amount> <unit> ago", "in the last <amount> <unit>"
        if let Some((len, secs_lo, secs_hi, since)) = amount_ago(t, i) {
            if since && counted_before(t, i) {
                i += len;
                continue;
            }
            let approx = approx_before(i);
            let first = if approx { i - 1 } else { i };
            let window = if since {
                TimeWindow { start: received_at - Duration::seconds(secs_hi), end: received_at }
            } else {
                let centre_lo = received_at - Duration::seconds(secs_hi);
                let centre_hi = received_at - Duration::seconds(secs_lo);
                let spread = ((secs_hi as f64) * if approx { 0.35 } else { 0.25 }).max(120.0) as i64;
                TimeWindow { start: centre_lo - Duration::seconds(spread), end: (centre_hi + Duration::seconds(spread)).min(received_at) }
            };
            push(first, i + len - 1, window, 4, if since { "recent_period" } else { "relative" }, false, &mut used);
            i += len;
            continue;
        }
        if let Some((len, d)) = day_part_at(t, i) {
            // "stole my bike at the pool yesterday", "since yesterday": a whole day, not a time the labels or a
            // dispatcher can use (a part of it or a clock time is).
            if matches!(d, DayPart::Yesterday) && len == 1 {
                i += 1;
                continue;
            }
            // "sometime between Friday evening and this morning": the end of a span, not a time of its own;
            // "the kids are going to see it this morning": what is still to come.
            let span_end = i > 0 && t[i - 1].key == "and" && t[i.saturating_sub(8)..i].iter().any(|x| x.key == "between");
            // "we've got eight inches coming tonight", "enough for tonight": the night ahead.
            // ("a heater in there for the frost tonight", "if she goes to prom tonight": what tonight will bring.)
            let for_the_thing = (3..=4).any(|k| i >= k && t[i - k].key == "for" && t[i - k + 1].key == "the");
            // (The "if" in the same clause: not "Not sure if this matters but tonight a man ...".)
            let clause = t[i.saturating_sub(6)..i].iter().rev().take_while(|x| x.kind != TokenKind::Punct && x.key != "but");
            let ahead = matches!(d, DayPart::Tonight)
                && (i > 0 && matches!(t[i - 1].key.as_str(), "coming" | "for" | "till" | "until" | "through")
                    || for_the_thing
                    || clause.into_iter().any(|x| x.key == "if"));
            let to_come = ahead || asked_or_planned(t, i);
            // "after my overnight shift": a working time the event followed ("during my overnight shift" is its time).
            let shift = t.get(i + len).is_some_and(|n| matches!(n.key.as_str(), "shift" | "shifts"))
                && t[i.saturating_sub(2)..i].iter().any(|x| matches!(x.key.as_str(), "after" | "before" | "from" | "off"));
            // "I didn't sleep last night": the caller's night, no event's (not "broke in while we slept last night").
            let slept = i >= 2 && matches!(t[i - 1].key.as_str(), "sleep" | "slept")
                && matches!(t[i - 2].key.as_str(), "didnt" | "couldnt" | "cant" | "havent" | "hardly" | "barely" | "not" | "never");
            // "the overnight warming room", "our overnight staff": a thing named by the night, no time of the event.
            let attributive = matches!(d, DayPart::Overnight) && i > 0 && lexicon::determiner(&t[i - 1].key)
                // (A shift is the caller's working time: "during my overnight shift" is when it happened, see above.)
                && t.get(i + len).is_some_and(|n| n.kind == TokenKind::Word && !matches!(n.key.as_str(), "shift" | "shifts"));
            // "From about 6 to 9 last night that gym had a DJ": the night placing a span, which the labels keep as no time.
            let hour = |k: usize| matches!(t[k].kind, TokenKind::Number(1..=12) | TokenKind::Time(_));
            let hours_span = i >= 4 && hour(i - 1) && matches!(t[i - 2].key.as_str(), "to" | "till" | "until") && hour(i - 3)
                && (t[i - 4].key == "from" || i >= 5 && t[i - 5].key == "from" && approx_before(i - 3));
            if span_end || to_come || shift || slept || attributive || hours_span {
                i += len;
                continue;
            }
            // Something left somewhere overnight, said once the night has begun ("the teams left them in the lab overnight",
            // at 11:40 pm), is this night; an event "overnight" is the night before ("someone broke into my shed overnight").
            let left = matches!(d, DayPart::Overnight)
                && t[i.saturating_sub(6)..i].iter().any(|x| matches!(x.key.as_str(), "left" | "leave" | "leaving" | "parked" | "kept" | "keep" | "stay" | "staying"));
            let window = if left { ctx.night_going_on().unwrap_or_else(|| ctx.day_window(d)) } else { ctx.day_window(d) };
            // "The finals are this afternoon", said in the morning: a part of the day not begun is no time of the event.
            // (Not the morning, which callers start at midnight: "this morning around 1".)
            if window.start >= received_at && !matches!(d, DayPart::ThisMorning) {
                i += len;
                continue;
            }
            push(i, i + len - 1, window, 2, "day_part", matches!(d, DayPart::ThisMorning), &mut used);
            i += len;
            continue;
        }
        // "for three days now" is a duration, not the moment of the tip.
        // ("It's happened four times now", "for a few mornings now": a count up to now.)
        // ("That's six houses now": a count of any thing.)
        let after_duration = i > 0
            && (unit_seconds(&t[i - 1].key).is_some()
                || matches!(t[i - 1].key.as_str(), "weeks" | "week" | "months" | "years" | "times" | "mornings" | "nights" | "evenings" | "weekends")
                // ("That's five times around now".)
                || i > 1 && t[i - 2].key == "times" && matches!(t[i - 1].key.as_str(), "around" | "over" | "already")
                // (Said at the end of its clause: not "there are 3 guys now standing around my car".)
                || i > 1 && matches!(t[i - 2].kind, TokenKind::Number(2..)) && t[i - 1].key.ends_with('s')
                    && t.get(i + 1).is_none_or(|n| n.kind == TokenKind::Punct));
        // "wants $300 now instead of the $150": a change of terms, not a time.
        let instead = t.get(i + 1).is_some_and(|n| n.key == "instead");
        // "... and now he's turning blue", "Now they're pulling out": "now" opening a clause tells what
        // happened next, not when; the tip's time is said elsewhere or not at all.
        // Speech has no commas: there a "now" before a subject ("... and split it now the top's burning", "... who
        // was next now they're throwing") opens the clause.
        let spoken_clause = || {
            !input.contains([',', '.'])
                && i > 0
                && !matches!(t[i - 1].key.as_str(), "is" | "are" | "here" | "there" | "over" | "out" | "come" | "right" | "just" | "happening" | "inside")
                && t.get(i + 1).is_some_and(|n| matches!(n.key.as_str(), "the" | "his" | "her" | "their" | "he" | "she" | "they" | "hes" | "shes" | "theyre"))
        };
        // ("syncopal episode approximately thirteen fifty now alert and oriented": the patient's state since.)
        let state_since = t.get(i + 1).is_some_and(|n| matches!(n.key.as_str(), "alert" | "awake" | "conscious" | "responsive" | "stable"));
        let narrating = || {
            (clause_starts_at(input, t, i) || i > 0 && matches!(t[i - 1].key.as_str(), "and" | "but" | "so" | "then") || spoken_clause() || state_since)
                && t.get(i + 1).is_some_and(|n| n.kind != TokenKind::Punct)
        };
        // "Gone now", "it's quiet now": how things stand once it is over.
        // ("We're all outside now": where the people are once it is over. "He's home now" was mixed: labelled once, unlabelled twice.)
        // "I'm only calling now because I just woke up": when the call is made, not the event.
        // "I've taken the handle off for now", "he should be home by now": for the time being, by this time.
        let over = i > 0
            && matches!(
                t[i - 1].key.as_str(),
                "gone" | "quiet" | "over" | "stopped" | "calm" | "fine" | "okay" | "ok" | "safe" | "outside" | "calling" | "reporting" | "writing"
                    | "texting" | "for" | "by" | "until" | "till"
                    // ("She's free now", "the battery's died now".)
                    | "free" | "died" | "dead" | "flat" | "empty"
            );
        // A "now" ending its clause: where its sentence starts, read by the two checks below.
        let closing_now = (t[i].key == "now" && t.get(i + 1).is_none_or(|n| n.kind == TokenKind::Punct)).then(|| sentence_start(input, t, i, 12));
        // "I'm parked at the post office lot now": where the caller is, in a tip where nothing is going on ("I'm watching
        // him now", "he has been following me ... I'm near Willow now" are the event still going on).
        let callers_place = !going_on
            && closing_now.is_some_and(|from| matches!(t[from].key.as_str(), "im" | "were") && t[from..i].iter().all(|x| !x.key.ends_with("ing")));
        // "It's locked in my office now", "it's a sheet of ice now": how a thing stands, in a tip with no vehicle the "it"
        // could be ("It's going north on 10th now" is the event going on). "Please come now", "Send somebody now": a request.
        let things_state = closing_now.is_some_and(|from| {
            (t[from].key == "its" || t[from].key == "it" && t.get(from + 1).is_some_and(|n| matches!(n.key.as_str(), "is" | "was")))
                && !(0..t.len()).any(|k| lexicon::vehicle_types().at(t, k).is_some())
        });
        let request = t[i].key == "now"
            && (i > 1 && matches!(t[i - 1].key.as_str(), "come" | "go" | "hurry") && t[i - 2].key == "please"
                || t[i.saturating_sub(3)..i].iter().any(|x| x.key == "send"));
        if t[i].key == "now" && !after_duration && !over && !instead && !callers_place && !things_state && !request && !narrating() {
            push(i, i, TimeWindow { start: received_at - Duration::minutes(5), end: received_at }, 0, "now", false, &mut used);
            i += 1;
            continue;
        }
        // "... and bit her on the shoulder. Now he's laughing about it with his buddies by the bench": what someone does
        // next, told as going on now, is the event's time when the tip tells no other (as "just" is).
        // (Opening a sentence only: "and now he's turning blue" runs on what came before.)
        // In speech a "now" may end the clause before ("with scissors now she's been under almost a minute", "twice now he's
        // hiked up his sweatshirt"): there only "now he's" or "now he is" doing or being somewhere, not after "and".
        let key = |k: usize| t.get(k).map_or("", |x| x.key.as_str());
        let is_doing = |k: usize| key(k) != "been" && !key(k).ends_with("ed");
        let he_is = || {
            matches!(key(i + 1), "hes" | "shes" | "theyre") && is_doing(i + 2)
                || matches!(key(i + 1), "he" | "she" | "they") && matches!(key(i + 2), "is" | "are") && is_doing(i + 3)
        };
        let opens_sentence = || {
            i == 0 || sentence_starts_at(input, t, i) || spoken_clause() && he_is() && !matches!(key(i - 1), "and" | "but" | "so" | "then")
        };
        if t[i].key == "now" && opens_sentence() && !after_duration && !over && someone_next(input, t, i) {
            push(i, i, TimeWindow { start: received_at - Duration::minutes(5), end: received_at }, 0, "next", false, &mut used);
            i += 1;
            continue;
        }
        // ("I'm an RN at St. Mary's" is a nurse: the shorthand is typed in lower case.)
        let nurse = t[i].key == "rn" && t[i].text != "rn";
        // ("at the party from 6:30 until just now": the end of the time away, not the event's.)
        let span_end = i > 0 && matches!(t[i - 1].key.as_str(), "until" | "till");
        if let Some(p) = NOW_PHRASES.iter().find(|p| phrase_at(t, i, p)).filter(|_| !nurse) {
            if !span_end {
                push(i, i + p.len() - 1, TimeWindow { start: received_at - Duration::minutes(5), end: received_at }, 1, "now", false, &mut used);
            }
            i += p.len();
            continue;
        }
        i += 1;
    }
    // "A car just hit a man walking his dog", "somebody just fired four or five shots": an event just over is now, when
    // the tip tells no other time (a broad "this morning" of the roads' state is none).
    if let Some((k, last)) = just_happened(t) {
        push(k, last, TimeWindow { start: received_at - Duration::minutes(5), end: received_at }, 0, "just", false, &mut used);
    }
    if out.iter().any(|f| !f.broad && !f.yields()) {
        out.retain(|f| !f.yields());
    }
    // ("he just came back in ... and fired it into the ceiling. Now he's walking table to table": one moment, told first.)
    if let Some(first) = out.iter().filter(|f| f.yields()).map(|f| f.entity.span.start).min() {
        out.retain(|f| !f.yields() || f.entity.span.start == first);
    }
    // "last night ... around 3 am": a clock time inside a day part said in the same tip is the same moment,
    // told twice; the day part adds nothing and would count as a second time.
    // "until 1 in the morning every night", "mostly after midnight": a habit, not when the event happened;
    // "sometime over the weekend, noticed this morning", "came out this morning and my car's on blocks",
    // "this morning I found 3 shell casings": when it was found, not when it happened.
    out.retain(|f| {
        let first = t.iter().position(|x| x.span.start >= f.entity.span.start).unwrap_or(0);
        let last = t.iter().rposition(|x| x.span.end <= f.entity.span.end).unwrap_or(first);
        // "Found a ladder leaned up against my daughter's window this morning": the finding verb may open the
        // sentence.
        // ("... because I just woke up. This morning around 6:30 a man ...": not across a full stop.)
        let from = sentence_start(input, t, first, 12);
        // ("back door opened at 0312 hrs": an alarm telling of the door, the event itself.)
        // ("worker found down in the excavation, pulled out approx 1115": someone found collapsed, whose time is
        // the emergency's own.)
        // ("found him unresponsive at 0640" too; not "I came down at 6 and my car was on blocks".)
        let collapsed = |k: usize| {
            matches!(t[k].key.as_str(), "found" | "discovered")
                && t[k + 1..(k + 3).min(t.len())].iter().any(|n| matches!(n.key.as_str(), "down" | "unresponsive" | "unconscious" | "collapsed" | "slumped" | "lying"))
        };
        let finding = |k: usize| {
            FOUND.contains(&t[k].key.as_str())
                && !(t[k].key == "opened" && k > 0 && matches!(t[k - 1].key.as_str(), "door" | "doors" | "gate" | "window" | "contact" | "slider" | "hatch"))
                && !collapsed(k)
        };
        let found_before = (first.saturating_sub(3).max(from)..first).any(finding)
            || (from..first).any(|k| matches!(t[k].key.as_str(), "found" | "noticed" | "discovered") && !collapsed(k));
        let found_after = t[last + 1..(last + 3).min(t.len())].iter().any(|x| matches!(x.key.as_str(), "found" | "noticed" | "discovered"));
        // "Is the park open after dark tonight for the meteor shower?", "Is the overnight parking ban on tonight?": a
        // time asked about in a question of how things will be (not "did anyone else hear gunshots around 2 am?", "someone
        // broke into my car last night can you send an officer?", told and then asked).
        let opener = t[..first].iter().rposition(|x| x.kind == TokenKind::Punct).map_or(0, |k| k + 1);
        let asked = t[last + 1..].iter().find(|x| x.kind == TokenKind::Punct).is_some_and(|x| x.text == "?")
            && t.get(opener).is_some_and(|x| matches!(x.key.as_str(), "is" | "are" | "will" | "why" | "does"))
            && !t[first.saturating_sub(1)..=first].iter().any(|x| x.key == "since");
        !habitual(input, t, first) && !found_before && !found_after && !asked
    });
    // "this morning at 9 ... it's all bruised now", "at quarter past 3 ... Gone now": with an earlier time
    // said, a bare "now" tells how things stand, not when the event was.
    // "... right now shining a spotlight ... It's 3 in the morning": the moment told twice; the clock says it.
    // (The present said as a clock, "it's 3 in the morning"; not an event a few minutes back, "rear slider opened 2347
    // hrs, ... moving around upstairs right now".)
    let says_present = |f: &FoundTime| {
        let k = t.iter().position(|x| x.span.start >= f.entity.span.start).unwrap_or(0);
        k >= 1 && t[k - 1].key == "its" || k >= 2 && t[k - 2].key == "it" && t[k - 1].key == "is"
    };
    let clock_now = out.iter().any(|f| f.rank == 5 && f.window.start <= received_at && received_at - f.window.end <= Duration::minutes(15) && says_present(f));
    if clock_now {
        out.retain(|f| f.rank > 1);
    } else if out.iter().any(|f| f.rank >= 2 && f.window.end < received_at - Duration::minutes(15)) {
        out.retain(|f| f.rank != 0);
    }
    // "this morning my camera got him, 4:40 a.m.": a clock time an hour either side of a day part's edge is in it
    // as people speak, though the window a day part alone gets is narrower.
    let clocks: Vec<TimeWindow> = out.iter().filter(|f| f.rank == 5).map(|f| f.window).collect();
    let edge = Duration::hours(1);
    out.retain(|f| f.rank != 2 || !clocks.iter().any(|c| f.window.start - edge <= c.end && c.start <= f.window.end + edge));
    out.sort_by_key(|f| f.entity.span.start);
    // "at 3:40, sorry, 3:14, I read it wrong": a clock time corrected right after it is said.
    let corrected: Vec<usize> = (0..out.len().saturating_sub(1))
        .filter(|&k| {
            let (a, b) = (&out[k], &out[k + 1]);
            let between = input.get(a.entity.span.end..b.entity.span.start).unwrap_or("");
            let said_between: Vec<Token> = t.iter().filter(|x| x.span.start >= a.entity.span.end && x.span.end <= b.entity.span.start).cloned().collect();
            a.rank == 5 && b.rank == 5 && between.split_whitespace().count() <= 4 && says_correction(&said_between)
        })
        .collect();
    for k in corrected.into_iter().rev() {
        out.remove(k);
    }
    // "Front glass break 0311 hrs, interior motion 0312, display room 0313": clock times minutes apart are one event's
    // moments, told as it went on; the first holds the window, stretched to the last.
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.rank == 5 && b.rank == 5 && a.window.start <= b.window.start && b.window.start - a.window.start <= Duration::minutes(5) {
            let end = b.window.end.max(a.window.end);
            out[k - 1].window.end = end;
            out[k - 1].entity.attributes.insert("end".to_owned(), end.to_rfc3339());
            out.remove(k);
        } else {
            k += 1;
        }
    }
    out
}

/// "just want somebody to drive by tonight", "can you put a car there at 7:20", "the kids are going to see it this
/// morning": a time still to come or asked for, not when anything happened.
fn asked_or_planned(t: &[Token], i: usize) -> bool {
    let before = &t[i.saturating_sub(6)..i];
    // ("I want to report that around 10:30 last night ..." tells what happened.)
    let telling = before.iter().any(|x| matches!(x.key.as_str(), "report" | "tell"));
    // ("Can a car swing by tonight?", "could somebody come".)
    let asked = t[i.saturating_sub(8)..i].windows(2).any(|w| {
        matches!(w[0].key.as_str(), "can" | "could") && matches!(w[1].key.as_str(), "you" | "somebody" | "someone" | "anyone" | "anybody" | "a" | "an")
    });
    asked
        || !telling && before.iter().any(|x| matches!(x.key.as_str(), "gonna" | "will" | "want" | "please" | "could"))
        || before.windows(2).any(|w| w[0].key == "going" && w[1].key == "to")
}

/// Words before a time that make it when something was found or told: "came out this morning", "found it this
/// morning", "didn't think to call till this morning", "they only told me this morning".
/// Past tenses that do not end in "-ed".
const IRREGULAR_PAST: &[&str] = &[
    "went", "hit", "ran", "took", "came", "got", "fell", "broke", "bit", "caught", "shot", "threw", "drove", "left", "stole", "swung",
    "struck", "blew", "flew", "tore", "lost", "cut", "stuck", "spun", "slid", "split", "sped", "fled", "rode", "had", "made", "began",
    "burst", "shut", "sank", "gave", "bust", "spit", "held", "beat", "slit", "found", "saw", "heard", "told",
];

/// Whether the "now" at `i`, opening a sentence, tells what someone does next: a person its subject ("Now he's sitting
/// back in his truck", "Now a man climb in the window", "Now the Charger guy's getting back in his car"), and no state of
/// a body or a thing ("Now she vomit two times", "Now his face is so swollen", "Now that the snow's gone", "Now it's back").
fn someone_next(input: &str, t: &[Token], i: usize) -> bool {
    const BODY_STATE: &[&str] = &[
        "vomit", "vomiting", "vomited", "threw", "throwing", "cry", "crying", "awake", "seizing", "shaking", "blisters", "swollen", "swelling",
        "breathing", "breathe", "fever", "rash", "hurt", "hurts", "pain", "pale", "bleeding", "sick", "dizzy", "confused", "feel", "feels",
        "limping", "unconscious", "bump", "slurring", "eating", "dead",
        // Over, or a standing trouble rather than an event: "Now they're gone", "Now he says he never got it", "Now the kids
        // are afraid", "Now he won't give it back".
        "gone", "left", "says", "saying", "wont", "afraid", "scared", "jail",
    ];
    // (Nor when the tip puts its event on another day: "yesterday", "last week", "two days ago".)
    let another_day = t.iter().enumerate().any(|(k, x)| {
        matches!(x.key.as_str(), "yesterday" | "ago" | "earlier")
            || x.key == "last" && t.get(k + 1).is_some_and(|n| matches!(n.key.as_str(), "week" | "night" | "month" | "year" | "weekend"))
    });
    let someone_named = || (i + 2..(i + 4).min(t.len())).any(|k| lexicon::person_nouns().at(t, k).is_some());
    let subject = t.get(i + 1).is_some_and(|n| matches!(n.key.as_str(), "he" | "she" | "they" | "hes" | "shes" | "theyre"))
        || t.get(i + 1).is_some_and(|n| matches!(n.key.as_str(), "a" | "the")) && someone_named();
    let to = (i + 1..t.len()).find(|&k| sentence_starts_at(input, t, k)).unwrap_or(t.len()).min(i + 16);
    subject && !another_day && !t[i + 1..to].iter().any(|x| BODY_STATE.contains(&x.key.as_str()))
}

/// Where the tip says its event "just" happened: "just" and a past tense, "a woman just yanked the cash box". Not "just"
/// as "only" ("just a question", "he's just standing there", "just shaken"), nor the caller's own coming upon what was
/// done before ("we just got home and the door was pried", "I just noticed my bike is gone"); someone found in trouble
/// is the emergency's own moment ("I just found him passed out"); nor word of it passed on ("my daughter just called").
/// The first and last tokens of the phrase.
pub(crate) fn just_happened(t: &[Token]) -> Option<(usize, usize)> {
    const CALLERS_OWN: &[&str] = &[
        "got", "came", "checked", "looked", "pulled", "walked", "woke", "returned", "opened", "went", "arrived", "heard", "talked", "spoke",
        "read", "listened", "moved", "bought", "paid", "wanted", "had",
    ];
    // (A recogniser splits "rear-ended", "T-boned": "just rear ended the mini van".)
    let split = |k: usize| matches!(t[k + 1].key.as_str(), "rear" | "t" | "side") && t.get(k + 2).is_some_and(|n| n.key.ends_with("ed"));
    // A stranger's words of himself "just told" at `k` are the event: "a man in a green elf hat just told me hes one of santas
    // helpers". (Not word of someone else, "a customer just told us there's a man in aisle 9", nor what befell him before,
    // "just told me hes been robbed yesterday", "she was assaulted".)
    // ("a man at the gear swap just said he has better skates in my size in his car": said, his words start a word sooner.)
    let strangers_words = |k: usize| {
        let p = k + if t[k + 1].key == "said" { 2 } else { 3 };
        let stranger = (k.saturating_sub(8)..k).any(|j| matches!(t[j].key.as_str(), "a" | "an" | "some") && lexicon::person_nouns().at(t, j + 1).is_some());
        // (Words of what he is or will do, not of what befell him: "just said he was hit by a bus yesterday", "he lost his wallet".)
        let key = |k: usize| t.get(k).map_or("", |n| n.key.as_str());
        // ("he has been robbed", "she has seen a man stealing packages": what befell or was seen before.)
        let has_been = key(p + 1) == "has" && matches!(key(p + 2), "been" | "seen");
        let of_himself = matches!(key(p), "hes" | "shes" | "im")
            || matches!(key(p), "he" | "she" | "i")
                && (matches!(key(p + 1), "is" | "has" | "can" | "will" | "wants" | "needs" | "knows" | "would" | "could" | "should" | "gonna" | "am")
                    || key(p + 1) == "was" && key(p + 2) == "going")
                && !has_been;
        let befell = t.get(p + 1).is_some_and(|n| n.key == "been")
            || t.get(p + 1).is_some_and(|n| matches!(n.key.as_str(), "was" | "were")) && t.get(p + 2).is_some_and(|n| n.key.ends_with("ed"));
        stranger && of_himself && !befell
    };
    (0..t.len().saturating_sub(1)).find(|&k| {
        let v = &t[k + 1].key;
        let past = IRREGULAR_PAST.contains(&v.as_str()) || v.len() >= 5 && v.ends_with("ed") || split(k) || v == "said" && strangers_words(k);
        let caller = k > 0 && matches!(t[k - 1].key.as_str(), "i" | "we" | "ive" | "weve" | "id");
        // Found: someone in trouble ("found him passed out", "found a man slumped over"), not a thing ("just found the
        // back window pried", "just found a ring"). Told: someone threatened, not the caller told of it ("just told us").
        let person_found = v == "found"
            && t.get(k + 2).is_some_and(|n| {
                matches!(n.key.as_str(), "him" | "her" | "them") || lexicon::determiner(&n.key) && lexicon::person_nouns().at(t, k + 3).is_some()
            });
        // Word of it passed on or noticed ("my daughter just called", "my son just showed me a story", "just noticed"): the
        // telling is what just happened, not the event.
        let relayed = matches!(v.as_str(), "called" | "texted" | "messaged" | "emailed" | "phoned" | "noticed" | "realized" | "realised" | "discovered"
            | "learned" | "learnt" | "remembered")
            // ("my son just came home and said ...": word brought home.)
            || matches!(v.as_str(), "came" | "got") && t.get(k + 2).is_some_and(|n| n.key == "home")
            || v == "told" && t.get(k + 2).is_some_and(|n| matches!(n.key.as_str(), "me" | "us")) && !strangers_words(k)
            // ("showed us a switchblade" is the threat itself.)
            || v == "showed" && t[k + 2..(k + 6).min(t.len())].iter().any(|n| {
                matches!(n.key.as_str(), "story" | "video" | "photo" | "picture" | "post" | "message" | "text" | "screenshot" | "snap")
            });
        let callers_own = caller && CALLERS_OWN.contains(&v.as_str());
        // A state, not an event: "is just parked there", "I was just told", "she's okay, just bruised".
        // (A past passive is an event: "I was just robbed".)
        let state = k > 0 && (matches!(t[k - 1].key.as_str(), "is" | "are" | "its" | "hes" | "shes" | "theyre" | "im")
            || t[k - 1].kind == TokenKind::Punct && t.get(k + 2).is_none_or(|n| n.kind == TokenKind::Punct)
            || v == "told" && matches!(t[k - 1].key.as_str(), "was" | "were"));
        t[k].key == "just" && past && (v != "found" || person_found) && !relayed && !callers_own && !state
    })
    .map(|k| (k, k + 1 + usize::from(split(k))))
}

const FOUND: &[&str] = &["noticed", "discovered", "realized", "realised", "found", "came", "opened", "woke", "till", "told"];

/// Words that make a time in their sentence a habit.
const HABITUAL: &[&str] = &["usually", "always", "nightly", "often", "sometimes", "regularly"];
/// What "every" or "each" must count for a habit: "every night", "each Friday" (not "every car").
const RECURRING: &[&str] = &[
    "night", "nights", "day", "days", "morning", "mornings", "afternoon", "evening", "evenings", "weekend", "weekends", "week",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// "It was fine at 6 last night", "it wasn't there when I walked the dog at 6", "the last person locked up at
/// 1": the clock time `i` is when all was still well, the open start of the span in which it happened, which
/// neither the labels nor a dispatcher take for the event's time.
fn still_well(input: &str, t: &[Token], i: usize) -> bool {
    if i == 0 || !matches!(t[i - 1].key.as_str(), "at" | "around" | "about") {
        return false;
    }
    let before = &t[sentence_start(input, t, i, 12)..i];
    // ("Security says it was full when they walked through last night around 11.")
    let fine = before.iter().any(|x| matches!(x.key.as_str(), "fine" | "normal" | "untouched" | "ok" | "okay" | "full" | "intact"))
        || before.windows(2).any(|w| matches!(w[0].key.as_str(), "locked" | "closed") && w[1].key == "up" || w[0].key == "was" && w[1].key == "locked");
    // ("Mall closed at 6 tonight": the place shut, all still well then; not "slammed the door shut at 3am", the event.)
    let shut = i >= 2 && matches!(t[i - 2].key.as_str(), "closed" | "locked");
    let not_yet = before.windows(2).any(|w| {
        matches!(w[0].key.as_str(), "wasnt" | "werent" | "not") && matches!(w[1].key.as_str(), "there" | "here" | "like")
    });
    // ("We fed them all at midnight and he was there", "checked at 10 and everything was fine": well when told after.)
    let then_well = t[i + 1..(i + 4).min(t.len())].iter().position(|x| x.key == "and").is_some_and(|a| {
        let rest = &t[i + 2 + a..(i + 7 + a).min(t.len())];
        rest.windows(2).any(|w| matches!(w[0].key.as_str(), "was" | "were") && matches!(w[1].key.as_str(), "there" | "here" | "fine" | "okay" | "ok" | "locked" | "still"))
    });
    fine || shut || not_yet || then_well
}

/// "The start is at 8:30", "the kids start lining up there at 8:15", "my coworker gets here at 4:30": the clock
/// time `i` is on a schedule, not when anything happened.
fn scheduled(t: &[Token], i: usize) -> bool {
    if i < 2 || t[i - 1].key != "at" {
        return false;
    }
    // "My coworker gets here at 4:30", "I come in at 4": a routine arrival, in the present tense.
    let routine = t[i.saturating_sub(4)..i - 1].iter().any(|x| matches!(x.key.as_str(), "gets" | "comes" | "come" | "arrives" | "closes"));
    // ("the hunt's at 1": "is" joined on; not "he's at the corner".)
    let joined_is = super::apostrophe_s(&t[i - 2]) && !matches!(t[i - 2].key.as_str(), "hes" | "shes" | "its");
    matches!(t[i - 2].key.as_str(), "is" | "are")
        || joined_is
        || routine
        || t[i.saturating_sub(6)..i - 1].iter().any(|x| matches!(x.key.as_str(), "start" | "starts" | "opens" | "begins" | "begin"))
}

/// Whether the sentence of token `i` (or, in unpunctuated speech, the five tokens either side) tells of a
/// habit.
fn habitual(input: &str, t: &[Token], i: usize) -> bool {
    let reach = if input.contains(['.', '!', '?']) { 40 } else { 5 };
    let from = sentence_start(input, t, i, reach);
    let mut to = i + 1;
    while to < t.len() && to - i < reach && !sentence_starts_at(input, t, to) {
        to += 1;
    }
    (from..to).any(|k| habit_word(t, k))
}

/// Whether token `k` tells of a habit: "usually", "every night", "each Friday", "every couple of nights",
/// "most nights", "for the past week", "mostly after midnight" (not "every car", "it's mostly out", "in the
/// past hour").
pub(crate) fn habit_word(t: &[Token], k: usize) -> bool {
    let key = |j: usize| t.get(j).map_or("", |x| x.key.as_str());
    // "other", "few", "couple of" between "every" and what recurs.
    let counted = |j: usize| match key(j) {
        "other" | "few" => j + 1,
        "couple" if key(j + 1) == "of" => j + 2,
        _ => j,
    };
    HABITUAL.contains(&key(k))
        || matches!(key(k), "every" | "each") && RECURRING.contains(&key(counted(k + 1)))
        || key(k) == "most" && RECURRING.contains(&key(k + 1)) && key(k + 1).ends_with('s')
        || key(k) == "for" && key(k + 1) == "the" && matches!(key(k + 2), "past" | "last") && matches!(key(counted(k + 3)), "week" | "weeks" | "month" | "months" | "nights")
        // "three nights running", "two mornings in a row".
        || (key(k) == "running" || key(k) == "in" && key(k + 1) == "a" && key(k + 2) == "row")
            && k > 0 && key(k - 1).ends_with('s') && RECURRING.contains(&key(k - 1))
        || t[k].key == "mostly" && t.get(k + 1).is_some_and(|n| matches!(n.key.as_str(), "after" | "before" | "at" | "around" | "between" | "in" | "on"))
}

/// "circled the block x3 in the past 15 min", "four times in the last twenty minutes", "Two in the last ten
/// minutes": the period at `i` follows a count of repeats, so it says how often, not when (not "2 guys broke in in the
/// last 10 minutes": a count of people).
fn counted_before(t: &[Token], i: usize) -> bool {
    let repeats = |x: &Token| x.key == "times" || x.key.strip_prefix('x').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    // ("I watched two almost hit each other in the last five minutes": a count of what happened, not of people or a
    // house number.)
    let counted = |k: usize| {
        matches!(t[k].kind, TokenKind::Number(2..=99))
            && t.get(k + 1).is_some_and(|n| lexicon::person_nouns().at(t, k + 1).is_none() && !n.text.starts_with(char::is_uppercase))
    };
    (i.saturating_sub(6)..i).any(counted) || t[i.saturating_sub(4)..i].iter().any(repeats)
}

/// "has circled the block x3 in the past 15 min": a counted period ([`counted_before`]) anywhere in the tip, which says
/// the thing is done again and again up to now.
pub(crate) fn counted_period(t: &[Token]) -> Option<usize> {
    (0..t.len()).find(|&i| amount_ago(t, i).is_some_and(|(_, _, _, since)| since) && counted_before(t, i))
}

/// "ten minutes ago" -> (tokens, low and high offsets in seconds, is "in the last ..." period).
fn amount_ago(t: &[Token], i: usize) -> Option<(usize, i64, i64, bool)> {
    // "in the last 20 minutes", "for the past hour"
    if matches!(t[i].key.as_str(), "in" | "for" | "over" | "within") && t.get(i + 1).is_some_and(|x| x.key == "the") && t.get(i + 2).is_some_and(|x| matches!(x.key.as_str(), "last" | "past")) {
        let (len, lo, hi) = amount(t, i + 3)?;
        let _ = lo;
        return Some((3 + len, 0, hi, true));
    }
    let (len, lo, hi) = amount(t, i)?;
    // "an hour or so ago"
    let or_so = if t.get(i + len).is_some_and(|x| x.key == "or") && t.get(i + len + 1).is_some_and(|x| x.key == "so") { 2 } else { 0 };
    // "five minutes before," (non-native speakers): "before" with nothing after it means ago.
    let before_alone = |k: usize| t.get(k).is_some_and(|x| x.key == "before") && t.get(k + 1).is_none_or(|n| n.kind == TokenKind::Punct);
    let ago = t.get(i + len + or_so).is_some_and(|x| matches!(x.key.as_str(), "ago" | "back" | "earlier")) || before_alone(i + len + or_so);
    if !ago {
        return None;
    }
    let end = i + len + or_so + 1;
    Some(match amount_said_again(t, end) {
        Some((again, lo, hi)) => (again - i, lo, hi, false),
        None => (end - i, lo, hi, false),
    })
}

/// "About half an hour ago, no, more like an hour": the amount said again after a word taking the first back, as the end
/// of what it spans and its offsets.
fn amount_said_again(t: &[Token], k: usize) -> Option<(usize, i64, i64)> {
    let mut k = k;
    while t.get(k).is_some_and(|x| x.kind == TokenKind::Punct) {
        k += 1;
    }
    if !t.get(k).is_some_and(|x| super::takes_back(&x.key)) {
        return None;
    }
    k += 1;
    // (Hedged, "more like", "closer to", "maybe".)
    while t.get(k).is_some_and(|x| x.kind == TokenKind::Punct || matches!(x.key.as_str(), "more" | "like" | "closer" | "to" | "maybe" | "probably" | "about")) {
        k += 1;
    }
    let (len, lo, hi) = amount(t, k)?;
    // ("... ago, no, more like an hour ago": said with its "ago" again; not a span from then, "no, a few minutes later he
    // came back".)
    let ago_again = usize::from(t.get(k + len).is_some_and(|x| x.key == "ago"));
    let from_then = t.get(k + len + ago_again).is_some_and(|x| matches!(x.key.as_str(), "later" | "after" | "before" | "earlier" | "since"));
    (!from_then).then_some((k + len + ago_again, lo, hi))
}

/// An amount of time: "10 minutes", "an hour", "a few minutes", "half an hour", "2 and a half hours", "a quarter of an
/// hour".
fn amount(t: &[Token], i: usize) -> Option<(usize, i64, i64)> {
    let key = |k: usize| t.get(k).map(|x| x.key.as_str());
    if key(i) == Some("half") && matches!(key(i + 1), Some("a" | "an")) {
        let u = unit_seconds(key(i + 2)?)?;
        return Some((3, u / 2, u / 2));
    }
    // ("a quarter of an hour", "a quarter hour": the article is optional.)
    let quarter = i + usize::from(key(i) == Some("a"));
    if key(quarter) == Some("quarter") {
        let of_an = if phrase_at(t, quarter + 1, &["of", "an"]) { 2 } else { 0 };
        if key(quarter + 1 + of_an) == Some("hour") {
            return Some((quarter - i + 2 + of_an, 15 * 60, 15 * 60));
        }
    }
    if matches!(key(i), Some("a" | "an")) {
        if matches!(key(i + 1), Some("few" | "couple")) {
            let skip = if key(i + 2) == Some("of") { 3 } else { 2 };
            let u = unit_seconds(key(i + skip)?)?;
            let (lo, hi) = if key(i + 1) == Some("few") { (2, 5) } else { (2, 3) };
            return Some((skip + 1, lo * u, hi * u));
        }
        let u = unit_seconds(key(i + 1)?)?;
        if phrase_at(t, i + 2, &["and", "a", "half"]) {
            return Some((5, u * 3 / 2, u * 3 / 2));
        }
        return Some((2, u, u));
    }
    if matches!(key(i), Some("few" | "couple" | "several")) {
        let skip = if key(i + 1) == Some("of") { 2 } else { 1 };
        let u = unit_seconds(key(i + skip)?)?;
        let (lo, hi) = if key(i) == Some("couple") { (2, 3) } else { (2, 6) };
        return Some((skip + 1, lo * u, hi * u));
    }
    if let TokenKind::Number(n) = t[i].kind {
        let n = n.min(10_000) as i64;
        if phrase_at(t, i + 1, &["and", "a", "half"]) {
            let u = unit_seconds(key(i + 4)?)?;
            return Some((5, n * u + u / 2, n * u + u / 2));
        }
        // "10 or 15 minutes", "10 to 15 minutes"
        if matches!(key(i + 1), Some("or" | "to")) {
            if let Some(TokenKind::Number(m)) = t.get(i + 2).map(|x| x.kind) {
                let u = unit_seconds(key(i + 3)?)?;
                return Some((4, n * u, (m.min(10_000) as i64) * u));
            }
        }
        let u = unit_seconds(key(i + 1)?)?;
        return Some((2, n * u, n * u));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::normalise;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn times(s: &str, now: &str, offset: i32) -> Vec<FoundTime> {
        extract(s, &normalise(s), at(now), offset)
    }

    #[test]
    fn an_event_just_over_is_now_when_no_other_time_is_told() {
        let texts = |s: &str| texts_at(s, "2026-03-01T12:00:00Z");
        assert_eq!(texts("A car just hit a man walking his dog across Oak at 10th!"), ["just hit"]);
        assert_eq!(texts("Somebody just fired four or five shots out back by the air pump."), ["just fired"]);
        assert_eq!(texts("I just found him passed out on the floor next to the cooler."), ["just found"]);
        // The recogniser splits "rear-ended".
        assert_eq!(texts("a pick up just rear ended the mini van in front of me"), ["just rear ended"]);
        // A past passive is an event; a state, word learned or told, or someone come home with news are not.
        assert_eq!(texts("I was just robbed at knifepoint behind the Grand Cinema."), ["just robbed"]);
        for s in ["I just discovered my catalytic converter was stolen.", "I was just told by my landlord that my unit was broken into.",
            "That gray sedan is just parked there with the engine running.", "He pinned her arm against the wall, she's okay, just bruised.",
            "My son just came home and said a kid punched him at school.", "a customer just told us there's a man in aisle 9 with a handgun"] {
            assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
        }
        // A stranger's words of himself are the event.
        assert_eq!(texts("a man in a green elf hat just told me hes one of santas helpers and he can take me to see the reindeer"), ["just told"]);
        assert_eq!(texts("a man at the gear swap just said he has better skates in my size in his car"), ["just said"]);
        assert!(texts("my son just said the window is broken").is_empty());
        assert!(texts("a man in the lobby just said he was hit by a bus yesterday").is_empty());
        assert!(texts("a guy at the gas station just said he has been robbed").is_empty());
        assert_eq!(texts("a man at the bus stop just told me he was going to kill me if i didnt give him money"), ["just told"]);
        // Not word of what befell them before, nor of what to do.
        for s in ["a guy at the gas station just told me hes been robbed at knifepoint on Elm", "a woman just told me she was assaulted in the park",
            "a lady just told me to call you because a kid fell through the ice on the pond"] {
            assert!(texts(s).iter().all(|x| x != "just told"), "{s}: {:?}", texts(s));
        }
        // A broad day part of how things are is no other time.
        assert_eq!(texts("A grey Honda Pilot just skated through the red light at 2nd. Roads are glass this morning."), ["just skated", "this morning"]);
        let f = times("A woman just yanked the cash box off the table.", "2026-03-01T12:00:00Z", 0);
        assert_eq!((f[0].window.start, f[0].window.end), (at("2026-03-01T11:55:00Z"), at("2026-03-01T12:00:00Z")));
        // "Just" as "only", the caller's own coming upon what was done before, or a time told otherwise.
        for s in [
            "Not an emergency, just a question about the parade.",
            "He's just standing there staring at the house.",
            "We just got home and the back door is pried open, the TV is gone.",
            "I just noticed my bike is gone from the rack.",
            "I'm all right, just shaken.",
        ] {
            assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
        }
        assert_eq!(texts("A man just grabbed my purse, about ten minutes ago, on Elm."), ["about ten minutes ago"]);
    }

    #[test]
    fn overnight_said_once_the_night_has_begun_is_the_night_going_on() {
        // 23:40 local: tonight, from 22:00 up to the tip; at 07:50 the night just gone.
        let f = times("the teams left them in the lab overnight", "2039-03-19T03:40:00Z", -240);
        assert_eq!((f[0].window.start, f[0].window.end), (at("2039-03-19T02:00:00Z"), at("2039-03-19T03:40:00Z")));
        let f = times("sometime overnight somebody knifed every tire", "2039-03-19T11:50:00Z", -240);
        assert_eq!((f[0].window.start, f[0].window.end), (at("2039-03-19T02:00:00Z"), at("2039-03-19T10:00:00Z")));
    }

    #[test]
    fn relative_minutes_hours_and_now() {
        let f = times("about ten minutes ago", "2026-03-01T12:00:00Z", 0);
        assert_eq!(f.len(), 1);
        assert!(f[0].window.contains(at("2026-03-01T11:50:00Z")));
        assert!(!f[0].window.contains(at("2026-03-01T11:40:00Z")));
        assert_eq!(f[0].entity.text, "about ten minutes ago");
        let f = times("half an hour ago", "2026-03-01T12:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-03-01T11:30:00Z")));
        for s in ["about a quarter of an hour ago", "a quarter hour ago"] {
            let f = times(s, "2026-03-01T12:00:00Z", 0);
            assert!(f[0].window.contains(at("2026-03-01T11:45:00Z")) && !f[0].window.contains(at("2026-03-01T11:10:00Z")), "{s}: {f:?}");
        }
        let f = times("it is happening right now", "2026-03-01T12:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-03-01T11:58:00Z")));
        let f = times("a guy selling pens by the picnic tables rn", "2026-03-01T12:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-03-01T11:58:00Z")), "{f:?}");
        assert!(times("I'm an RN at St. Mary's and my car was stolen", "2026-03-01T12:00:00Z", 0).is_empty());
        let f = times("a couple of minutes ago", "2026-03-01T12:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-03-01T11:57:00Z")));
        let f = times("Five minutes before, one man come and take the money", "2026-03-01T12:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-03-01T11:55:00Z")), "{f:?}");
        assert!(times("ten minutes before the police came", "2026-03-01T12:00:00Z", 0).is_empty());
        // A request is no time of the event (every corpus tip that asks so is labelled without one).
        assert!(times("please come now", "2026-03-01T12:00:00Z", 0).is_empty());
        // "now" opening a clause tells what happened next, not when.
        // Nor does it when it tells how things stand once it is over.
        for s in [
            "he took something and now he's turning blue",
            "It's 2:40 in the morning. Now they're pulling out",
            "it split, now the top's burning",
            "the limb came down and split it now the top's burning",
            "the heater made a big boom. We are all outside now, me and my children",
            "sixty seven year old female syncopal episode approximately eleven fifty now alert and oriented times three",
        ] {
            assert!(times(s, "2026-03-01T12:00:00Z", 0).iter().all(|f| f.entity.text.to_lowercase() != "now"), "{s}");
        }
        assert!(times("the show ran chainsaws until after 10 last night and I had to be at work at 5", "2026-03-01T12:00:00Z", 0).is_empty());
        // A sentence opened by "Now" and someone doing or being somewhere tells the event's time, when no other is told; a
        // state of a body or a thing does not, nor in speech a "now" that ends the clause before.
        for s in [
            "A drunk guy bit her on the shoulder, she's bleeding. Now he's laughing about it with his buddies by the bench.",
            "my brother punched my mom in the face. now hes in the garage smashing stuff",
            "he bit her on the shoulder she's bleeding now he's laughing about it with his buddies",
        ] {
            let f = times(s, "2026-03-01T12:00:00Z", 0);
            assert!(f.len() == 1 && f[0].window.contains(at("2026-03-01T11:58:00Z")), "{s}: {f:?}");
        }
        for s in [
            "She fell off the swing this morning. Now she vomit two times.",
            "Now that the snow's gone our crew found needles by the boat launch",
            "one of them's down there with scissors now she's been under almost a minute",
            "he bit her on the shoulder and now he's laughing",
            // Over, a standing trouble, another day, or "by now".
            "They took the mower off my porch. Now they're gone.",
            "My neighbor borrowed my ladder last week. Now he won't give it back.",
            "he took the bike yesterday. Now he's riding it around the block.",
            "he left an hour ago by now he's probably in ohio",
        ] {
            assert!(times(s, "2026-03-01T12:00:00Z", 0).iter().all(|f| f.entity.text.to_lowercase() != "now"), "{s}");
        }
        // One moment told twice, "just" and "Now", is one time.
        assert_eq!(times("he just fired it into the ceiling. Now he's walking table to table", "2026-03-01T12:00:00Z", 0).len(), 1);
        // Nor where the caller is now when nothing is going on; with something going on, that "now" is its time.
        assert!(times("A box split open in my truck, full of white powder. What do I do? I'm parked at the post office lot now.", "2026-03-01T12:00:00Z", 0).is_empty());
        assert_eq!(times("this man has been following me for four blocks. I'm near Willow now.", "2026-03-01T12:00:00Z", 0).len(), 1);
        // Nor how a thing stands; a vehicle the "it" may be is the event going on.
        let s = "He brought a bag of powder home. It's on my kitchen counter now, I haven't touched it.";
        assert!(times(s, "2026-03-01T12:00:00Z", 0).is_empty(), "{s}");
        assert_eq!(times("A grey van has been following me since the mall. It's behind me on Maple now.", "2026-03-01T12:00:00Z", 0).len(), 1);
        // A part of the day not yet begun is none either (said at 8 in the morning).
        assert!(times("Security says the pool was cut. The finals are this afternoon.", "2026-03-01T08:05:00Z", 0).is_empty());
        // A shift on a schedule and a time all was still well are no times of the event.
        assert!(times("I'm a nurse at St. Mary's with a 7 o'clock shift Sunday", "2026-03-01T12:00:00Z", 0).is_empty());
        assert!(times("Security says it was full when they walked through last night around 11.", "2026-03-01T12:00:00Z", 0).is_empty());
        // An event a few minutes back by the clock and one going on now are two times.
        let f = times("rear slider opened 1152 hrs, and she says somebody is moving around upstairs right now", "2026-03-01T12:00:00Z", 0);
        assert_eq!(f.len(), 2, "{f:?}");
    }

    /// The texts of the times found in `s`, said at `now` in UTC.
    fn texts_at(s: &str, now: &str) -> Vec<String> {
        times(s, now, 0).into_iter().map(|f| f.entity.text).collect()
    }

    #[test]
    fn now_after_a_count_or_a_stretch_is_no_time() {
        let texts = |s: &str| texts_at(s, "2026-03-01T15:00:00Z");
        for s in ["A car comes up my driveway with its lights off. It's happened four times now.", "For a few mornings now a man stands at the corner."] {
            assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
        }
        assert_eq!(texts("A man is trying car doors right now."), ["right now"]);
    }

    #[test]
    fn when_all_was_still_well_and_what_is_scheduled_are_not_the_events_time() {
        let texts = |s: &str| texts_at(s, "2026-03-01T15:00:00Z");
        for s in [
            "The TV is gone. It wasn't like this at 9 last night.",
            "The hasp is snapped off. It was fine at 6 last night when the volunteers locked up.",
            "It wasn't there when I walked the dog at 6 this morning.",
            "The safe was open. Last person locked up at 1 a.m.",
            "Somebody slashed the tires on our vans, and the start is at 8:30.",
            "Somebody stomped every egg flat. The hunt's at 1.",
            "Somebody stomped every egg flat. The hunt's at 1:30.",
            "Office entered sometime between Friday 6 pm and this morning through the rear window.",
        ] {
            assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
        }
        // How things stand, no event's time: "She's free now", "the battery's died now".
        for s in ["A car backed into a woman and pinned her. She's free now but she can't stand.",
            "A red Jeep has been in the snowbank since Saturday, the battery's died now and nobody knows whose it is."] {
            assert!(texts(s).iter().all(|x| x != "now"), "{s}: {:?}", texts(s));
        }
        // A door slammed shut at 3 is the event itself.
        assert_eq!(texts("Somebody slammed the door shut at 3am and then I heard a woman screaming next door."), ["at 3am"]);
        // Told at night: the hour the mall shut is past, and still no event's time.
        assert!(texts_at("Fire signal at the mall at 2147 hrs. Mall closed at 6 tonight.", "2026-03-02T02:52:00Z").iter().all(|x| !x.contains('6')));
        // Still the event's time: it was seen there then, or it happened then.
        assert_eq!(texts("It was already there when I drove by at 6 this morning."), ["at 6 this morning"]);
        assert_eq!(texts("The fight started at 9 last night."), ["at 9 last night"]);
        assert_eq!(texts("I'm 77. Yesterday around 5 a man knocked and grabbed my purse."), ["Yesterday around 5"]);
        assert_eq!(texts("Yesterday around 4 at the cookout a man snatched my phone"), ["Yesterday around 4"]);
        assert_eq!(texts("My stepdad hit me this morning at 7 because I was late getting up"), ["this morning at 7"]);
        assert_eq!(texts("I want to report a robbery from this morning. Around 6 I was running on River Road"), ["this morning. Around 6"]);
        assert_eq!(texts("I fell off the bleachers in Maple Square yesterday, around 11."), ["yesterday, around 11"]);
    }

    #[test]
    fn habits_and_how_things_stand_now_are_not_the_events_time() {
        let texts = |s: &str| texts_at(s, "2026-03-01T12:00:00Z");
        assert!(texts("They play music until 1 in the morning every night. Please send someone.").is_empty());
        // The end of a span, and what is still to come.
        assert!(texts("Garage entered sometime between Friday evening and this morning while we were away.").is_empty());
        assert!(texts("Someone sawed down the tree. The kids are going to see it this morning.").is_empty());
        assert!(texts("Some kids rang our doorbell and ran. Just want somebody to drive by tonight.").is_empty());
        assert!(texts("Parents pull U-turns across the double yellow. Can you put a car there at 7:20?").is_empty());
        // A finding verb in the sentence before, a working shift, the moment of the call are not the event's time.
        assert_eq!(
            texts("I'm only calling now because I just woke up. This morning around 6:30, walking to my car after my overnight shift, a man took it."),
            ["This morning around 6:30"]
        );
        assert_eq!(texts("Somebody backed into my car in the staff lot during my overnight shift."), ["overnight"]);
        assert_eq!(texts("I come in at 4. A hatchback is parked out back, it's 4:10. My coworker gets here at 4:30."), ["4:10"]);
        assert!(texts("Someone cut the lines on my plow truck and we've got eight inches coming tonight; enough for tonight.").is_empty());
        assert!(texts("He put a heater in there for the frost tonight and it's burning.").is_empty());
        // How often, not when: a count in the last few minutes.
        assert!(texts("green Honda Odyssey, no plates, has circled the block x3 in the past 15 min").is_empty());
        assert!(texts("a guy hands something through the gap and takes cash. Two in the last ten minutes.").is_empty());
        assert_eq!(texts("Somebody broke my window in the last ten minutes"), ["in the last ten minutes"]);
        // Counts of people, and a house number, are no repeats; "for about an hour tonight" and a "but" clause keep tonight.
        assert_eq!(texts("2 guys broke into my car in the last 10 minutes"), ["in the last 10 minutes"]);
        assert_eq!(texts("Someone at 45 Elm smashed my window in the last 5 minutes"), ["in the last 5 minutes"]);
        let evening = "2026-03-01T21:00:00Z";
        assert_eq!(texts_at("a guy has been banging on doors for about an hour tonight", evening), ["tonight"]);
        assert_eq!(texts_at("Not sure if this matters but tonight a man was trying car doors", evening), ["tonight"]);
        assert!(texts("He's yelling he'll hurt her if she goes to prom tonight with somebody else.").is_empty());
        assert!(texts("Every Friday the food truck night runs generators until past midnight.").is_empty());
        assert!(texts("she sells pills to regulars, mostly after midnight").is_empty());
        assert!(texts("Every couple of nights around 2 a.m. a truck backs in").is_empty());
        let long_habit = "Every night around 10 a white passenger van with no name on it drops eight or nine men at the house on Chestnut, \
                          and the same van picks them up at 5 in the morning.";
        assert!(texts(long_habit).is_empty());
        assert!(texts("For the past week, around midnight, a man climbs the fence").is_empty());
        assert!(texts("most nights they're out there till 3 am").is_empty());
        // The end of a time away is not the event's.
        assert!(texts("We were down the street at the party from six thirty until just now and the slider was off its track").is_empty());
        // The moment told twice, as "right now" and as the clock: the clock says it.
        let f = times("A pickup is going driveway to driveway right now shining a spotlight. It's 3 in the morning.", "2035-05-11T08:00:00Z", -300);
        assert_eq!(f.iter().map(|f| f.entity.text.as_str()).collect::<Vec<_>>(), ["3 in the morning"]);
        // Nights in a row are a habit; "for now" is for the time being.
        assert!(texts("a woman with a wagon fills jugs from my spigot three nights running, I've taken the handle off for now").is_empty());
        assert!(texts("two mornings in a row at 6 the same truck idled outside").is_empty());
        assert!(texts("Found a ladder leaned up against my daughter's window this morning. It's not ours.").is_empty());
        let later = times("This morning at 9:10 a customer threw a can at me, it's all bruised now.", "2026-03-01T15:00:00Z", 0);
        assert_eq!(later.iter().map(|f| f.entity.text.as_str()).collect::<Vec<_>>(), ["This morning at 9:10"]);
        // Not habits: "every car", "mostly out"; a sentence of its own.
        assert_eq!(texts("Someone broke into every car on the block around 3 am."), ["around 3 am"]);
        assert_eq!(texts("Most people left, but a man broke in around 3 am."), ["around 3 am"]);
        assert_eq!(texts("The shed burned down overnight, it's mostly out."), ["overnight"]);
        assert_eq!(texts("They close at 2 every weekend. Right now there are 20 people screaming."), ["Right now"]);
        // A bare "yesterday" is a whole day; a part of it is a time.
        assert!(texts("somebody stole my bike at the pool yesterday").is_empty());
        assert_eq!(texts("somebody stole my bike at the pool yesterday afternoon"), ["yesterday afternoon"]);
        // When it was found is not when it happened.
        assert!(texts("Came out this morning and my car's sitting on cinder blocks.").is_empty());
        assert_eq!(texts("Last night somebody fired off a bunch of rounds, and this morning I found 3 shell casings."), ["Last night"]);
        // Coming down to find it is a finding, not someone found collapsed.
        assert!(texts("I came down at 6 and my car was on blocks").is_empty());
        // Someone found collapsed: the time is the emergency's own.
        assert_eq!(texts("worker found down in the excavation, pulled out by crew approx 1115, now responsive"), ["1115"]);
    }

    #[test]
    fn dispatch_notes_give_24_hour_clock_times() {
        let f = times("Doorbell cam shows susp at 0305 hrs", "2026-05-08T14:50:00Z", -300);
        assert!(f[0].window.contains(at("2026-05-08T08:05:00Z")), "{:?}", f[0].window);
        let f = times("syncopal episode approx 1350", "2026-06-04T18:56:00Z", -300);
        assert!(f[0].window.contains(at("2026-06-04T18:50:00Z")), "{:?}", f[0].window);
        // The same said aloud.
        for (said, when) in [
            ("doorbell cam shows suspect at oh three oh five hours", "2026-05-08T08:05:00Z"),
            ("alarm at the rear door oh one forty seven", "2026-05-08T06:47:00Z"),
            ("strong arm robbery eleven oh five hours", "2026-05-08T16:05:00Z"),
            ("blocking the alley since oh seven hundred", "2026-05-08T12:00:00Z"),
            ("fell on the escalator approximately thirteen fifty", "2026-05-08T18:50:00Z"),
            // "zero" for "oh"; "approx" as a time's preposition.
            ("rear stock room door zero two thirty three hours then motion", "2026-05-08T07:33:00Z"),
            ("blocking the alley since zero seven hundred", "2026-05-08T12:00:00Z"),
            ("male subject dealing hand to hand approx twelve thirty five", "2026-05-08T17:35:00Z"),
            ("rear reading room zero three twelve hours key holder en route", "2026-05-08T08:12:00Z"),
            ("caller reports loud party approx 11 45 pm", "2026-05-08T04:45:00Z"),
        ] {
            let f = times(said, "2026-05-08T19:00:00Z", -300);
            assert!(f.first().is_some_and(|f| f.window.contains(at(when))), "{said}: {f:?}");
        }
        // Heights, counts, plates and units said after "approx" or with a leading zero are no times.
        for s in ["w/m approx 5 10 thin build black hoodie fled on foot", "approx ten fifteen people fighting in the lot",
            "the plate is zero four twenty one black ford", "my unit is zero seven forty five and someone broke in"]
        {
            assert!(times(s, "2026-05-08T19:00:00Z", -300).iter().all(|f| f.rank != 5), "{s}");
        }
        // A house number said in pairs is not a time.
        assert!(times("it happened at fifteen ten maple", "2026-05-08T19:00:00Z", -300).is_empty());
        // An alarm's door opening is the event, not a finding.
        let f = times("Monitoring center. Back door opened at 0312 hrs, then the lobby motion.", "2026-05-08T13:17:00Z", -300);
        assert!(f.first().is_some_and(|f| f.window.contains(at("2026-05-08T08:12:00Z"))), "{f:?}");
        let f = times("Alarm company calling: rear slider opened 2347 hrs, then motion in the upstairs hall.", "2038-07-21T04:52:00Z", -300);
        assert!(f.first().is_some_and(|f| f.window.contains(at("2038-07-21T04:47:00Z"))), "{f:?}");
    }

    #[test]
    fn a_clock_time_on_a_weekday_is_on_the_most_recent_such_day() {
        // Received Wednesday 26 May 2027, 10:15 at UTC-5.
        let now = "2027-05-26T15:15:00Z";
        let f = times("Monday night around 11 a man pointed a gun at my brother", now, -300);
        assert!(f[0].window.contains(at("2027-05-25T04:00:00Z")), "{f:?}");
        let f = times("on monday evening around six my son was robbed at the bus stop", now, -300);
        assert!(f[0].window.contains(at("2027-05-24T23:00:00Z")), "{f:?}");
        // After midnight, a night belongs to the day before; a weekday later than today is last week's.
        let f = times("Tuesday night at 2 am", now, -300);
        assert!(f[0].window.contains(at("2027-05-26T07:00:00Z")), "{f:?}");
        let f = times("Friday at 9 pm", now, -300);
        assert!(f[0].window.contains(at("2027-05-22T02:00:00Z")), "{f:?}");
        // The weekday before the date of the month: Monday 24 May, 5 pm (not yesterday's 5 pm).
        let f = times("On Monday, May 24, around 5 pm, somebody cut the lock on the ski rack on my car.", now, -300);
        assert!(f[0].window.contains(at("2027-05-24T22:00:00Z")), "{f:?}");
        // A time later today, still to come, is no time of the event (said at 10:15); one gone by is.
        for s in ["The family that made it is coming at noon to pick it up.", "he said I'd get a penalty unless I paid with gift cards by noon"] {
            assert!(times(s, now, -300).is_empty(), "{s}: {:?}", times(s, now, -300));
        }
        assert_eq!(times("The family that made it was coming at 9 am to pick it up and it was gone.", now, -300).len(), 1);
        // Still to come though a past word is near: "the man who left said he's coming back at 8 pm".
        assert!(times("the man who left said he's coming back at 8 pm with his brothers", now, -300).is_empty());
        // A thing named by the night is no time; a shift worked is.
        assert!(times("Folding up the cots in the overnight warming room this morning I found a backpack shoved under one of them", now, -300)
            .iter().all(|f| f.entity.text != "overnight"));
        assert_eq!(times("Somebody backed into my car in the staff lot during my overnight shift", now, -300).len(), 1);
        // Told in the past, last night's time stands.
        for s in ["I got home by 11 pm and the back door was kicked in", "the bus was arriving at 10 pm when the fight broke out at the stop",
            "my daughter was due home at 9 pm and she never came"] {
            assert_eq!(times(s, now, -300).len(), 1, "{s}");
        }
    }

    #[test]
    fn a_clock_time_on_a_date_of_the_month_or_a_holiday_is_on_that_date() {
        // Received Thursday 4 January 2046, 12:40 at UTC-5.
        let now = "2046-01-04T17:40:00Z";
        for s in ["On December 30 around 2 pm I parked my mother's walker inside the door", "on the 30th of December at 2 pm someone took it",
            "Dec. 30th, about 2 pm, it was taken"] {
            let f = times(s, now, -300);
            assert!(f.len() == 1 && f[0].window.contains(at("2045-12-30T19:00:00Z")), "{s}: {f:?}");
        }
        // A holiday is its date; a time said without its half of the day is the later half.
        let f = times("On New Year's Eve, around 11:30, a man flipped his jacket open to show a gun", now, -300);
        assert!(f[0].window.contains(at("2046-01-01T04:30:00Z")), "{f:?}");
        // A date more than half a year ahead is last year's; one nearer, a time later today or a deadline is no time.
        let f = times("On July 20 at 9 pm the shed was broken into", now, -300);
        assert!(f[0].window.contains(at("2045-07-21T02:00:00Z")), "{f:?}");
        for s in ["We need the walker back by December 30 at 5 pm", "the party is on January 14 at 8 pm and he says he'll be there",
            "On January 4 around 2 pm the movers come"] {
            assert!(times(s, now, -300).is_empty(), "{s}: {:?}", times(s, now, -300));
        }
        // Today's date with a time said without its half of the day: the latest gone by; midnight ends the day it is said of
        // (today's, not yet come, is its start).
        let f = times("on January 4 at 9:30 a man exposed himself at the bus stop", now, -300);
        assert!(f.len() == 1 && f[0].window.contains(at("2046-01-04T14:30:00Z")), "{f:?}");
        let f = times("today January 4 at midnight a car crashed into the pole", now, -300);
        assert!(f.len() == 1 && f[0].window.contains(at("2046-01-04T05:00:00Z")), "{f:?}");
        let f = times("on new years eve at midnight a man fired a gun into the air", "2046-01-01T05:32:00Z", -300);
        assert!(f[0].window.contains(at("2046-01-01T05:00:00Z")), "{f:?}");
        // "half past midnight"; hours "from about 6 to 9" last night are a span, no time.
        let f = times("It's half past midnight and there's a dozen people on the roof deck", "2046-01-01T05:32:00Z", -300);
        assert!(f.len() == 1 && f[0].window.contains(at("2046-01-01T05:30:00Z")), "{f:?}");
        assert!(times("From about 6 to 9 last night that new gym had a DJ out in the lot", now, -300).is_empty());
        assert!(times("the kid bangs on a drum kit from 7 to 10 every single night", now, -300).is_empty());
    }

    #[test]
    fn clock_times_use_the_local_offset_and_the_latest_past_occurrence() {
        // 15:00 UTC is 10:00 at UTC-5, so "half past nine" is this morning.
        let f = times("at half past nine", "2026-03-01T15:00:00Z", -300);
        assert!(f[0].window.contains(at("2026-03-01T14:30:00Z")), "{:?}", f[0].window);
        // Without am/pm the latest past occurrence wins: 10:30 in the evening is 9:30 pm.
        let f = times("around 9:30", "2026-03-02T03:00:00Z", -300);
        assert!(f[0].window.contains(at("2026-03-02T02:30:00Z")), "{:?}", f[0].window);
        let f = times("yesterday at 3 pm", "2026-03-01T15:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-02-28T15:00:00Z")));
        assert_eq!(f[0].entity.text, "yesterday at 3 pm");
        // The part of yesterday decides am or pm, and bounds the window when no clock time is said.
        let f = times("yesterday morning around 9:30", "2026-03-01T20:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-02-28T09:30:00Z")), "{:?}", f[0].window);
        let f = times("yesterday evening", "2026-03-01T20:00:00Z", 0);
        assert_eq!((f[0].window.start, f[0].window.end), (at("2026-02-28T17:00:00Z"), at("2026-02-28T23:59:00Z")));
    }

    #[test]
    fn day_parts_never_extend_past_the_tip() {
        let f = times("it happened last night", "2026-03-01T03:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-02-28T22:00:00Z")));
        assert!(f[0].window.end <= at("2026-03-01T03:00:00Z"));
        let f = times("this morning", "2026-03-01T09:00:00Z", 0);
        assert_eq!(f[0].window.end, at("2026-03-01T09:00:00Z"));
    }

    #[test]
    fn ranges_and_rough_amounts() {
        let f = times("sometime between 9:30 and 10 pm", "2026-03-01T23:00:00Z", 0);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].window.start, f[0].window.end), (at("2026-03-01T21:30:00Z"), at("2026-03-01T22:00:00Z")));
        let f = times("an hour or so ago", "2026-03-01T23:00:00Z", 0);
        assert!(f[0].window.contains(at("2026-03-01T22:00:00Z")), "{f:?}");
    }

    #[test]
    fn a_clock_time_inside_a_day_part_is_one_time() {
        let f = times("last night a man in a ski mask was checking door handles around 3 am", "2026-03-01T13:00:00Z", 0);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].window.contains(at("2026-03-01T03:00:00Z")));
        // "12:30 last night" is half past midnight.
        let f = times("Around 12:30 last night somebody tried our back door handle", "2026-03-01T13:00:00Z", 0);
        assert!(f.first().is_some_and(|f| f.window.contains(at("2026-03-01T00:30:00Z"))), "{f:?}");
        // A time still to come is none of the event's: "we need them back by 6 tonight".
        assert!(times("somebody took the light bar off our prop car overnight, we need it by 6 tonight", "2026-03-01T12:00:00Z", 0)
            .iter()
            .all(|f| f.entity.text != "by 6 tonight"));
        // A day part and a clock time that do not overlap are two times.
        assert_eq!(times("this morning, and again at 9 pm last night", "2026-03-01T13:00:00Z", 0).len(), 2);
        // "Last night around 5:15" is the evening before (5 am is "this morning"); 4 is still the small hours.
        let f = times("Last night around 5:15 a man flicked open a knife", "2026-03-01T13:00:00Z", 0);
        assert!(f.first().is_some_and(|f| f.window.contains(at("2026-02-28T17:15:00Z"))), "{f:?}");
        let f = times("last night around 4 somebody tried our door", "2026-03-01T13:00:00Z", 0);
        assert!(f.first().is_some_and(|f| f.window.contains(at("2026-03-01T04:00:00Z"))), "{f:?}");
    }

    #[test]
    fn since_an_hour_is_when_it_began_unless_it_is_when_a_place_shut() {
        let f = times("a sedan has been parked across from their house since 6 with two men in it", "2026-03-01T21:10:00Z", 0);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].window.start, f[0].window.end), (at("2026-03-01T18:00:00Z"), at("2026-03-01T21:10:00Z")));
        for s in ["I can hear someone smashing stuff inside, the store's been closed since 9.", "abandoned van on Elm since 5/2, flat tires",
            "they've lived there since 3 kids ago"]
        {
            assert!(times(s, "2026-03-01T21:10:00Z", 0).iter().all(|f| f.entity.attributes["expression"] != "clock"), "{s}");
        }
    }

    #[test]
    fn this_rounds_times_in_their_other_senses() {
        // "last night at 5 am" is this morning; "since 2" of a child is an age; a count with more said after "now" is now.
        let f = times("I want to report that last night at 5 am someone slashed my tires.", "2026-03-01T15:00:00Z", 0);
        assert!(f.first().is_some_and(|f| f.window.contains(at("2026-03-01T05:00:00Z"))), "{f:?}");
        assert!(times("My son has autism and has been nonverbal since 2, he wandered out of the yard.", "2026-03-01T15:00:00Z", 0).is_empty());
        assert_eq!(times("There are 3 guys now standing around my car with bats.", "2026-03-01T15:00:00Z", 0).len(), 1);
    }

    #[test]
    fn a_now_that_counts_asks_or_bargains_is_no_time() {
        for s in ["A Tesla keeps pulling into driveways and filming. That's six houses now, mine included.",
            "The guy I hired wants $300 now instead of the $150 we said.", "Kids do burnouts in the lot every night. Can a car swing by tonight?"]
        {
            assert!(times(s, "2026-03-01T15:30:00Z", 0).is_empty(), "{s}");
        }
        assert_eq!(times("He's filming the houses now.", "2026-03-01T15:30:00Z", 0).len(), 1);
    }

    #[test]
    fn a_span_or_a_show_on_the_schedule_is_no_time() {
        for s in [
            "They were performing from 7:30 to 9:15 so it was sometime in there.",
            "We were only gone from 7:30 till 10:15 and the garage door was wide open.",
            "they were performing from seven thirty to nine fifteen so it was sometime in there",
            "Somebody cut the guy ropes. We've got a 1 o'clock show.",
        ] {
            assert!(times(s, "2043-04-05T12:20:00Z", -240).iter().all(|f| f.rank != 5), "{s}");
        }
        // "twenty to nine" is still a time.
        assert!(times("a man was at my door at twenty to nine", "2043-04-05T14:20:00Z", -240).iter().any(|f| f.window.contains(at("2043-04-05T12:40:00Z"))));
    }

    #[test]
    fn a_time_when_all_was_well_a_count_or_a_sleepless_night_is_no_time() {
        for s in ["Somebody took one of our donkeys overnight. We fed them all at midnight and he was there.",
            "A white limo keeps circling the square. That's five times around now.", "A man asked for me by name yesterday. I didn't sleep last night."]
        {
            let found: Vec<String> = times(s, "2043-04-03T12:10:00Z", -240).iter().map(|f| f.entity.text.to_lowercase()).collect();
            assert!(!found.iter().any(|x| matches!(x.as_str(), "at midnight" | "now" | "last night")), "{s}: {found:?}");
        }
        assert!(!times("someone broke into the shed while we slept last night", "2043-04-03T12:10:00Z", -240).is_empty());
    }

    #[test]
    fn a_time_asked_about_is_no_time() {
        for s in ["Just a question. Is Riverside Park open after dark tonight for the meteor shower?", "Is the overnight parking ban on tonight for the snow?"] {
            assert!(times(s, "2041-08-13T00:30:00Z", 0).is_empty(), "{s}");
        }
        // Told, then asked: the time is the event's.
        for s in ["did anyone else hear gunshots around 2 am on elm street?", "someone broke into my car last night can you send an officer?",
            "is it normal for a van to be parked outside my house since 6 am with someone in it?"]
        {
            assert!(!times(s, "2041-08-14T18:00:00Z", -240).is_empty(), "{s}");
        }
        // The question after the telling, in a clause of its own, asks nothing of the time.
        assert_eq!(times("A dog bit my son at 3 pm, should I take him in?", "2041-08-13T20:30:00Z", 0).len(), 1);
    }

    #[test]
    fn clock_times_minutes_apart_are_one_window() {
        let found = times("Front glass break 0311 hrs, interior motion sales floor 0312, frame display room 0313.", "2046-01-05T08:19:00Z", -300);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].window.start, found[0].window.end), (at("2046-01-05T08:01:00Z"), at("2046-01-05T08:23:00Z")));
        // Times far apart stay two.
        let found = times("Front glass break 0311 hrs, interior motion sales floor 0330.", "2046-01-05T08:39:00Z", -300);
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn an_amount_ago_said_again_after_taking_it_back_replaces_it() {
        let now = "2047-06-26T21:20:00Z";
        let found = times("About half an hour ago, no, more like an hour, at the farmers market somebody took my wallet.", now, -240);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].window.contains(at("2047-06-26T20:20:00Z")) && !found[0].window.contains(at("2047-06-26T20:50:00Z")), "{found:?}");
        // A "no" that opens what follows takes nothing back, nor does a span from then.
        let found = times("About ten minutes ago, no one was hurt.", now, -240);
        assert!(found[0].window.contains(at("2047-06-26T21:10:00Z")), "{found:?}");
        let found = times("It happened twenty minutes ago, no, a few minutes later he came back.", now, -240);
        assert!(found[0].window.contains(at("2047-06-26T21:00:00Z")), "{found:?}");
    }
}
