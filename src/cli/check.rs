//! `skincare-guide check`: validate a content file and report every problem, compiler-style.

use crate::content::{self, ContentError, FORMAT_DOCS, Origin, Severity};
use crate::text::escape::escape_controls;

/// `skincare-guide check`: prints every problem, then says by the exit code whether it passed.
pub fn run(
    origin: &Origin,
    today: jiff::civil::Date,
    deny_warnings: bool,
    days: bool,
) -> std::process::ExitCode {
    let report = check(origin, today, deny_warnings);
    for line in &report.lines {
        println!("{line}");
    }
    if days {
        for line in content::checks::day_overlap::days_report(origin, today) {
            println!("{}", printable(&line));
        }
    }
    if report.ok {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}

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
    // Read once, capped: the same text is parsed and quoted in the messages.
    let (source, loaded) = match content::read_source(origin) {
        Ok(text) => {
            let loaded = content::load_text(origin, &text, today);
            (Some(text), loaded)
        }
        Err(err) => (None, Err(err)),
    };
    let mut report = report(origin, source.as_deref(), loaded, deny_warnings);
    for line in &mut report.lines {
        *line = printable(line);
    }
    report
}

fn report(
    origin: &Origin,
    source: Option<&str>,
    loaded: Result<content::LoadedGuide, ContentError>,
    deny_warnings: bool,
) -> CheckReport {
    match loaded {
        Ok(loaded) => {
            let mut warnings = loaded.warnings.clone();
            if let Some(text) = source {
                warnings.extend(content::picture_warnings(text, &loaded.guide, origin));
                warnings.sort_by_key(|warning| (warning.line, warning.column));
            }
            // A picture too large for any graphics card is an error, found only here.
            if warnings
                .iter()
                .any(|problem| problem.severity == Severity::Error)
            {
                return report(
                    origin,
                    source,
                    Err(ContentError::Invalid {
                        origin: origin.clone(),
                        problems: warnings,
                    }),
                    deny_warnings,
                );
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

/// `line` with every control character but line breaks and tabs shown as an escape, so that a
/// content file cannot retitle, clear or rewrite the author's terminal through `check`.
pub fn printable(line: &str) -> String {
    escape_controls(line, true)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_as_escapes() {
        assert_eq!(
            printable("title \u{1b}]0;pwned\u{7}\r\u{202e}x\tend\nnext"),
            "title \\u{1b}]0;pwned\\u{7}\\u{d}\\u{202e}x\tend\nnext"
        );
    }
}
