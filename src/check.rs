//! `skincare-guide check`: validate a content file and report every problem, compiler-style.

use crate::content::{self, ContentError, EMBEDDED_CONTENT, FORMAT_DOCS, Origin, Severity};

/// What `check` prints, and whether it passed.
#[derive(Debug)]
pub struct CheckReport {
    /// The text to print: each problem compiler-style, then a one-line summary.
    pub lines: Vec<String>,

    /// `true` when there are no errors (and, with `deny_warnings`, no warnings).
    pub ok: bool,
}

/// Loads and validates the content at `origin`, as of `today`. Warnings fail the check when
/// `deny_warnings` is set.
pub fn check(origin: &Origin, today: jiff::civil::Date, deny_warnings: bool) -> CheckReport {
    let source = source_text(origin);
    let source = source.as_deref();
    match content::load(origin, today) {
        Ok(loaded) => {
            let mut warnings = loaded.warnings.clone();
            if let Some(text) = source {
                warnings.extend(content::picture_warnings(text, &loaded.guide, origin));
                warnings.sort_by_key(|warning| (warning.line, warning.column));
            }
            let mut lines: Vec<String> = warnings
                .iter()
                .map(|warning| warning.render(origin, source))
                .collect();
            lines.extend(readability_lines(&loaded.guide));
            let warnings = warnings.len();
            if deny_warnings && warnings > 0 {
                lines.push(format!(
                    "{origin}: {warnings} warning{} denied by --deny-warnings",
                    plural(warnings)
                ));
                return CheckReport { lines, ok: false };
            }
            let noted = if warnings > 0 {
                format!(" ({warnings} warning{})", plural(warnings))
            } else {
                String::new()
            };
            lines.push(format!("ok: {origin}: {}{noted}", loaded.guide.summary()));
            CheckReport { lines, ok: true }
        }
        Err(ContentError::Invalid { origin, problems }) => {
            let errors = problems
                .iter()
                .filter(|problem| problem.severity == Severity::Error)
                .count();
            let mut lines: Vec<String> = problems
                .iter()
                .map(|problem| problem.render(&origin, source))
                .collect();
            lines.push(format!(
                "{origin}: {errors} error{} found; the format is described in {FORMAT_DOCS}",
                plural(errors)
            ));
            CheckReport { lines, ok: false }
        }
        Err(err) => CheckReport {
            lines: vec![err.to_string()],
            ok: false,
        },
    }
}

/// The text of the content, to quote lines from; `None` when it cannot be read as text (the
/// load reports why).
fn source_text(origin: &Origin) -> Option<String> {
    match origin {
        Origin::Embedded => Some(EMBEDDED_CONTENT.to_owned()),
        Origin::File(path) => std::fs::read_to_string(path).ok(),
    }
}

/// Per section and answer, the longest sentence and the Flesch reading ease, then the whole
/// guide's.
fn readability_lines(guide: &content::Guide) -> Vec<String> {
    let mut lines = content::readability::report(guide);
    let overall = content::readability::overall(guide);
    if let Some(ease) = overall.flesch_reading_ease() {
        lines.push(format!(
            "readability: whole guide: {} sentences, longest {} words, Flesch reading ease {ease:.0}",
            overall.sentences, overall.longest_words
        ));
    }
    lines
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
