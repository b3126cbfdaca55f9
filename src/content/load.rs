//! Reading content from where it comes from, and parsing it into a validated guide or located
//! problems.

use std::path::PathBuf;

use crate::content::checks::{forbidden_characters, validate};
use crate::content::locate::line_column;
use crate::content::problem::{Problem, Severity};
use crate::content::syntax::read_guide;
use crate::content::{EMBEDDED_CONTENT, Guide, MAX_CONTENT_BYTES, Origin};
use crate::system::read;

/// A validated guide, where it came from, and anything worth a warning.
#[derive(Clone, Debug)]
pub struct LoadedGuide {
    /// The validated guide.
    pub guide: Guide,

    /// Where it was read from.
    pub origin: Origin,

    /// Problems that do not stop the guide from being shown.
    pub warnings: Vec<Problem>,
}

/// Today's date in the local time zone, for [`load`] and [`parse`] outside tests.
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Reads and validates the content at `origin`; `today` dates the review-age warning.
pub fn load(origin: &Origin, today: jiff::civil::Date) -> Result<LoadedGuide, ContentError> {
    let text = read_source(origin)?;
    load_text(origin, &text, today)
}

/// Validates `text`, read from `origin` with [`read_source`].
pub fn load_text(
    origin: &Origin,
    text: &str,
    today: jiff::civil::Date,
) -> Result<LoadedGuide, ContentError> {
    let (guide, warnings) = parse(text, today).map_err(|problems| ContentError::Invalid {
        origin: origin.clone(),
        problems,
    })?;
    Ok(LoadedGuide {
        guide,
        origin: origin.clone(),
        warnings,
    })
}

/// Loads the embedded guide, which the test suite proves valid.
pub fn load_embedded(today: jiff::civil::Date) -> Result<LoadedGuide, ContentError> {
    load(&Origin::Embedded, today)
}

/// The text of the content at `origin`: only a regular file, at most [`MAX_CONTENT_BYTES`] read.
pub fn read_source(origin: &Origin) -> Result<String, ContentError> {
    let path = match origin {
        Origin::Embedded => return Ok(EMBEDDED_CONTENT.to_owned()),
        Origin::File(path) => path,
    };
    let bytes =
        read::read_capped(path, MAX_CONTENT_BYTES).map_err(|source| ContentError::Read {
            path: path.to_owned(),
            source,
        })?;
    text_of(bytes).map_err(|problem| ContentError::Invalid {
        origin: origin.clone(),
        problems: vec![problem],
    })
}

/// The text of a content file, or where it stops being UTF-8.
fn text_of(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        let (line, column) = line_column(&String::from_utf8_lossy(err.as_bytes()), offset);
        Problem::error(
            line,
            column,
            "the file is not valid UTF-8 text; save it as UTF-8",
        )
    })
}

/// [`parse`] for the raw bytes of a content file, as read from disk. Never panics, whatever the
/// bytes (fuzzed).
pub fn parse_bytes(
    bytes: &[u8],
    today: jiff::civil::Date,
) -> Result<(Guide, Vec<Problem>), Vec<Problem>> {
    let text = text_of(bytes.to_vec()).map_err(|problem| vec![problem])?;
    parse(&text, today)
}

/// Why content could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The file could not be read at all: missing, not a regular file, or too large.
    #[error("{source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why it could not be read.
        source: read::ReadError,
    },

    /// The text is not a valid guide.
    #[error("{}", format_problems(origin, problems))]
    Invalid {
        /// Where the text came from.
        origin: Origin,
        /// Every problem found, in file order, errors and warnings alike.
        problems: Vec<Problem>,
    },
}

impl ContentError {
    /// The content the error is about.
    pub fn origin(&self) -> Origin {
        match self {
            Self::Read { path, .. } => Origin::File(path.clone()),
            Self::Invalid { origin, .. } => origin.clone(),
        }
    }
}

fn format_problems(origin: &Origin, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|problem| problem.located(origin))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Turns the text of a content file into a validated guide plus warnings, or every error found.
///
/// A syntax error stops at the first one (RON cannot recover); validation reports all it finds.
/// `today` is compared with `last_reviewed`: content not reviewed for a year gets a warning.
pub fn parse(text: &str, today: jiff::civil::Date) -> Result<(Guide, Vec<Problem>), Vec<Problem>> {
    // A byte-order mark is legal at the start of a UTF-8 file, but RON does not expect one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let mut problems = forbidden_characters(text);
    let guide = read_guide(text, &mut problems);
    if let Some(guide) = &guide {
        let findings = validate(guide, today);
        problems.extend(findings.into_iter().map(|finding| finding.locate(text)));
    }
    problems.sort_by_key(|problem| (problem.line, problem.column));

    match guide {
        Some(guide)
            if problems
                .iter()
                .all(|problem| problem.severity == Severity::Warning) =>
        {
            Ok((guide, problems))
        }
        _ => Err(problems),
    }
}
