//! The report for the clinic: one PDF of one to three pages a clinician can read in a minute. It
//! says who and what, what needs attention, the check-in ratings as charts against the usual
//! course, the monthly self-ratings, how the steps went per session, the person's notes, an
//! optional before/after photo pair, and the guide's disclaimer. No UI code: `text` takes its
//! fallback font from `epaint_default_fonts`, where egui takes it from.
//!
//! [`gather`] reads the person's data into a [`Report`] (plain words and numbers), [`layout`]
//! places it on pages, and `pdf` writes the tagged PDF.

mod gather;
pub mod layout;
mod model;
mod pdf;
mod photos;
pub mod text;

pub use gather::{gather, recorded_span};
pub use model::{
    Attention, DailyChart, MonthlyChart, MonthlyLine, Note, Photo, Report, SessionLine, StepGroup,
    StepRow, StepState, StepsTable,
};
pub use photos::{load_photos, photo_choices};

use std::path::Path;

use jiff::civil::Date;

use crate::content::LoadedGuide;
use crate::user_data::UserData;

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
    #[error(
        "the photo of {day} cannot be read ({reason}); pick another photo, or make the report without photos"
    )]
    Photo {
        /// The photo's day.
        day: Date,
        /// What went wrong.
        reason: String,
    },

    /// The PDF could not be written (a fault of this program, not of the person's data).
    #[error("the report could not be made: {0}")]
    Pdf(PdfError),
}

/// A PDF error is the whole of a report error's message, so it is not also its source: an error
/// chain printed in full would say it twice.
impl From<PdfError> for ReportError {
    fn from(err: PdfError) -> Self {
        Self::Pdf(err)
    }
}

/// Why the PDF could not be written: always a fault of this program, never of the person's data.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A font built into the program cannot be read; names which one.
    #[error("the report's {0} font cannot be read")]
    Font(&'static str),

    /// The PDF library refused the accessibility configuration.
    #[error("{0:?}")]
    Configuration(krilla::configure::ConfigurationError),

    /// The PDF library could not embed a photo (its error is a sentence).
    #[error("{0}")]
    Photo(String),

    /// The paper size is not one a PDF page can have.
    #[error("bad page size")]
    PageSize,

    /// A heading level is not one PDF tags allow.
    #[error("bad heading level")]
    HeadingLevel,

    /// The PDF library could not finish the document.
    #[error("{0:?}")]
    Document(krilla::error::KrillaError),
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

impl Built {
    /// "3 pages", and how many of the oldest notes did not fit: "3 pages; the 1 oldest note did
    /// not fit".
    pub fn summary(&self) -> String {
        let mut summary = format!(
            "{} page{}",
            self.pages,
            if self.pages == 1 { "" } else { "s" }
        );
        if self.notes_left_out > 0 {
            summary.push_str(&format!(
                "; the {} oldest note{} did not fit",
                self.notes_left_out,
                if self.notes_left_out == 1 { "" } else { "s" }
            ));
        }
        summary
    }
}

/// Makes the report: gathers it, loads the photo pair, lays it out in at most [`MAX_PAGES`]
/// pages (leaving out the oldest notes if they do not fit) and writes the PDF.
pub fn build(
    loaded: &LoadedGuide,
    progress: &UserData,
    data_dir: &Path,
    options: &Options,
) -> Result<Built, ReportError> {
    let mut report = gather(&loaded.guide, &loaded.origin, progress, options)?;
    if let Some(ids) = options.photos {
        report.photos = Some(load_photos(progress, data_dir, ids)?);
    }
    let fonts = text::Fonts::load()?;
    let (laid, notes_left_out) = layout::fit(&report, &fonts, options.paper);
    let pages = laid.pages.len();
    let bytes = pdf::write(&laid, &report, &fonts, options)?;
    Ok(Built {
        bytes,
        pages,
        notes_left_out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
