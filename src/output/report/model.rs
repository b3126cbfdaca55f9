//! What a report says, as plain words, numbers and dates: the sessions, what needs attention,
//! the charts' series, the steps table, the notes and the photo pair. Made by `gather`, placed on
//! pages by `layout`.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::content::Urgency;

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
