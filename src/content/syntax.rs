//! Reading RON's syntax: its errors as problems with a hint, and the repairs (renaming a misspelt
//! field, blanking out an unknown one) that let one run report every mistake it can.

use std::borrow::Cow;

use crate::content::Guide;
use crate::content::locate::{field_extent, line_column, offset_of};
use crate::content::problem::Problem;
use crate::text::edit_distance::closest;

/// How deeply RON values may nest before the parser gives up (the guide needs fewer than ten).
const RON_RECURSION_LIMIT: usize = 64;

/// After this many unknown fields, stop reading on: the file is probably not a guide at all.
const MAX_SKIPPED_FIELDS: usize = 50;

/// Where the content format is described, for error messages.
pub const FORMAT_DOCS: &str = "docs/content-format.md";

/// Reads `text` as a guide, pushing each syntax error to `problems`; `None` when one stops the
/// reading.
pub(super) fn read_guide(text: &str, problems: &mut Vec<Problem>) -> Option<Guide> {
    let options = ron::Options::default().with_recursion_limit(RON_RECURSION_LIMIT);
    let mut working = Cow::Borrowed(text);
    // The text before the last rename, and where the renamed field is: a rename that turns out
    // to repeat a field already there is undone, and the field blanked out instead.
    let mut last_rename: Option<(String, usize)> = None;
    loop {
        match options.from_str(&working) {
            Ok(guide) => return Some(guide),
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
                problems.push(
                    Problem::error(line, column, syntax_message(&err.code))
                        .with_hint(syntax_hint(&err.code)),
                );
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
                return None;
            }
        }
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
    closest(found, expected.iter().copied())
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

/// RON's message for a syntax error, with where the fields are described when one is unknown.
fn syntax_message(code: &ron::Error) -> String {
    let message = code.to_string();
    // RON's messages are good; add where the fields are described.
    if matches!(code, ron::Error::NoSuchStructField { .. }) {
        format!("{message} (see {FORMAT_DOCS})")
    } else {
        message
    }
}
