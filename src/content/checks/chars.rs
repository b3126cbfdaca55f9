//! Characters a content file may not carry: control characters (NUL, ESC, BEL, CR…) anywhere in
//! its text, and characters that reorder text on screen (the "Trojan Source" bidi controls). Both
//! can rewrite an author's terminal or hide what a medical guide really says. No egui.

use crate::content::locate::{comment_end, line_column};
use crate::content::problem::Problem;
use crate::text::escape::is_bidi_control;

/// Whether a content text may contain `c`: no control character but the line break and the
/// tab, and no bidi control.
fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// `U+001B (ESC)`: how a message names a character.
fn describe(c: char) -> String {
    let name = match c {
        '\0' => " (NUL)",
        '\u{7}' => " (BEL)",
        '\u{8}' => " (backspace)",
        '\u{1b}' => " (ESC)",
        '\r' => " (carriage return)",
        '\u{7f}' => " (DEL)",
        c if is_bidi_control(c) => " (a bidi control, which reorders text)",
        _ => "",
    };
    format!("U+{:04X}{name}", u32::from(c))
}

/// One error for each forbidden character in `text`: raw ones anywhere (comments included: a
/// bidi control there can hide code), and escaped ones (`\u{1b}`, `\x07`, `\r`, `\0`) inside
/// string literals. A CR right before a line break (Windows line ends) is fine.
pub(in crate::content) fn forbidden_characters(text: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |offset: usize, c: char, escaped: bool| {
        let (line, column) = line_column(text, offset);
        let how = if escaped { "an escape for " } else { "" };
        let message = format!(
            "{how}the character {} is not allowed in a content file",
            describe(c)
        );
        problems.push(Problem::error(line, column, message).with_hint(Some(
            "remove it: control characters and text-reordering characters can hide or rewrite what the guide says".to_owned(),
        )));
    };

    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n') {
            continue;
        }
        if is_forbidden(c) {
            report(at, c, false);
        }
    }

    for (at, escaped) in string_escapes(text) {
        if is_forbidden(escaped) {
            report(at, escaped, true);
        }
    }
    problems
}

/// The characters written as escapes inside the string literals of `text`, with the offset of
/// each escape's backslash. Comments and raw strings are skipped.
fn string_escapes(text: &str) -> Vec<(usize, char)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = comment_end(text, i) {
            i = end;
            continue;
        }
        match bytes[i] {
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                // A raw string: r"…" or r#"…"#, with no escapes inside.
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                let open = i + 1 + hashes;
                if bytes.get(open) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                i = text[open + 1..]
                    .find(&close)
                    .map_or(bytes.len(), |n| open + 1 + n + close.len());
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        let (escaped, length) = escape_at(&text[i..]);
                        if let Some(escaped) = escaped {
                            found.push((i, escaped));
                        }
                        i += length.max(1);
                    } else {
                        i += 1;
                    }
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    found
}

/// The character the escape at the start of `text` (a backslash) stands for, if it is one worth
/// checking, and the escape's length in bytes.
fn escape_at(text: &str) -> (Option<char>, usize) {
    let rest = &text[1..];
    match rest.as_bytes().first() {
        Some(b'0') => (Some('\0'), 2),
        Some(b'r') => (Some('\r'), 2),
        Some(b'b') => (Some('\u{8}'), 2),
        Some(b'f') => (Some('\u{c}'), 2),
        Some(b'x') => {
            let hex = rest.get(1..3).unwrap_or("");
            let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
            (c, 4)
        }
        Some(b'u') if rest.as_bytes().get(1) == Some(&b'{') => {
            let Some(end) = rest.find('}') else {
                return (None, 2);
            };
            let c = u32::from_str_radix(&rest[2..end], 16)
                .ok()
                .and_then(char::from_u32);
            (c, end + 2)
        }
        Some(b'u') => {
            let hex = rest.get(1..5).unwrap_or("");
            let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
            (c, 6)
        }
        Some(_) => (None, 2),
        None => (None, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(text: &str) -> Vec<(usize, usize)> {
        forbidden_characters(text)
            .iter()
            .map(|problem| (problem.line, problem.column))
            .collect()
    }

    #[test]
    fn raw_control_characters_are_found_where_they_are() {
        assert_eq!(
            columns("(\n  title: \"a\u{1b}]0;x\u{7}\",\n)"),
            [(2, 12), (2, 17)]
        );
    }

    #[test]
    fn escaped_control_characters_in_strings_are_found() {
        let text = r#"(title: "a\u{1b}b\x07c\0d\re")"#;
        assert_eq!(columns(text), [(1, 11), (1, 18), (1, 23), (1, 26)]);
    }

    #[test]
    fn line_breaks_tabs_and_windows_line_ends_are_allowed() {
        assert!(columns("(\r\n\ttitle: \"a\\nb\\tc\",\r\n)").is_empty());
    }

    #[test]
    fn escapes_in_comments_and_raw_strings_are_not_characters() {
        assert!(columns("// \\u{1b}\n(title: r\"\\u{1b}\")").is_empty());
    }

    #[test]
    fn bidi_controls_are_refused_even_in_comments() {
        assert_eq!(columns("// a\u{202e}b\n()"), [(1, 5)]);
    }
}
