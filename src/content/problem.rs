//! What is wrong with a content file: a [`Finding`] as the checks report it (at a landmark in the
//! file), and a [`Problem`] once it has a line and column, with how `check` and the app print it.

use std::path::PathBuf;

use crate::content::Origin;
use crate::content::locate::{Anchor, line_column};
use crate::text::escape::{escape_controls, is_bidi_control};

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
    /// A problem of `severity` at `line` and `column` of the content file.
    pub(super) fn new(
        severity: Severity,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity,
            line,
            column,
            message: message.into(),
            hint: None,
            file: None,
        }
    }

    /// An error at `line` and `column` of the content file.
    pub(super) fn error(line: usize, column: usize, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, line, column, message)
    }

    /// A problem of `severity` at the place `anchor` finds in the content's `text`.
    pub(super) fn at(
        severity: Severity,
        text: &str,
        anchor: &Anchor,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = line_column(text, anchor.locate(text));
        Self::new(severity, line, column, message)
    }

    /// A warning about another file than the content file (a picture beside it).
    pub(super) fn in_file(file: PathBuf, message: impl Into<String>) -> Self {
        Self {
            file: Some(file),
            ..Self::new(Severity::Warning, 0, 0, message)
        }
    }

    /// The same problem with a hint on how to fix it.
    pub(super) fn with_hint(self, hint: Option<String>) -> Self {
        Self { hint, ..self }
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
        if c != '\t' && (c.is_control() || is_bidi_control(c)) {
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

/// A problem found by the checks, before it has a line and column: it names a landmark in the
/// file instead.
pub(super) struct Finding {
    /// Error or warning.
    pub(super) severity: Severity,

    /// Where in the file the problem is.
    pub(super) anchor: Anchor,

    /// What is wrong, and what was expected.
    pub(super) message: String,

    /// How to fix it, when that helps.
    pub(super) hint: Option<Hint>,
}

impl Finding {
    /// An error at `anchor`.
    pub(super) fn error(anchor: Anchor, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            anchor,
            message: message.into(),
            hint: None,
        }
    }

    /// A warning at `anchor`.
    pub(super) fn warning(anchor: Anchor, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(anchor, message)
        }
    }

    /// The same finding with help to go with it.
    pub(super) fn with_hint(self, hint: Option<Hint>) -> Self {
        Self { hint, ..self }
    }

    /// The finding as a [`Problem`] at its line and column in the content's `text`.
    pub(super) fn locate(self, text: &str) -> Problem {
        let hint = self.hint.map(|hint| match hint {
            Hint::Text(text) => text,
            Hint::FirstUse(anchor) => {
                let (line, column) = line_column(text, anchor.locate(text));
                format!("it is first used at line {line}, column {column}")
            }
        });
        Problem::at(self.severity, text, &self.anchor, self.message).with_hint(hint)
    }
}

/// Help to go with a finding.
pub(super) enum Hint {
    /// Words to show as they are.
    Text(String),

    /// Where the thing was first defined (for a duplicate).
    FirstUse(Anchor),
}
