//! A recovery diary to report on, shared by the report's tests, its bench and the example that
//! renders the report for `docs/`: included with `#[path]`, so it uses only the library's API.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jiff::ToSpan as _;
use jiff::civil::{Date, date};
use skincare_guide::user_data::UserData;
use skincare_guide::user_data::diary::CheckIn;
use skincare_guide::user_data::diary::photos;
use skincare_guide::user_data::store::Store;

/// The note written on the day the fixture's warning sign is ticked.
pub const SIGN_NOTE: &str = "Yellow crust on the left cheek this morning, and it feels hot.";

/// The sign ticked on day 3 of session 2.
pub const SIGN_ID: &str = "sign-pus-or-spreading";

/// Three sessions four weeks apart from 2 March 2026, a fortnight of check-ins after each, notes,
/// a warning sign and a rising redness on session 2, monthly ratings: a short course.
pub fn short_course() -> UserData {
    course(date(2026, 3, 2), 3, 28)
}

/// Two years of data: a session every six weeks, a check-in every day of the two years with a
/// note on most days, and monthly ratings throughout.
pub fn two_years() -> UserData {
    let first = date(2024, 12, 2);
    let mut progress = course(first, 17, 42);
    for day in 0..730_i64 {
        let when = first.saturating_add(day.days());
        if progress.diary.check_in(when).is_some() {
            continue;
        }
        let mut ratings = BTreeMap::new();
        for scale in ["redness", "swelling", "pain", "dryness"] {
            ratings.insert(scale.to_owned(), 0);
        }
        let note = if day % 3 == 0 {
            format!(
                "Day {day} of the course: skin calm, nothing new to report. Sunscreen every morning."
            )
        } else {
            String::new()
        };
        progress.diary.set_check_in(
            when,
            CheckIn {
                ratings,
                signs: BTreeSet::new(),
                note,
            },
        );
    }
    progress
}

/// `sessions` sessions `every` days apart from `first`, with a fortnight of daily check-ins after
/// each and a monthly rating from the month before the first to the month after the last.
pub fn course(first: Date, sessions: usize, every: i64) -> UserData {
    let mut progress = UserData::default();
    let mut session_dates = Vec::new();
    for index in 0..sessions {
        let day = first.saturating_add((every * index as i64).days());
        let id = progress.add_session(day);
        session_dates.push(day);
        // Most steps ticked; a couple left, as people do.
        if let Some(session) = progress.sessions.iter_mut().find(|s| s.id == id) {
            for step in [
                "book-consultation",
                "share-health-history",
                "ask-about-antivirals",
                "ask-about-blood-thinners",
                "check-skin-is-clear",
                "plan-quiet-days",
                "arrive-bare-skin",
                "book-next-session",
            ] {
                if (step.len() + index) % 5 != 0 {
                    session.ticked.insert(step.to_owned());
                }
            }
        }
    }
    let notes = [
        "Skin felt tight and warm all evening, like a mild sunburn.",
        "Redness a little less. Some pinpoint marks on the forehead.",
        "Flaking around the nose; using the bland moisturiser.",
        "Looks almost normal now. Makeup went on fine.",
    ];
    for (number, start) in session_dates.iter().enumerate() {
        for day in 0..=14_i32 {
            let when = start.saturating_add(i64::from(day).days());
            // Sessions differ a little: each of three heals a day faster than the one before.
            let faster = (number % 3) as i32;
            let fading = |peak: i32| u8::try_from((peak - faster - day).clamp(0, 10)).unwrap_or(0);
            let mut ratings = BTreeMap::new();
            // Session 2 rises again on day 3 to 4: the rule "rising after day 2" fires.
            let redness = if number == 1 && (3..=4).contains(&day) {
                7
            } else {
                fading(7)
            };
            ratings.insert("redness".to_owned(), redness);
            ratings.insert("swelling".to_owned(), fading(4));
            ratings.insert("pain".to_owned(), fading(3));
            ratings.insert(
                "dryness".to_owned(),
                if (2..=7).contains(&day) { 3 } else { 1 },
            );
            let mut signs = BTreeSet::new();
            let mut note = String::new();
            if number == 1 && day == 3 {
                signs.insert(SIGN_ID.to_owned());
                note = SIGN_NOTE.to_owned();
            } else if day % 4 == 0 {
                note = notes[(day as usize / 4 + number) % notes.len()].to_owned();
            }
            progress.diary.set_check_in(
                when,
                CheckIn {
                    ratings,
                    signs,
                    note,
                },
            );
        }
    }
    let (Some(first_day), Some(last_day)) = (session_dates.first(), session_dates.last()) else {
        return progress;
    };
    let mut month = first_day.first_of_month().saturating_sub(1.month());
    let mut score = 8_u8;
    while month <= last_day.saturating_add(1.month()) {
        let mut ratings = BTreeMap::new();
        ratings.insert("scar-visibility".to_owned(), score);
        ratings.insert("uneven-tone".to_owned(), score.saturating_sub(2).max(1));
        progress.diary.set_monthly(month, ratings);
        score = score.saturating_sub(1).max(3);
        month = month.saturating_add(1.month());
    }
    progress
}

/// A test photo of skin-like colours, `width` × `height`, as JPEG.
pub fn photo_jpeg(width: u32, height: u32, warm: bool) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        let shade = u8::try_from((x * 40 / width.max(1)) + (y * 30 / height.max(1))).unwrap_or(0);
        if warm {
            image::Rgb([200 + shade / 2, 120 + shade, 110 + shade])
        } else {
            image::Rgb([180 + shade / 2, 140 + shade, 125 + shade])
        }
    });
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90)
        .encode_image(&image)
        .unwrap_or_default();
    bytes
}

/// Saves `progress` in `data_dir` with a before photo (the day before the first session) and an
/// after photo (the last check-in day), imported as the app does. Returns the photo ids.
pub fn save_with_photos(data_dir: &Path, progress: &mut UserData) -> (u64, u64) {
    let photos_dir = photos::photos_dir(data_dir);
    let first = progress
        .sessions
        .first()
        .map(|s| s.date)
        .unwrap_or(date(2026, 1, 1));
    let last = progress
        .diary
        .check_ins
        .keys()
        .next_back()
        .copied()
        .unwrap_or(first);
    let mut ids = Vec::new();
    for (day, warm) in [(first.saturating_sub(1.day()), true), (last, false)] {
        let source = data_dir.join(format!("source-{day}.jpg"));
        std::fs::create_dir_all(data_dir).ok();
        std::fs::write(&source, photo_jpeg(3000, 2250, warm)).ok();
        let id = progress.diary.take_photo_id();
        if let Ok(record) = photos::import(&source, &photos_dir, id, day) {
            progress.diary.add_photo(record);
            ids.push(id);
        }
        std::fs::remove_file(&source).ok();
    }
    save(data_dir, progress);
    (
        ids.first().copied().unwrap_or(0),
        ids.last().copied().unwrap_or(0),
    )
}

/// Saves `progress` in `data_dir` as the app does.
pub fn save(data_dir: &Path, progress: &UserData) {
    let mut store = Store::new(data_dir);
    store.load();
    if let Err(err) = store.save(progress) {
        panic!("cannot save the fixture: {err}");
    }
}
