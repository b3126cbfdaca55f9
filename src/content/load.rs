//! Where content comes from, reading it, and parsing it into a validated guide or located
//! problems.

use std::fmt;
use std::path::{Path, PathBuf};

use std::borrow::Cow;

use super::locate::{field_extent, line_column, offset_of};
use super::validate::{Hint, validate};
use super::{CONTENT_FILE_NAME, EMBEDDED_CONTENT, Guide, MAX_CONTENT_BYTES};

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
    /// Picks the content the app should use, in order: the `--content` path; `content.ron` in
    /// `current_dir`, which must be the working directory (the local file is named relative to
    /// it); the embedded copy.
    pub fn resolve(explicit: Option<PathBuf>, current_dir: &Path) -> Self {
        if let Some(path) = explicit {
            return Self::File(path);
        }
        if current_dir.join(CONTENT_FILE_NAME).is_file() {
            // Relative, so messages read `content.ron:3:7` rather than a long absolute path.
            Self::File(PathBuf::from(CONTENT_FILE_NAME))
        } else {
            Self::Embedded
        }
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
    let text = match origin {
        Origin::Embedded => EMBEDDED_CONTENT.to_owned(),
        Origin::File(path) => read_content_file(path)?,
    };
    let (guide, warnings) = parse(&text, today).map_err(|problems| ContentError::Invalid {
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

fn read_content_file(path: &Path) -> Result<String, ContentError> {
    use std::io::Read as _;
    let read_error = |source| ContentError::Read {
        path: path.to_owned(),
        source,
    };
    // Read at most one byte past the limit, so a huge (or growing) file is refused without
    // reading it all.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_CONTENT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_CONTENT_BYTES {
        let size_bytes = std::fs::metadata(path).map_or(bytes.len() as u64, |meta| meta.len());
        return Err(ContentError::TooLarge {
            path: path.to_owned(),
            size_bytes,
        });
    }
    text_of(bytes).map_err(|problem| ContentError::Invalid {
        origin: Origin::File(path.to_owned()),
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
    /// The file could not be read at all.
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },

    /// The file is larger than [`MAX_CONTENT_BYTES`].
    #[error("{}: the file is {size_bytes} bytes; content files may be at most 16 MiB", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size_bytes: u64,
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
            Self::Read { path, .. } | Self::TooLarge { path, .. } => Origin::File(path.clone()),
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
}

impl Problem {
    pub(super) fn error(line: usize, column: usize, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            line,
            column,
            message: message.into(),
            hint: None,
        }
    }

    /// `PATH:LINE:COL: error: message` on one line, as the app's error screen shows it.
    pub fn located(&self, origin: &Origin) -> String {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!(
            "{origin}:{}:{}: {severity}: {}",
            self.line, self.column, self.message
        )
    }

    /// The problem as a compiler would print it: the located line, then, when the `source`
    /// text is at hand, the source line with a caret under the spot, then the hint.
    pub fn render(&self, origin: &Origin, source: Option<&str>) -> String {
        let mut out = self.located(origin);
        let number = self.line.to_string();
        let gutter = " ".repeat(number.len());
        if let Some(line) = source.and_then(|text| text.lines().nth(self.line.saturating_sub(1))) {
            let before: String = line
                .chars()
                .take(self.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let token = line
                .chars()
                .skip(self.column.saturating_sub(1))
                .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ')' | ']'))
                .count()
                .clamp(1, 60);
            out.push_str(&format!(
                "\n{gutter} |\n{number} | {line}\n{gutter} | {before}{}",
                "^".repeat(token)
            ));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("\n{gutter} = hint: {hint}"));
        }
        out
    }
}

/// Turns the text of a content file into a validated guide plus warnings, or every error found.
///
/// A syntax error stops at the first one (RON cannot recover); validation reports all it finds.
/// `today` is compared with `last_reviewed`: content not reviewed for a year gets a warning.
pub fn parse(text: &str, today: jiff::civil::Date) -> Result<(Guide, Vec<Problem>), Vec<Problem>> {
    // A byte-order mark is legal at the start of a UTF-8 file, but RON does not expect one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let options = ron::Options::default().with_recursion_limit(RON_RECURSION_LIMIT);
    let mut problems = Vec::new();
    let mut working = Cow::Borrowed(text);
    let parsed: Option<Guide> = loop {
        match options.from_str(&working) {
            Ok(guide) => break Some(guide),
            Err(err) => {
                // RON reports some errors at the blank before the offending token; point at it.
                let offset = offset_of(&working, err.span.start.line, err.span.start.col);
                let skipped = working[offset..].len() - working[offset..].trim_start().len();
                let offset = offset + skipped;
                let (line, column) = line_column(text, offset);
                let mut problem = Problem::error(line, column, syntax_message(&err.code));
                problem.hint = syntax_hint(&err.code);
                problems.push(problem);
                // An unknown field is blanked out (keeping every line and column where it is)
                // and reading goes on, so one run reports every mistake it can.
                if matches!(err.code, ron::Error::NoSuchStructField { .. })
                    && problems.len() <= MAX_SKIPPED_FIELDS
                    && let Some(extent) = field_extent(&working, offset)
                {
                    working = Cow::Owned(blank_out(&working, extent));
                    continue;
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
    let ron::Error::NoSuchStructField {
        expected, found, ..
    } = code
    else {
        return None;
    };
    let closest = expected
        .iter()
        .map(|field| (crate::search::edit_distance(found, field), *field))
        .min()?;
    (closest.0 <= 3).then(|| format!("did you mean `{}`?", closest.1))
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
