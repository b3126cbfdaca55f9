//! The report for the clinic: one PDF of one to three pages a clinician can read in a minute. It
//! says who and what, what needs attention, the check-in ratings as charts against the usual
//! course, the monthly self-ratings, how the steps went per session, the person's notes, an
//! optional before/after photo pair, and the guide's disclaimer. No egui.
//!
//! [`gather`] reads the person's data into a [`Report`] (plain words and numbers), [`layout`]
//! places it on pages, and `pdf` writes the tagged PDF.

pub mod layout;
mod pdf;
pub mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jiff::civil::Date;

use crate::content::{ChecklistKind, Guide, ItemKind, LoadedGuide, Origin, Urgency};
use crate::diary::photos::{MAX_PHOTO_BYTES, photo_file_name, photos_dir};
use crate::diary::rules::{Entry, session_warnings};
use crate::diary::{CheckIn, day_in_plan};
use crate::plan::window_dates;
use crate::progress::{Progress, Session};

/// The most sessions the steps table shows (the latest in the period).
pub const MAX_TABLE_SESSIONS: usize = 6;

/// The most sessions listed by date at the top (the latest).
pub const MAX_LISTED_SESSIONS: usize = 12;

/// The furthest day after a session a chart shows.
const MAX_CHART_DAY: i32 = 90;

/// The longest name printed, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// The report's pages at most.
pub const MAX_PAGES: usize = 3;

/// The long side, in pixels, of each photo as put in the report: sharp when printed at the
/// report's size (about 8 cm at 300 dpi), and small enough to keep the file light.
const PHOTO_LONG_SIDE_PX: u32 = 1000;

/// The paper the report is laid out for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in PDF points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Self::A4 => (595.28, 841.89),
            Self::Letter => (612.0, 792.0),
        }
    }

    /// Its name for the person.
    pub fn label(self) -> &'static str {
        match self {
            Self::A4 => "A4",
            Self::Letter => "US Letter",
        }
    }

    /// The paper of the locale (`LC_ALL`, `LC_PAPER`, `LANG`): Letter in the countries that use
    /// it, A4 elsewhere.
    pub fn from_locale() -> Self {
        let locale = ["LC_ALL", "LC_PAPER", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        Self::for_locale(&locale)
    }

    /// The paper for a locale name such as `en_US.UTF-8`.
    pub fn for_locale(locale: &str) -> Self {
        // The territories whose printers default to Letter (as in glibc's LC_PAPER data).
        const LETTER: [&str; 11] = [
            "US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "SV",
        ];
        let territory = locale
            .split(['.', '@'])
            .next()
            .and_then(|name| name.split('_').nth(1))
            .unwrap_or_default();
        if LETTER.contains(&territory) {
            Self::Letter
        } else {
            Self::A4
        }
    }
}

/// What the person chose for this report.
#[derive(Clone, Debug)]
pub struct Options {
    /// A name to print at the top; never stored.
    pub name: Option<String>,
    /// The first day the report covers; without it, the first day anything was recorded.
    pub from: Option<Date>,
    /// The last day; without it, `made_on`.
    pub to: Option<Date>,
    /// The paper size.
    pub paper: Paper,
    /// The ids of a before and an after photo to show side by side.
    pub photos: Option<(u64, u64)>,
    /// The day the report is made.
    pub made_on: Date,
}

impl Options {
    /// A report on `paper` of everything up to `made_on`, with no name and no photos.
    pub fn new(made_on: Date, paper: Paper) -> Self {
        Self {
            name: None,
            from: None,
            to: None,
            paper,
            photos: None,
            made_on,
        }
    }
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The period ends before it starts.
    #[error("the report's period starts on {from} but ends before, on {to}")]
    Period {
        /// The first day asked for.
        from: Date,
        /// The last day asked for.
        to: Date,
    },

    /// A photo asked for is not in the diary.
    #[error("photo {0} is not in the diary")]
    NoPhoto(u64),

    /// A photo's file could not be read or decoded.
    #[error("the photo of {day} cannot be read ({reason}); choose another or leave photos out")]
    Photo {
        /// The photo's day.
        day: Date,
        /// What went wrong.
        reason: String,
    },

    /// The PDF could not be written (a fault of this program, not of the person's data).
    #[error("the report could not be made: {0}")]
    Pdf(String),
}

/// A report made: the PDF and what it holds.
#[derive(Debug)]
pub struct Built {
    /// The PDF file's bytes.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// How many notes did not fit in [`MAX_PAGES`] (the oldest are left out first).
    pub notes_left_out: usize,
}

/// One session as listed at the top.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionLine {
    /// Its number in date order, from 1.
    pub number: usize,
    /// Its day.
    pub date: Date,
}

/// Something that needs attention, with its date.
#[derive(Clone, Debug, PartialEq)]
pub struct Attention {
    /// How soon to act.
    pub urgency: Urgency,
    /// The day it was recorded (the latest, for a sign ticked on several days).
    pub date: Date,
    /// "Session 1 · day 3".
    pub place: String,
    /// What was recorded, in a sentence: "Ticked: …", "Redness went from 4 to 7 …".
    pub reason: String,
    /// Whether it is a warning sign the person ticked (rather than a rating rule).
    pub ticked: bool,
    /// The note written that day, if any (only on the first item of the day).
    pub note: Option<String>,
}

/// One daily rating's chart: a series per session over the usual course.
#[derive(Clone, Debug, PartialEq)]
pub struct DailyChart {
    /// The rating's name: "Redness".
    pub name: String,
    /// The words at 0 and at the top: "none", "worst".
    pub low: String,
    /// See `low`.
    pub high: String,
    /// The usual range per day since treatment.
    pub usual: Vec<(i32, u8, u8)>,
    /// Per session number: (day since treatment, rating), in day order.
    pub series: BTreeMap<usize, Vec<(i32, u8)>>,
    /// Per session number: the session's day.
    pub starts: BTreeMap<usize, Date>,
    /// The last day on the axis.
    pub last_day: i32,
}

/// One monthly rating over the months.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthlyLine {
    /// Its name: "How noticeable your scars are".
    pub name: String,
    /// The words at 0 and at 10.
    pub low: String,
    /// See `low`.
    pub high: String,
    /// (first day of the month, rating), in date order.
    pub points: Vec<(Date, u8)>,
}

/// The monthly self-ratings: a line per rating over the months.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthlyChart {
    /// One line per rating.
    pub lines: Vec<MonthlyLine>,
    /// Session days in the period, with their numbers, to mark on the axis.
    pub sessions: Vec<(usize, Date)>,
}

/// How one step went in each session of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    /// Ticked.
    Done,
    /// Its days have passed and it is not ticked.
    NotTicked,
    /// Its days have not all passed yet, and it is not ticked.
    NotYet,
}

impl StepState {
    /// The word in the table.
    pub fn word(self) -> &'static str {
        match self {
            Self::Done => "Done",
            Self::NotTicked => "Not ticked",
            Self::NotYet => "Not yet",
        }
    }
}

/// A step and how it went in each session of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct StepRow {
    /// The step's short name.
    pub step: String,
    /// Per session column.
    pub states: Vec<StepState>,
}

/// The steps of one checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct StepGroup {
    /// The checklist's title: "Before treatment".
    pub name: String,
    /// Its tasks (rules have no tick, so no row).
    pub rows: Vec<StepRow>,
}

/// The steps table: a row per step, a column per session.
#[derive(Clone, Debug, PartialEq)]
pub struct StepsTable {
    /// The sessions, as columns.
    pub sessions: Vec<SessionLine>,
    /// A group of rows per checklist.
    pub groups: Vec<StepGroup>,
    /// Earlier sessions in the period left out of the table.
    pub sessions_left_out: usize,
}

/// A note the person wrote with a check-in.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// Its day.
    pub date: Date,
    /// "Session 1 · day 3", when the day falls after a session.
    pub place: Option<String>,
    /// The note.
    pub text: String,
}

/// A photo prepared for the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Photo {
    /// Its day.
    pub day: Date,
    /// "Before: Mon 2 Mar 2026 (before session 1)".
    pub caption: String,
    /// JPEG bytes, scaled to at most [`PHOTO_LONG_SIDE_PX`].
    pub jpeg: Vec<u8>,
    /// Pixel size.
    pub width: u32,
    /// See `width`.
    pub height: u32,
}

/// Everything the report says, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// "Microneedling recovery report".
    pub title: String,
    /// The name typed for this report.
    pub name: Option<String>,
    /// The treatment, in words.
    pub treatment: String,
    /// The period covered.
    pub from: Date,
    /// See `from`.
    pub to: Date,
    /// The sessions up to the end of the period, at most [`MAX_LISTED_SESSIONS`] (the latest).
    pub sessions: Vec<SessionLine>,
    /// Earlier sessions not listed.
    pub sessions_left_out: usize,
    /// The first session planned after the period.
    pub next_session: Option<SessionLine>,
    /// What needs attention, most urgent first.
    pub attention: Vec<Attention>,
    /// How many check-ins the period holds.
    pub check_in_count: usize,
    /// The first and last days with a check-in in the period.
    pub entries: Option<(Date, Date)>,
    /// A chart per daily rating that has data.
    pub charts: Vec<DailyChart>,
    /// The monthly self-ratings, if any.
    pub monthly: Option<MonthlyChart>,
    /// The steps, per session.
    pub steps: StepsTable,
    /// The notes, by date.
    pub notes: Vec<Note>,
    /// A before and an after photo.
    pub photos: Option<[Photo; 2]>,
    /// The guide's disclaimer.
    pub disclaimer: String,
    /// "Guide: Microneedling Guide, last reviewed 2026-11-26 (built-in)".
    pub guide_line: String,
    /// "Made on Thu 26 Nov 2026 by Skincare Guide 0.1.0".
    pub made_line: String,
    /// The day it was made.
    pub made_on: Date,
}

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

/// "Thu 26 Nov 2026", with no-break spaces.
pub fn long_date(date: Date) -> String {
    date.strftime("%a\u{a0}%-d\u{a0}%b\u{a0}%Y").to_string()
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
fn place(progress: &Progress, date: Date) -> Option<String> {
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
            text: text::clean(check_in.note.trim()),
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

/// Reads, scales and re-encodes the before and after photos `ids` from the data folder.
pub fn load_photos(
    progress: &Progress,
    data_dir: &Path,
    (before, after): (u64, u64),
) -> Result<[Photo; 2], ReportError> {
    let dir = photos_dir(data_dir);
    let first_session = progress.sessions.first().map(|session| session.date);
    let load = |id: u64, which: &str| -> Result<Photo, ReportError> {
        let record = progress.diary.photo(id).ok_or(ReportError::NoPhoto(id))?;
        let fail = |reason: String| ReportError::Photo {
            day: record.day,
            reason,
        };
        let bytes = crate::fsread::read_capped(&dir.join(photo_file_name(id)), MAX_PHOTO_BYTES)
            .map_err(|err| fail(err.to_string()))?;
        let (jpeg, width, height) = scale_jpeg(&bytes).map_err(fail)?;
        let when = match (place(progress, record.day), first_session) {
            (Some(place), _) => place,
            (None, Some(first)) if record.day < first => "before Session 1".to_owned(),
            _ => "no session yet".to_owned(),
        };
        Ok(Photo {
            day: record.day,
            caption: format!("{which}: {} ({when})", long_date(record.day)),
            jpeg,
            width,
            height,
        })
    };
    Ok([load(before, "Before")?, load(after, "After")?])
}

/// The stored photo decoded within limits, scaled to [`PHOTO_LONG_SIDE_PX`] and encoded again as
/// JPEG: (bytes, width, height).
fn scale_jpeg(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32), String> {
    let mut reader =
        image::ImageReader::with_format(std::io::Cursor::new(bytes), image::ImageFormat::Jpeg);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(crate::diary::photos::MAX_PHOTO_SIDE_PX);
    limits.max_image_height = Some(crate::diary::photos::MAX_PHOTO_SIDE_PX);
    limits.max_alloc = Some(crate::diary::photos::MAX_DECODE_BYTES);
    reader.limits(limits);
    let image = reader.decode().map_err(|err| err.to_string())?;
    let image = if image.width().max(image.height()) > PHOTO_LONG_SIDE_PX {
        image.resize(
            PHOTO_LONG_SIDE_PX,
            PHOTO_LONG_SIDE_PX,
            image::imageops::FilterType::Triangle,
        )
    } else {
        image
    };
    let rgb = image.to_rgb8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 82)
        .encode_image(&rgb)
        .map_err(|err| err.to_string())?;
    Ok((jpeg, rgb.width(), rgb.height()))
}

/// Makes the report: gathers it, loads the photo pair, lays it out in at most [`MAX_PAGES`]
/// pages (leaving out the oldest notes if they do not fit) and writes the PDF.
pub fn build(
    loaded: &LoadedGuide,
    progress: &Progress,
    data_dir: &Path,
    options: &Options,
) -> Result<Built, ReportError> {
    let mut report = gather(&loaded.guide, &loaded.origin, progress, options)?;
    if let Some(ids) = options.photos {
        report.photos = Some(load_photos(progress, data_dir, ids)?);
    }
    let fonts = text::Fonts::load().map_err(ReportError::Pdf)?;
    let (laid, notes_left_out) = layout::fit(&report, &fonts, options.paper);
    let pages = laid.pages.len();
    let bytes = pdf::write(&laid, &report, &fonts, options).map_err(ReportError::Pdf)?;
    Ok(Built {
        bytes,
        pages,
        notes_left_out,
    })
}

/// The photos a person can pick from: (id, "Mon 2 Mar 2026 · Session 1 · day 3").
pub fn photo_choices(progress: &Progress) -> Vec<(u64, String)> {
    progress
        .diary
        .photos
        .iter()
        .map(|photo| {
            let label = match place(progress, photo.day) {
                Some(place) => format!("{} · {place}", long_date(photo.day)),
                None => long_date(photo.day),
            };
            (photo.id, label)
        })
        .collect()
}

/// The days with anything recorded, for the dialog's hint: (first, last).
pub fn recorded_span(progress: &Progress, today: Date) -> (Date, Date) {
    let first = first_recorded(progress, today).min(today);
    (first, today)
}

/// Names of every sign ticked in the period, for tests and the dialog's summary.
pub fn ticked_signs(progress: &Progress, from: Date, to: Date) -> BTreeSet<String> {
    progress
        .diary
        .check_ins
        .range(from..=to)
        .flat_map(|(_, check_in)| check_in.signs.iter().cloned())
        .collect()
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

    #[test]
    fn letter_paper_is_chosen_for_the_countries_that_use_it() {
        assert_eq!(Paper::for_locale("en_US.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("es_MX"), Paper::Letter);
        assert_eq!(Paper::for_locale("fr_CA.UTF-8@euro"), Paper::Letter);
        assert_eq!(Paper::for_locale("en_GB.UTF-8"), Paper::A4);
        assert_eq!(Paper::for_locale("C"), Paper::A4);
        assert_eq!(Paper::for_locale(""), Paper::A4);
    }
}
