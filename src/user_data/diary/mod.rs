//! The recovery diary's data: daily check-ins, monthly self-ratings and photo records, kept in the
//! person's data file ([`crate::user_data::UserData::diary`]). Plain types with no egui in them.
//!
//! Check-ins are stored by calendar day, not by session: the session and the day since treatment
//! ("Session 2 · day 3") follow from the planned sessions, so moving a session never moves a
//! check-in.

pub mod photos;
pub mod rules;

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::content::MAX_RATING;
use crate::user_data::{Session, UserData};

/// The most check-ins a data file may hold: one a day for over a century.
pub const MAX_CHECK_INS: usize = 50_000;

/// The most photo records a data file may hold.
pub const MAX_PHOTOS: usize = 50_000;

/// The longest note kept with a check-in, in characters.
pub const MAX_NOTE_CHARS: usize = 5_000;

/// Everything the diary keeps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Diary {
    /// One check-in per calendar day.
    pub check_ins: BTreeMap<Date, CheckIn>,

    /// Monthly self-ratings, keyed by the first day of their month.
    pub monthly: BTreeMap<Date, BTreeMap<String, u8>>,

    /// The photos, sorted by day and id.
    pub photos: Vec<PhotoRecord>,

    /// The id the next photo gets; ids are never reused, so a file name never points at two
    /// photos.
    pub next_photo_id: u64,
}

impl Default for Diary {
    fn default() -> Self {
        Self {
            check_ins: BTreeMap::new(),
            monthly: BTreeMap::new(),
            photos: Vec::new(),
            next_photo_id: 1,
        }
    }
}

/// One day's check-in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckIn {
    /// Rating per scale id, 0 to [`MAX_RATING`]. A scale left out was not rated.
    pub ratings: BTreeMap<String, u8>,

    /// Ids of the warning signs ticked.
    pub signs: BTreeSet<String>,

    /// What the person wrote.
    pub note: String,
}

/// A photo the diary keeps a copy of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoRecord {
    /// Stable id; the copy is `photos/<id>.jpg` in the data folder.
    pub id: u64,

    /// The day the photo is filed under (the day it was imported, unless changed).
    pub day: Date,

    /// The stored copy's size in pixels, after turning it upright.
    pub width: u32,

    /// See [`Self::width`].
    pub height: u32,
}

impl PhotoRecord {
    /// The stored copy's file name inside the photos folder.
    pub fn file_name(&self) -> String {
        photos::photo_file_name(self.id)
    }
}

/// Where a day sits in the treatment plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayInPlan {
    /// The session's id.
    pub session_id: u64,

    /// Its number in date order, from 1.
    pub session_number: usize,

    /// Days since the session's day (0 on the day).
    pub day: i32,
}

impl DayInPlan {
    /// "Session 2 · day 3".
    pub fn label(&self) -> String {
        format!("Session {} · day {}", self.session_number, self.day)
    }
}

/// The latest session on or before `date`, and the day since it.
pub fn day_in_plan(progress: &UserData, date: Date) -> Option<DayInPlan> {
    let index = progress
        .sessions
        .partition_point(|session: &Session| session.date <= date)
        .checked_sub(1)?;
    let session = progress.sessions.get(index)?;
    let day = i32::try_from(crate::text::dates::days_between(session.date, date)).ok()?;
    Some(DayInPlan {
        session_id: session.id,
        session_number: index + 1,
        day,
    })
}

impl Diary {
    /// The check-in of `date`, if one was made.
    pub fn check_in(&self, date: Date) -> Option<&CheckIn> {
        self.check_ins.get(&date)
    }

    /// Stores the check-in of `date` (ratings clamped to the scale, the note to
    /// [`MAX_NOTE_CHARS`]). Returns whether anything changed. An empty check-in removes the day.
    pub fn set_check_in(&mut self, date: Date, mut check_in: CheckIn) -> bool {
        for value in check_in.ratings.values_mut() {
            *value = (*value).min(MAX_RATING);
        }
        if check_in.note.chars().count() > MAX_NOTE_CHARS {
            check_in.note = check_in.note.chars().take(MAX_NOTE_CHARS).collect();
        }
        let empty = check_in == CheckIn::default();
        if empty {
            return self.check_ins.remove(&date).is_some();
        }
        if self.check_ins.get(&date) == Some(&check_in) {
            return false;
        }
        if self.check_ins.len() >= MAX_CHECK_INS && !self.check_ins.contains_key(&date) {
            return false;
        }
        self.check_ins.insert(date, check_in);
        true
    }

    /// Stores the monthly self-ratings for the month of `date`. Returns whether anything changed.
    pub fn set_monthly(&mut self, date: Date, mut ratings: BTreeMap<String, u8>) -> bool {
        let month = date.first_of_month();
        for value in ratings.values_mut() {
            *value = (*value).min(MAX_RATING);
        }
        if ratings.is_empty() {
            return self.monthly.remove(&month).is_some();
        }
        if self.monthly.get(&month) == Some(&ratings) {
            return false;
        }
        self.monthly.insert(month, ratings);
        true
    }

    /// Takes the id for a photo about to be imported. The counter moves on even if the import
    /// fails, so a half-written file from a killed import never shares a name with a later photo.
    pub fn take_photo_id(&mut self) -> u64 {
        let highest = self.photos.iter().map(|photo| photo.id).max().unwrap_or(0);
        let id = self.next_photo_id.max(highest.saturating_add(1)).max(1);
        self.next_photo_id = id.saturating_add(1);
        id
    }

    /// Adds the record of a photo whose file is already in place.
    pub fn add_photo(&mut self, record: PhotoRecord) {
        self.photos.retain(|photo| photo.id != record.id);
        self.photos.push(record);
        self.photos.sort_by_key(|photo| (photo.day, photo.id));
    }

    /// Removes a photo's record. Returns it, so its files can be deleted.
    pub fn remove_photo(&mut self, id: u64) -> Option<PhotoRecord> {
        let index = self.photos.iter().position(|photo| photo.id == id)?;
        Some(self.photos.remove(index))
    }

    /// The photo with this id.
    pub fn photo(&self, id: u64) -> Option<&PhotoRecord> {
        self.photos.iter().find(|photo| photo.id == id)
    }

    /// The pair a comparison starts with: the first photo before the first session (or the first
    /// photo), and the latest photo. `None` with fewer than two photos.
    pub fn default_comparison(&self, progress: &UserData) -> Option<(u64, u64)> {
        let first_session = progress.sessions.first().map(|session| session.date);
        let before = self
            .photos
            .iter()
            .find(|photo| first_session.is_some_and(|date| photo.day < date))
            .or(self.photos.first())?;
        let latest = self
            .photos
            .iter()
            .rev()
            .find(|photo| photo.id != before.id)?;
        Some((before.id, latest.id))
    }

    /// Brings a diary read from a file into shape: ratings clamped, photos sorted, the id counter
    /// past every id. Returns a sentence for each repair the person should hear about.
    pub fn repair(&mut self) -> Vec<String> {
        let mut repairs = Vec::new();
        for (date, check_in) in &mut self.check_ins {
            for (scale, value) in &mut check_in.ratings {
                if *value > MAX_RATING {
                    repairs.push(format!(
                        "the {scale} rating of {date} was {value}, above the highest ({MAX_RATING}); it is now {MAX_RATING}"
                    ));
                    *value = MAX_RATING;
                }
            }
        }
        for ratings in self.monthly.values_mut() {
            for value in ratings.values_mut() {
                *value = (*value).min(MAX_RATING);
            }
        }
        let mut seen = BTreeSet::new();
        let before = self.photos.len();
        self.photos.retain(|photo| seen.insert(photo.id));
        if self.photos.len() != before {
            repairs.push(format!(
                "{} photo records repeated an id and were dropped (their files stay in the photos folder)",
                before - self.photos.len()
            ));
        }
        self.photos.sort_by_key(|photo| (photo.day, photo.id));
        let highest = self.photos.iter().map(|photo| photo.id).max().unwrap_or(0);
        self.next_photo_id = self.next_photo_id.max(highest.saturating_add(1)).max(1);
        repairs
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn ratings(pairs: &[(&str, u8)]) -> CheckIn {
        CheckIn {
            ratings: pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
            ..CheckIn::default()
        }
    }

    #[test]
    fn a_day_is_placed_after_the_latest_session_on_or_before_it() {
        let mut progress = UserData::default();
        progress.add_session(date(2026, 12, 1));
        let second = progress.add_session(date(2027, 1, 12));
        assert_eq!(day_in_plan(&progress, date(2026, 11, 30)), None);
        let place = day_in_plan(&progress, date(2027, 1, 15)).unwrap();
        assert_eq!(place.session_id, second);
        assert_eq!(place.label(), "Session 2 · day 3");
        assert_eq!(
            day_in_plan(&progress, date(2026, 12, 1)).unwrap().label(),
            "Session 1 · day 0"
        );
    }

    #[test]
    fn a_check_in_is_clamped_replaced_and_removed_when_empty() {
        let mut diary = Diary::default();
        let day = date(2026, 12, 2);
        assert!(diary.set_check_in(day, ratings(&[("redness", 42)])));
        assert_eq!(diary.check_in(day).unwrap().ratings["redness"], MAX_RATING);
        assert!(!diary.set_check_in(day, ratings(&[("redness", 10)])));
        assert!(diary.set_check_in(day, CheckIn::default()));
        assert!(diary.check_in(day).is_none());
    }

    #[test]
    fn photo_ids_are_never_reused_even_after_a_delete() {
        let mut diary = Diary::default();
        let first = diary.take_photo_id();
        diary.add_photo(PhotoRecord {
            id: first,
            day: date(2026, 12, 1),
            width: 1,
            height: 1,
        });
        assert!(diary.remove_photo(first).is_some());
        assert!(diary.take_photo_id() > first);
    }

    #[test]
    fn the_default_comparison_is_the_first_photo_before_treatment_and_the_latest() {
        let mut progress = UserData::default();
        progress.add_session(date(2026, 12, 1));
        let mut diary = Diary::default();
        for (id, day) in [
            (1, date(2026, 11, 20)),
            (2, date(2026, 11, 28)),
            (3, date(2027, 2, 1)),
        ] {
            diary.add_photo(PhotoRecord {
                id,
                day,
                width: 1,
                height: 1,
            });
        }
        assert_eq!(diary.default_comparison(&progress), Some((1, 3)));
    }
}
