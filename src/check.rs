//! `skincare-guide check`: validate a content file and report every problem, compiler-style.

use crate::content::{self, ContentError, Origin, Severity};

/// What `check` prints, and whether the content is usable.
#[derive(Debug)]
pub struct CheckReport {
    /// Lines to print: `PATH:LINE:COL: message` per problem, then a summary when clean.
    pub lines: Vec<String>,

    /// `true` when the content has no errors (warnings allowed).
    pub ok: bool,
}

/// Loads and validates the content at `origin`, as of `today`.
pub fn check(origin: &Origin, today: jiff::civil::Date) -> CheckReport {
    match content::load(origin, today) {
        Ok(loaded) => {
            let mut lines: Vec<String> = loaded
                .warnings
                .iter()
                .map(|warning| warning.located(origin))
                .collect();
            lines.push(format!("ok: {origin}: {}", loaded.guide.summary()));
            CheckReport { lines, ok: true }
        }
        Err(ContentError::Invalid { origin, problems }) => {
            let errors = problems
                .iter()
                .filter(|problem| problem.severity == Severity::Error)
                .count();
            let mut lines: Vec<String> = problems
                .iter()
                .map(|problem| problem.located(&origin))
                .collect();
            lines.push(format!(
                "{origin}: {errors} error{} found",
                if errors == 1 { "" } else { "s" }
            ));
            CheckReport { lines, ok: false }
        }
        Err(err) => CheckReport {
            lines: vec![err.to_string()],
            ok: false,
        },
    }
}
