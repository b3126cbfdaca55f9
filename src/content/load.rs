//! Where content comes from, reading it, and parsing it into a validated guide or located
//! problems.

use std::fmt;
use std::path::PathBuf;

use std::borrow::Cow;

use crate::content::chars::{escape_controls, forbidden_characters};
use crate::content::locate::{field_extent, line_column, offset_of};
use crate::content::validate::{Hint, validate};
use crate::content::{EMBEDDED_CONTENT, Guide, MAX_CONTENT_BYTES};
use crate::system::read;

/// How deeply RON values may nest before the parser gives up (the guide needs fewer than ten).
const RON_RECURSION_LIMIT: usize = 64;

/// After this many unknown fields, stop reading on: the file is probably not a guide at all.
const MAX_SKIPPED_FIELDS: usize = 50;

/// Where the content format is described, for error messages.
pub const FORMAT_DOCS: &str = "docs/content-format.md";

/// Where the guide's text was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A `content.ron` on disk.
    File(PathBuf),

    /// The copy compiled into the binary.
    Embedded,
}

impl Origin {
    /// Picks the content the app should use: the `--content` path, or else the built-in copy.
    ///
    /// A `content.ron` that happens to be in the working directory is never picked up by itself:
    /// a file planted where the person starts the app must not change what a medical guide says.
    pub fn resolve(explicit: Option<PathBuf>) -> Self {
        explicit.map_or(Self::Embedded, Self::File)
    }

    /// Whether this is the guide compiled into the app.
    pub fn is_embedded(&self) -> bool {
        matches!(self, Self::Embedded)
    }
}

/// How messages and the status line name an origin: the path, or "built-in guide".
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::File(path) => write!(f, "{}", path.display()),
            Self::Embedded => f.write_str("built-in guide"),
        }
    }
}

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

/// How bad a [`Problem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The guide cannot be used.
    Error,

    /// The guide can be used, but the author should look.
    Warning,
}

/// One thing wrong with a content file, with the place it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,

    /// 1-based line.
    pub line: usize,

    /// 1-based column, in characters.
    pub column: usize,

    /// What is wrong, and what was expected.
    pub message: String,

    /// How to fix it, or where else to look, when that helps.
    pub hint: Option<String>,

    /// The file the problem is in, when it is not the content file (an unused picture); `line`
    /// and `column` are then not used.
    pub file: Option<PathBuf>,
}

impl Problem {
    pub(super) fn error(line: usize, column: usize, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            line,
            column,
            message: message.into(),
            hint: None,
            file: None,
        }
    }

    /// `PATH:LINE:COL: error: message` on one line, as the app's error screen shows it.
    pub fn located(&self, origin: &Origin) -> String {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let located = match &self.file {
            Some(file) => format!("{}: {severity}: {}", file.display(), self.message),
            None => format!(
                "{origin}:{}:{}: {severity}: {}",
                self.line, self.column, self.message
            ),
        };
        // Never a raw control character: the line may go to a terminal.
        escape_controls(&located, false)
    }

    /// The problem as a compiler would print it: the located line, then, when the `source`
    /// text is at hand, the source line with a caret under the spot, then the hint.
    pub fn render(&self, origin: &Origin, source: Option<&str>) -> String {
        let mut out = self.located(origin);
        let number = self.line.to_string();
        let gutter = " ".repeat(number.len());
        let quoted = source
            .filter(|_| self.file.is_none())
            .and_then(|text| text.lines().nth(self.line.saturating_sub(1)));
        if let Some(line) = quoted {
            let (quoted, column) = quoted_line(line, self.column);
            let before: String = quoted
                .chars()
                .take(column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let token = quoted
                .chars()
                .skip(column.saturating_sub(1))
                .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ')' | ']'))
                .count()
                .clamp(1, 60);
            out.push_str(&format!(
                "\n{gutter} |\n{number} | {quoted}\n{gutter} | {before}{}",
                "^".repeat(token)
            ));
        }
        if let Some(hint) = &self.hint {
            let hint = escape_controls(hint, false);
            out.push_str(&format!("\n{gutter} = hint: {hint}"));
        }
        out
    }
}

/// How many characters of a source line `check` quotes at most: a 16 MiB line is shown as the
/// part around the problem.
const QUOTE_MAX_CHARS: usize = 100;

/// The part of `line` to quote for a problem at `column`, and the problem's column within it.
/// Long lines are cut around the column with `…` at the cut ends; control and bidi characters
/// become `�` (one character each, so the caret stays under the spot).
fn quoted_line(line: &str, column: usize) -> (String, usize) {
    let visible = |c: char| {
        if c != '\t' && (c.is_control() || crate::content::is_bidi_control(c)) {
            '\u{fffd}'
        } else {
            c
        }
    };
    let length = line.chars().count();
    if length <= QUOTE_MAX_CHARS {
        return (line.chars().map(visible).collect(), column);
    }
    let start = column
        .saturating_sub(1)
        .saturating_sub(QUOTE_MAX_CHARS / 3)
        .min(length.saturating_sub(QUOTE_MAX_CHARS));
    let end = (start + QUOTE_MAX_CHARS).min(length);
    let mut quoted = String::new();
    let mut column = column.saturating_sub(start);
    if start > 0 {
        quoted.push('…');
        column += 1;
    }
    quoted.extend(line.chars().skip(start).take(end - start).map(visible));
    if end < length {
        quoted.push('…');
    }
    (quoted, column)
}

/// Turns the text of a content file into a validated guide plus warnings, or every error found.
///
/// A syntax error stops at the first one (RON cannot recover); validation reports all it finds.
/// `today` is compared with `last_reviewed`: content not reviewed for a year gets a warning.
pub fn parse(text: &str, today: jiff::civil::Date) -> Result<(Guide, Vec<Problem>), Vec<Problem>> {
    // A byte-order mark is legal at the start of a UTF-8 file, but RON does not expect one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let options = ron::Options::default().with_recursion_limit(RON_RECURSION_LIMIT);
    let mut problems = forbidden_characters(text);
    let mut working = Cow::Borrowed(text);
    // The text before the last rename, and where the renamed field is: a rename that turns out
    // to repeat a field already there is undone, and the field blanked out instead.
    let mut last_rename: Option<(String, usize)> = None;
    let parsed: Option<Guide> = loop {
        match options.from_str(&working) {
            Ok(guide) => break Some(guide),
            Err(err) => {
                if matches!(err.code, ron::Error::DuplicateStructField { .. })
                    && let Some((before, name_at)) = last_rename.take()
                    && let Some(extent) = field_extent(&before, name_at)
                {
                    working = Cow::Owned(blank_out(&before, extent));
                    continue;
                }
                // RON reports some errors at the blank before the offending token; point at it.
                let offset = offset_of(&working, err.span.start.line, err.span.start.col);
                let skipped = working[offset..].len() - working[offset..].trim_start().len();
                let offset = offset + skipped;
                let (line, column) = line_column(text, offset);
                let mut problem = Problem::error(line, column, syntax_message(&err.code));
                problem.hint = syntax_hint(&err.code);
                problems.push(problem);
                // An unknown field is renamed to the field it was surely meant to be, or else
                // blanked out (keeping every line and column where it is), and reading goes on:
                // one run reports every mistake it can, and a misspelt field does not come back
                // as a second, made-up error ("missing field") or hide the errors behind it.
                if matches!(err.code, ron::Error::NoSuchStructField { .. })
                    && problems.len() <= MAX_SKIPPED_FIELDS
                {
                    let renamed = closest_field(&err.code)
                        .and_then(|field| rename_field(&working, offset, field));
                    if let Some(renamed) = renamed {
                        last_rename = Some((working.into_owned(), offset));
                        working = Cow::Owned(renamed);
                        continue;
                    }
                    if let Some(extent) = field_extent(&working, offset) {
                        working = Cow::Owned(blank_out(&working, extent));
                        continue;
                    }
                }
                break None;
            }
        }
    };

    let guide = parsed.inspect(|guide| {
        let mut findings = Vec::new();
        validate(guide, today, &mut findings);
        for finding in findings {
            let offset = finding.anchor.locate(text);
            let (line, column) = line_column(text, offset);
            let hint = finding.hint.map(|hint| match hint {
                Hint::Text(text) => text,
                Hint::FirstUse(anchor) => {
                    let (line, column) = line_column(text, anchor.locate(text));
                    format!("it is first used at line {line}, column {column}")
                }
            });
            problems.push(Problem {
                severity: finding.severity,
                line,
                column,
                message: finding.message,
                hint,
                file: None,
            });
        }
    });
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

/// `text` with the bytes of `range` turned into spaces, line breaks kept: every position after
/// it keeps its line and column.
fn blank_out(text: &str, range: std::ops::Range<usize>) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for byte in &mut bytes[range] {
        if *byte != b'\n' {
            *byte = b' ';
        }
    }
    // Whole characters are blanked (the range starts and ends on character boundaries), so the
    // result is still UTF-8; lossy conversion only guards against a mistake here.
    String::from_utf8(bytes)
        .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

/// "did you mean `title`?" for a misspelt field.
fn syntax_hint(code: &ron::Error) -> Option<String> {
    closest_field(code).map(|field| format!("did you mean `{field}`?"))
}

/// The expected field closest to an unknown one, when it is close enough to be a typing slip.
fn closest_field(code: &ron::Error) -> Option<&'static str> {
    let ron::Error::NoSuchStructField {
        expected, found, ..
    } = code
    else {
        return None;
    };
    let closest = expected
        .iter()
        .map(|field| (crate::content::search::edit_distance(found, field), *field))
        .min()?;
    (closest.0 <= 3).then_some(closest.1)
}

/// `text` with the field name at `name_at` replaced by `field`, when the new name fits in the
/// room the old one and the blanks up to its value take on that line (so that no later line or
/// column moves). `None` when it does not fit.
fn rename_field(text: &str, name_at: usize, field: &str) -> Option<String> {
    let rest = text.get(name_at..)?;
    let name_length = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    let after_name = &rest[name_length..];
    let colon = after_name.find(|c: char| c != ' ')?;
    if !after_name[colon..].starts_with(':') {
        return None;
    }
    let blanks = after_name[colon + 1..]
        .bytes()
        .take_while(|&b| b == b' ')
        .count();
    let room = name_length + colon + 1 + blanks;
    let needed = field.len() + 1;
    if needed > room {
        return None;
    }
    let mut renamed = String::with_capacity(text.len());
    renamed.push_str(&text[..name_at]);
    renamed.push_str(field);
    renamed.push(':');
    renamed.push_str(&" ".repeat(room - needed));
    renamed.push_str(&text[name_at + room..]);
    Some(renamed)
}

fn syntax_message(code: &ron::Error) -> String {
    let message = code.to_string();
    // RON's messages are good; add where the fields are described.
    if matches!(code, ron::Error::NoSuchStructField { .. }) {
        format!("{message} (see {FORMAT_DOCS})")
    } else {
        message
    }
}
