//! Reading the person's data into a [`Report`]: the period, the sessions it reaches, what needs
//! attention ([`attention`]), the charts' series ([`charts`]), the steps table ([`steps`]) and
//! the notes. No layout, no PDF.

mod attention;
mod charts;
mod steps;

use jiff::civil::Date;

use crate::content::{Guide, Origin};
use crate::output::report::{
    MAX_CHART_DAY, MAX_LISTED_SESSIONS, MAX_NAME_CHARS, Note, Options, Report, ReportError,
    SessionLine, text,
};
use crate::text::dates;
use crate::user_data::diary::day_in_plan;
use crate::user_data::diary::rules::Entry;
use crate::user_data::{Session, UserData};

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
fn first_recorded(progress: &UserData, fallback: Date) -> Date {
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
    progress: &'a UserData,
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
pub(super) fn place(progress: &UserData, date: Date) -> Option<String> {
    day_in_plan(progress, date).map(|place| place.label())
}

/// The days a report covers, both included.
#[derive(Clone, Copy, Debug)]
struct Period {
    /// The first day.
    from: Date,

    /// The last day.
    to: Date,
}

impl Period {
    /// The period `options` asks for: up to the day the report is made, from the first day
    /// anything was recorded, unless either end is given.
    fn of(options: &Options, progress: &UserData) -> Result<Self, ReportError> {
        let to = options.to.unwrap_or(options.made_on);
        let from = options
            .from
            .unwrap_or_else(|| first_recorded(progress, to).min(to));
        if from > to {
            return Err(ReportError::Period { from, to });
        }
        Ok(Self { from, to })
    }

    /// Whether `date` is in the period.
    fn contains(self, date: Date) -> bool {
        (self.from..=self.to).contains(&date)
    }
}

/// Reads the person's data into a report for `options`, without photos (see [`load_photos`]).
///
/// [`load_photos`]: crate::output::report::load_photos
pub fn gather(
    guide: &Guide,
    origin: &Origin,
    progress: &UserData,
    options: &Options,
) -> Result<Report, ReportError> {
    let period = Period::of(options, progress)?;
    let Period { from, to } = period;

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
            period.contains(session.date)
                || !session_entries(progress, session, from, to).is_empty()
        })
        .map(|(index, session)| (index + 1, session))
        .collect();

    let settings = &guide.diary;
    let check_ins = progress.diary.check_ins.range(from..=to);
    Ok(Report {
        title: "Microneedling recovery report".to_owned(),
        name: cleaned_name(options),
        treatment: treatment_line(&numbered, options.made_on),
        from,
        to,
        sessions,
        sessions_left_out,
        next_session,
        attention: attention::attention(settings, progress, &in_scope, period),
        check_in_count: check_ins.clone().count(),
        entries: check_ins
            .clone()
            .next()
            .map(|(first, _)| *first)
            .zip(check_ins.clone().next_back().map(|(last, _)| *last)),
        charts: charts::daily_charts(settings, progress, &in_scope, period),
        monthly: charts::monthly_chart(settings, progress, &numbered, period),
        steps: steps::steps_table(guide, &in_scope, options.made_on),
        notes: notes(progress, period),
        photos: None,
        disclaimer: guide.disclaimer.clone(),
        guide_line: guide_line(guide, origin),
        made_on: options.made_on,
        made_line: format!(
            "Made on {} by Skincare Guide {}.",
            dates::weekday_date(options.made_on),
            env!("CARGO_PKG_VERSION")
        ),
    })
}

/// The notes of the period, in day order, each cut to what the diary keeps.
fn notes(progress: &UserData, Period { from, to }: Period) -> Vec<Note> {
    progress
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
        .collect()
}

/// The person's name as the report prints it: one line, at most [`MAX_NAME_CHARS`], or `None`.
fn cleaned_name(options: &Options) -> Option<String> {
    options
        .name
        .as_deref()
        .map(|name| text::clean(name).replace('\n', " ").trim().to_owned())
        .filter(|name| !name.is_empty())
        .map(|name| name.chars().take(MAX_NAME_CHARS).collect())
}

/// "Microneedling (collagen induction therapy), 2 sessions held and 1 planned."
fn treatment_line(numbered: &[SessionLine], made_on: Date) -> String {
    let held = numbered
        .iter()
        .filter(|session| session.date <= made_on)
        .count();
    let planned = numbered.len() - held;
    format!(
        "Microneedling (collagen induction therapy), {held} session{} held{}.",
        if held == 1 { "" } else { "s" },
        if planned > 0 {
            format!(" and {planned} planned")
        } else {
            String::new()
        }
    )
}

/// "Guide: Microneedling Guide, last reviewed 25 Nov 2026." and whether it came from a file.
fn guide_line(guide: &Guide, origin: &Origin) -> String {
    // A clinic's own content file is worth saying; the built-in guide is the default.
    let content = match origin {
        Origin::Embedded => "",
        Origin::File(_) => ", from a content file",
    };
    let reviewed = guide
        .last_reviewed
        .parse::<Date>()
        .map_or_else(|_| guide.last_reviewed.clone(), dates::date);
    format!("Guide: {}, last reviewed {reviewed}{content}.", guide.title)
}

/// The days with anything recorded, for the dialog's hint: (first, last).
pub fn recorded_span(progress: &UserData, today: Date) -> (Date, Date) {
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
