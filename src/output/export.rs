//! The treatment plan as files a person can take elsewhere: an RFC 5545 calendar to import into
//! any calendar app, and a printable Markdown checklist with dates.

use icalendar::{Component as _, EventLike as _};
use jiff::ToSpan as _;
use jiff::civil::Date;

use crate::content::{Block, ChecklistKind, Guide, LoadedGuide, Origin};
use crate::output::FileKind;
use crate::plan::window_dates;
use crate::text::dates;
use crate::user_data::{Scope, Session, UserData};

/// Why a plan could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A calendar needs dates.
    #[error("no treatment date is set yet; set one on the Checklist tab first")]
    NoSessions,

    /// A date outside what calendar files can hold.
    #[error("{0} cannot be written to a calendar file")]
    DateOutOfRange(Date),
}

/// The text formats a plan can be exported to (the clinic report is a PDF, made by
/// [`crate::output::report`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// An iCalendar file (`.ics`) with one all-day event per item window per session.
    Calendar,

    /// A printable Markdown checklist (`.md`).
    Markdown,

    /// The diary's check-ins as a table for a spreadsheet (`.csv`).
    Csv,
}

impl Format {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        FileKind::from(self).extension()
    }

    /// A short name for the person.
    pub fn label(self) -> &'static str {
        FileKind::from(self).label()
    }
}

/// The plan in `format`, naming the content it was made from; `now` stamps calendar events and
/// dates the Markdown.
pub fn export(
    format: Format,
    loaded: &LoadedGuide,
    progress: &UserData,
    now: jiff::Zoned,
) -> Result<String, ExportError> {
    let guide = &loaded.guide;
    let made_from = made_from(&loaded.origin);
    match format {
        Format::Calendar => {
            let text = calendar(guide, progress, now.timestamp())?;
            // The calendar's own description names the content, right after its name.
            let description = format!("X-WR-CALDESC:{}\r\n", ics_escape(&ics_clean(&made_from)));
            Ok(match text.find("X-WR-CALNAME:") {
                Some(at) => {
                    let line_end = text[at..]
                        .find("\r\n")
                        .map_or(text.len(), |end| at + end + 2);
                    format!("{}{description}{}", &text[..line_end], &text[line_end..])
                }
                None => text,
            })
        }
        Format::Markdown => {
            let text = markdown(guide, progress, now.date());
            Ok(match text.find("\n\n") {
                Some(at) => format!("{}\n\n{}{}", &text[..at], md_text(&made_from), &text[at..]),
                None => text,
            })
        }
        Format::Csv => Ok(crate::output::csv::check_ins_csv(&guide.diary, progress)),
    }
}

/// Which content an export was made from, in a sentence.
fn made_from(origin: &Origin) -> String {
    match origin {
        Origin::Embedded => "Made by Skincare Guide from its built-in guide.".to_owned(),
        Origin::File(path) => format!(
            "Made by Skincare Guide from the content file {}, not from its built-in guide.",
            path.display()
        ),
    }
}

/// Text for a calendar property: no carriage return or other control character (a bare CR can
/// end a line for some readers), line breaks kept for the escaper.
fn ics_clean(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\n' || !c.is_control())
        .collect()
}

/// RFC 5545 §3.3.11 TEXT escaping, for the properties the calendar crate writes as they are
/// (`NAME`, `X-WR-CALNAME`, `X-WR-CALDESC`).
fn ics_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Text for one line of Markdown: line breaks and control characters become spaces (so an item
/// cannot start a line of its own, such as a forged `- [x]`), and the characters Markdown reads
/// as markup are escaped.
pub fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if c.is_control() => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// An iCalendar file: for each session, an all-day event for the treatment day and one for each
/// checklist item's window, with an alarm on its first day (see [`step_alarm`]). Event ids are
/// stable, so importing a newer export updates the events.
pub fn calendar(
    guide: &Guide,
    progress: &UserData,
    stamp: jiff::Timestamp,
) -> Result<String, ExportError> {
    if progress.sessions.is_empty() {
        return Err(ExportError::NoSessions);
    }
    let stamp = chrono::DateTime::from_timestamp(stamp.as_second(), 0).unwrap_or_default();
    let mut calendar = icalendar::Calendar::new();
    calendar.name(&ics_escape(&ics_clean(&format!(
        "{}: treatment plan",
        guide.title
    ))));
    let total = progress.sessions.len();

    for (index, session) in progress.sessions.iter().enumerate() {
        let number = index + 1;
        let session_name = if total > 1 {
            format!("session {number} of {total}")
        } else {
            "treatment".to_owned()
        };
        calendar.push(
            all_day_event(session.date, session.date, stamp)?
                .summary(&format!("Microneedling {session_name}"))
                .description(&ics_clean(&guide.disclaimer))
                .uid(&format!("session-{}@skincare-guide", session.id))
                .done(),
        );
        for (kind, item) in guide.checklist_items() {
            let (first, last) = window_dates(session.date, item.window);
            let list = guide.checklist(kind);
            let mut description = if total > 1 {
                format!("{} ({session_name})", list.title)
            } else {
                list.title.clone()
            };
            if let Some(detail) = &item.detail {
                description = format!("{detail}\n\n{description}");
            }
            calendar.push(
                all_day_event(first, last, stamp)?
                    .summary(&ics_clean(&item.text))
                    .description(&ics_clean(&description))
                    .alarm(step_alarm(
                        &ics_clean(&item.text),
                        progress.reminders.time(),
                    ))
                    .uid(&format!(
                        "session-{}-{}@skincare-guide",
                        session.id, item.id
                    ))
                    .done(),
            );
        }
    }
    Ok(calendar.done().to_string())
}

/// An all-day event from `first` to `last`, both included (DTEND is the day after, as RFC 5545
/// wants for dates).
fn all_day_event(
    first: Date,
    last: Date,
    stamp: chrono::DateTime<chrono::Utc>,
) -> Result<icalendar::Event, ExportError> {
    let mut event = icalendar::Event::new();
    event
        .timestamp(stamp)
        .starts(to_chrono(first)?)
        .ends(to_chrono(last.saturating_add(1.day()))?);
    Ok(event)
}

/// A display alarm at `time` (the person's reminder time, local) on the first day of a step, so
/// that a calendar app reminds too. All-day events start at midnight, so the trigger is `time`
/// after the start.
fn step_alarm(text: &str, time: jiff::civil::Time) -> icalendar::Alarm {
    let after_start = chrono::TimeDelta::seconds(
        i64::from(time.hour()) * 60 * 60 + i64::from(time.minute()) * 60,
    );
    icalendar::Alarm::display(
        &format!("From today: {text}"),
        (after_start, icalendar::Related::Start),
    )
}

fn to_chrono(date: Date) -> Result<chrono::NaiveDate, ExportError> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        date.month().unsigned_abs().into(),
        date.day().unsigned_abs().into(),
    )
    .ok_or(ExportError::DateOutOfRange(date))
}

/// A printable checklist: each session's lists with the dates of each item and its tick, then the
/// warning signs. Without a date, the plain checklist.
pub fn markdown(guide: &Guide, progress: &UserData, today: Date) -> String {
    let mut out = format!("# {}: treatment plan\n\n", md_text(&guide.title));
    out.push_str(&format!(
        "Printed {}. {}\n",
        today,
        md_text(&guide.disclaimer)
    ));

    if progress.sessions.is_empty() {
        out.push_str("\n## Checklist (no treatment date set)\n");
        for kind in ChecklistKind::ALL {
            lists_markdown(
                &mut out,
                guide,
                progress,
                Scope::Unscheduled,
                kind,
                None,
                today,
            );
        }
    }
    for (index, session) in progress.sessions.iter().enumerate() {
        out.push_str(&format!(
            "\n## Session {}: {}\n",
            index + 1,
            dates::full_day(session.date)
        ));
        for kind in ChecklistKind::ALL {
            let scope = Scope::Session(session.id);
            lists_markdown(&mut out, guide, progress, scope, kind, Some(session), today);
        }
    }

    if let Some(section) = guide.section(&guide.plan.warning_signs_section) {
        out.push_str(&format!("\n## {}\n\n", md_text(&section.title)));
        for block in &section.body {
            match block {
                Block::Paragraph(text) | Block::Warning(text) => {
                    out.push_str(&format!("{}\n\n", md_text(text)));
                }
                Block::Bullets(items) => {
                    for item in items {
                        out.push_str(&format!("- {}\n", md_text(item)));
                    }
                    out.push('\n');
                }
                Block::Do(items) | Block::Dont(items) => {
                    let heading = if matches!(block, Block::Do(_)) {
                        "Do"
                    } else {
                        "Don't"
                    };
                    out.push_str(&format!("**{heading}:**\n\n"));
                    for item in items {
                        out.push_str(&format!("- {}\n", md_text(item)));
                    }
                    out.push('\n');
                }
                Block::CareCard(card) => care_card_markdown(&mut out, card),
            }
        }
    }
    diary_markdown(&mut out, guide, progress);
    out
}

/// The diary's check-ins, newest last, one line each with ratings, ticked signs and the note.
fn diary_markdown(out: &mut String, guide: &Guide, progress: &UserData) {
    if progress.diary.check_ins.is_empty() {
        return;
    }
    out.push_str("\n## Recovery diary\n\n");
    for (date, check_in) in &progress.diary.check_ins {
        let place = crate::user_data::diary::day_in_plan(progress, *date)
            .map_or_else(String::new, |place| format!(" ({})", place.label()));
        let mut parts: Vec<String> = guide
            .diary
            .scales
            .iter()
            .filter_map(|scale| {
                let value = check_in.ratings.get(&scale.id)?;
                Some(format!("{} {value}/10", scale.name))
            })
            .collect();
        for id in &check_in.signs {
            let text = guide
                .diary
                .sign(id)
                .map_or(id.as_str(), |sign| sign.text.as_str());
            parts.push(format!("ticked: {text}"));
        }
        if !check_in.note.trim().is_empty() {
            parts.push(format!("note: {}", check_in.note.trim()));
        }
        out.push_str(&format!(
            "- {date}{}: {}\n",
            md_text(&place),
            md_text(&parts.join("; "))
        ));
    }
}

/// A care card as a heading of its urgency, its signs as a list, and what to do.
fn care_card_markdown(out: &mut String, card: &crate::content::CareCard) {
    out.push_str(&format!("### {}\n\n", card.urgency.heading()));
    for sign in &card.signs {
        out.push_str(&format!("- {}\n", md_text(sign)));
    }
    out.push_str(&format!("\n**{}**\n\n", md_text(&card.action)));
}

fn lists_markdown(
    out: &mut String,
    guide: &Guide,
    progress: &UserData,
    scope: Scope,
    kind: ChecklistKind,
    session: Option<&Session>,
    today: Date,
) {
    let list = guide.checklist(kind);
    out.push_str(&format!("\n### {}\n\n", md_text(&list.title)));
    for item in &list.items {
        // A rule is kept, not ticked: no box, whatever an older build stored for it.
        if item.is_rule() {
            out.push_str(&format!("- Keep doing: {}", md_text(&item.text)));
        } else {
            let mark = if progress.is_ticked(scope, &item.id) {
                "x"
            } else {
                " "
            };
            out.push_str(&format!("- [{mark}] {}", md_text(&item.text)));
        }
        if let Some(session) = session {
            let (first, last) = window_dates(session.date, item.window);
            // A plain-text file wraps wherever its reader likes: plain spaces.
            let range = dates::range(first, last, today).replace(dates::NBSP, " ");
            out.push_str(&format!(" ({range})"));
        }
        out.push('\n');
    }
}
