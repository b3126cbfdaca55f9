//! Reading the person's data into a [`Report`]: the period, the sessions it reaches, what needs
//! attention, the charts' series, the steps table and the notes. No layout, no PDF.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::content::{ChecklistKind, Guide, ItemKind, Origin};
use crate::output::report::*;
use crate::plan::window_dates;
use crate::user_data::diary::rules::{Entry, session_warnings};
use crate::user_data::diary::{CheckIn, day_in_plan};
use crate::user_data::{Progress, Session};

/// The most characters of a note quoted beside a warning; the whole note is under Notes.
const MAX_QUOTED_CHARS: usize = 240;

/// `text` cut to at most `most` characters, at a space when there is one near, with "…".
fn shortened(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let cut: String = text.chars().take(most).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(space) if space > cut.len() / 2 => cut[..space].trim_end().to_owned(),
        _ => cut,
    };
    format!("{cut}…")
}

/// The first day anything was recorded or planned: the earliest session, check-in, monthly
/// rating or photo; `fallback` when there is none.
fn first_recorded(progress: &Progress, fallback: Date) -> Date {
    let diary = &progress.diary;
    [
        progress.sessions.first().map(|session| session.date),
        diary.check_ins.keys().next().copied(),
        diary.monthly.keys().next().copied(),
        diary.photos.first().map(|photo| photo.day),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(fallback)
}

/// A session's check-ins inside `from..=to`, in day order, up to the chart's last day.
fn session_entries<'a>(
    progress: &'a Progress,
    session: &Session,
    from: Date,
    to: Date,
) -> Vec<Entry<'a>> {
    let start = from.max(session.date);
    if start > to {
        return Vec::new();
    }
    progress
        .diary
        .check_ins
        .range(start..=to)
        .map_while(|(&date, check_in)| {
            let place = day_in_plan(progress, date)?;
            (place.session_id == session.id && place.day <= MAX_CHART_DAY).then_some(Entry {
                day: place.day,
                date,
                check_in,
            })
        })
        .collect()
}

/// "Session 1 · day 3" for `date`, if it falls after a session.
pub(super) fn place(progress: &Progress, date: Date) -> Option<String> {
    day_in_plan(progress, date).map(|place| place.label())
}

/// Reads the person's data into a report for `options`, without photos (see [`load_photos`]).
pub fn gather(
    guide: &Guide,
    origin: &Origin,
    progress: &Progress,
    options: &Options,
) -> Result<Report, ReportError> {
    let to = options.to.unwrap_or(options.made_on);
    let from = options
        .from
        .unwrap_or_else(|| first_recorded(progress, to).min(to));
    if from > to {
        return Err(ReportError::Period { from, to });
    }
    let in_period = |date: Date| (from..=to).contains(&date);

    let numbered: Vec<SessionLine> = progress
        .sessions
        .iter()
        .enumerate()
        .map(|(index, session)| SessionLine {
            number: index + 1,
            date: session.date,
        })
        .collect();
    // The sessions up to the period's end, and the next one planned after it.
    let held = numbered.partition_point(|session| session.date <= to);
    let sessions_left_out = held.saturating_sub(MAX_LISTED_SESSIONS);
    let sessions = numbered[sessions_left_out..held].to_vec();
    let next_session = numbered.get(held).cloned();

    // The sessions the period reaches: held in it, or with check-ins in it.
    let in_scope: Vec<(usize, &Session)> = progress
        .sessions
        .iter()
        .enumerate()
        .filter(|(_, session)| {
            in_period(session.date) || !session_entries(progress, session, from, to).is_empty()
        })
        .map(|(index, session)| (index + 1, session))
        .collect();

    let settings = &guide.diary;
    let mut attention = Vec::new();
    for (_, session) in &in_scope {
        let entries = session_entries(progress, session, from, to);
        for warning in session_warnings(settings, &entries) {
            attention.push(Attention {
                urgency: warning.urgency,
                place: place(progress, warning.date).unwrap_or_default(),
                date: warning.date,
                reason: warning.observed,
                ticked: warning.ticked,
                note: None,
            });
        }
    }
    // Signs ticked on a day after no session still count.
    let unplaced: Vec<(&Date, &CheckIn)> = progress
        .diary
        .check_ins
        .range(from..=to)
        .filter(|(date, _)| day_in_plan(progress, **date).is_none())
        .collect();
    for sign in &settings.warning_signs {
        if let Some((date, _)) = unplaced
            .iter()
            .rev()
            .find(|(_, check_in)| check_in.signs.contains(&sign.id))
        {
            attention.push(Attention {
                urgency: sign.urgency,
                date: **date,
                place: String::new(),
                reason: format!("Ticked: {}.", sign.text),
                ticked: true,
                note: None,
            });
        }
    }
    // Most urgent first, then latest; on the same day a ticked sign before a rating rule.
    attention.sort_by(|a, b| {
        b.urgency
            .cmp(&a.urgency)
            .then(b.date.cmp(&a.date))
            .then(b.ticked.cmp(&a.ticked))
    });
    // The note of that day, once per day, so the clinician reads it beside the warning.
    let mut noted = BTreeSet::new();
    for item in &mut attention {
        if noted.insert(item.date)
            && let Some(check_in) = progress.diary.check_in(item.date)
            && !check_in.note.trim().is_empty()
        {
            item.note = Some(shortened(
                &text::clean(check_in.note.trim()),
                MAX_QUOTED_CHARS,
            ));
        }
    }

    let check_in_count = progress.diary.check_ins.range(from..=to).count();
    let last_check_in_day = i32::try_from(settings.check_in_days).unwrap_or(MAX_CHART_DAY);
    // The latest sessions only, as in the steps table: more lines than that cannot be told apart.
    let charted = &in_scope[in_scope.len().saturating_sub(MAX_TABLE_SESSIONS)..];
    let charts = settings
        .scales
        .iter()
        .filter_map(|scale| {
            let mut series: BTreeMap<usize, Vec<(i32, u8)>> = BTreeMap::new();
            for (number, session) in charted {
                let points: Vec<(i32, u8)> = session_entries(progress, session, from, to)
                    .iter()
                    .filter_map(|entry| Some((entry.day, *entry.check_in.ratings.get(&scale.id)?)))
                    .collect();
                if !points.is_empty() {
                    series.insert(*number, points);
                }
            }
            if series.is_empty() {
                return None;
            }
            let latest = series
                .values()
                .filter_map(|points| points.last().map(|(day, _)| *day))
                .max()
                .unwrap_or(0);
            let last_day = last_check_in_day.max(latest).min(MAX_CHART_DAY);
            let usual = (0..=last_day)
                .filter_map(|day| scale.usual_on(day).map(|(low, high)| (day, low, high)))
                .collect();
            let starts = charted
                .iter()
                .filter(|(number, _)| series.contains_key(number))
                .map(|(number, session)| (*number, session.date))
                .collect();
            Some(DailyChart {
                starts,
                name: scale.name.clone(),
                low: scale.low.clone(),
                high: scale.high.clone(),
                usual,
                series,
                last_day,
            })
        })
        .collect();

    let monthly_lines: Vec<_> = settings
        .monthly
        .iter()
        .filter_map(|scale| {
            let points: Vec<(Date, u8)> = progress
                .diary
                .monthly
                .range(from.first_of_month()..=to)
                .filter_map(|(&month, ratings)| Some((month, *ratings.get(&scale.id)?)))
                .collect();
            (!points.is_empty()).then(|| MonthlyLine {
                name: scale.name.clone(),
                low: scale.low.clone(),
                high: scale.high.clone(),
                points,
            })
        })
        .collect();
    let monthly = (!monthly_lines.is_empty()).then(|| MonthlyChart {
        lines: monthly_lines,
        sessions: numbered
            .iter()
            .filter(|session| in_period(session.date))
            .map(|session| (session.number, session.date))
            .collect(),
    });

    let steps = steps_table(guide, &in_scope, options.made_on);

    let notes = progress
        .diary
        .check_ins
        .range(from..=to)
        .filter(|(_, check_in)| !check_in.note.trim().is_empty())
        .map(|(&date, check_in)| Note {
            date,
            place: place(progress, date),
            // A note longer than the diary keeps (a hand edit) is cut, so it can still fit.
            text: shortened(
                &text::clean(check_in.note.trim()),
                crate::user_data::diary::MAX_NOTE_CHARS,
            ),
        })
        .collect();

    let name = options
        .name
        .as_deref()
        .map(|name| text::clean(name).replace('\n', " ").trim().to_owned())
        .filter(|name| !name.is_empty())
        .map(|name| name.chars().take(MAX_NAME_CHARS).collect());
    // A clinic's own content file is worth saying; the built-in guide is the default.
    let content = match origin {
        Origin::Embedded => "",
        Origin::File(_) => ", from a content file",
    };
    let held = numbered
        .iter()
        .filter(|session| session.date <= options.made_on)
        .count();
    let planned = numbered.len() - held;
    let reviewed = guide.last_reviewed.parse::<Date>().map_or_else(
        |_| guide.last_reviewed.clone(),
        |date| date.strftime("%-d\u{a0}%b\u{a0}%Y").to_string(),
    );
    Ok(Report {
        title: "Microneedling recovery report".to_owned(),
        name,
        treatment: format!(
            "Microneedling (collagen induction therapy), {held} session{} held{}.",
            if held == 1 { "" } else { "s" },
            if planned > 0 {
                format!(" and {planned} planned")
            } else {
                String::new()
            }
        ),
        from,
        to,
        sessions,
        sessions_left_out,
        next_session,
        attention,
        check_in_count,
        entries: progress
            .diary
            .check_ins
            .range(from..=to)
            .next()
            .map(|(first, _)| *first)
            .zip(
                progress
                    .diary
                    .check_ins
                    .range(from..=to)
                    .next_back()
                    .map(|(last, _)| *last),
            ),
        charts,
        monthly,
        steps,
        notes,
        photos: None,
        disclaimer: guide.disclaimer.clone(),
        guide_line: format!("Guide: {}, last reviewed {reviewed}{content}.", guide.title),
        made_on: options.made_on,
        made_line: format!(
            "Made on {} by Skincare Guide {}.",
            long_date(options.made_on),
            env!("CARGO_PKG_VERSION")
        ),
    })
}

/// The steps table for the sessions in the period (the latest [`MAX_TABLE_SESSIONS`]).
fn steps_table(guide: &Guide, in_scope: &[(usize, &Session)], today: Date) -> StepsTable {
    let sessions_left_out = in_scope.len().saturating_sub(MAX_TABLE_SESSIONS);
    let shown = &in_scope[sessions_left_out..];
    let groups = [ChecklistKind::Before, ChecklistKind::After]
        .into_iter()
        .map(|kind| {
            let list = guide.checklist(kind);
            let rows = list
                .items
                .iter()
                .filter(|item| item.kind == ItemKind::Task)
                .map(|item| {
                    let states = shown
                        .iter()
                        .map(|(_, session)| {
                            let (_, last) = window_dates(session.date, item.window);
                            if session.ticked.contains(&item.id) {
                                StepState::Done
                            } else if last < today {
                                StepState::NotTicked
                            } else {
                                StepState::NotYet
                            }
                        })
                        .collect();
                    StepRow {
                        step: item.short.clone().unwrap_or_else(|| item.text.clone()),
                        states,
                    }
                })
                .collect();
            StepGroup {
                name: list.title.clone(),
                rows,
            }
        })
        .collect();
    StepsTable {
        sessions: shown
            .iter()
            .map(|(number, session)| SessionLine {
                number: *number,
                date: session.date,
            })
            .collect(),
        groups,
        sessions_left_out,
    }
}

/// The days with anything recorded, for the dialog's hint: (first, last).
pub fn recorded_span(progress: &Progress, today: Date) -> (Date, Date) {
    let first = first_recorded(progress, today).min(today);
    (first, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_note_is_shortened_at_a_space_and_a_short_one_kept() {
        assert_eq!(shortened("short note", 240), "short note");
        assert_eq!(shortened("one two three four", 12), "one two…");
        assert_eq!(shortened(&"é".repeat(300), 240).chars().count(), 241);
    }
}
