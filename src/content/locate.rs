//! Positions in a content file's text: RON keeps no spans for values, so validation names a place
//! by landmarks (a field name, an `id: "…"` definition) and this module finds them.

/// the text anyway: a field name, or an `id: "…"` definition.
#[derive(Clone, Debug)]
pub(super) struct Anchor(Vec<Landmark>);

#[derive(Clone, Debug)]
pub(super) enum Landmark {
    /// The next `name:` field.
    Field(&'static str),

    /// The next `id: "value"` definition.
    Id(String),

    /// The next string literal `"value"`.
    Literal(String),

    /// The next occurrence of some words, inside a string literal or not.
    Text(String),
}

impl Anchor {
    pub(super) fn field(name: &'static str) -> Self {
        Self(vec![Landmark::Field(name)])
    }

    pub(super) fn id(id: &str) -> Self {
        Self(vec![Landmark::Id(id.to_owned())])
    }

    pub(super) fn then_field(mut self, name: &'static str) -> Self {
        self.0.push(Landmark::Field(name));
        self
    }

    pub(super) fn then_literal(mut self, value: &str) -> Self {
        self.0.push(Landmark::Literal(value.to_owned()));
        self
    }

    /// Then the next occurrence of `words`, e.g. the start of a sentence.
    pub(super) fn then_text(mut self, words: &str) -> Self {
        self.0.push(Landmark::Text(words.to_owned()));
        self
    }

    pub(super) fn then_id(mut self, id: &str) -> Self {
        self.0.push(Landmark::Id(id.to_owned()));
        self
    }

    /// The byte offset of the last landmark, or of the last one found.
    pub(super) fn locate(&self, text: &str) -> usize {
        let mut offset = 0;
        for landmark in &self.0 {
            let found = match landmark {
                Landmark::Field(name) => find_field(text, offset, name, None),
                Landmark::Id(id) => find_field(text, offset, "id", Some(id)),
                Landmark::Literal(value) => find_literal(text, offset, value),
                Landmark::Text(words) => text
                    .get(offset..)
                    .and_then(|rest| rest.find(words.as_str()))
                    .map(|at| offset + at),
            };
            match found {
                Some(at) => offset = at,
                None => break,
            }
        }
        offset
    }
}

/// Finds the next `name:` (followed by the string literal `value`, if given) at or after `from`,
/// skipping comments and string contents. Returns the offset of the name, or of the value when
/// one is given.
fn find_field(text: &str, from: usize, name: &str, value: Option<&str>) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if let Some(end) = comment_end(text, i) {
            i = end;
            continue;
        }
        match bytes[i] {
            b'"' => i = skip_string(bytes, i),
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                if &text[start..i] != name {
                    continue;
                }
                let rest = text[i..].trim_start();
                let Some(after_colon) = rest.strip_prefix(':') else {
                    continue;
                };
                let Some(expected) = value else {
                    return Some(start);
                };
                let value_text = after_colon.trim_start();
                let value_at = text.len() - value_text.len();
                if value_text.starts_with(&literal(expected)) {
                    return Some(value_at);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// The byte range of the field whose name starts at `name_at`: its name, its value, and the
/// comma after it. `None` when the text there is not `name: value`.
pub(super) fn field_extent(text: &str, name_at: usize) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut i = name_at;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
        i += 1;
    }
    if i == name_at {
        return None;
    }
    let after_name = text.get(i..)?.trim_start();
    let after_colon = after_name.strip_prefix(':')?;
    i = text.len() - after_colon.len();
    let mut depth = 0usize;
    while i < bytes.len() {
        if let Some(end) = comment_end(text, i) {
            i = end;
            continue;
        }
        match bytes[i] {
            b'"' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return Some(name_at..i),
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => return Some(name_at..i + 1),
            _ => {}
        }
        i += 1;
    }
    Some(name_at..bytes.len())
}

/// Finds the next string literal equal to `value` at or after `from`, outside comments.
fn find_literal(text: &str, from: usize, value: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let wanted = literal(value);
    let mut i = from;
    while i < bytes.len() {
        if let Some(end) = comment_end(text, i) {
            i = end;
            continue;
        }
        match bytes[i] {
            b'"' => {
                let end = skip_string(bytes, i);
                if text.get(i..end) == Some(wanted.as_str()) {
                    return Some(i);
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    None
}

/// `value` as a RON string literal is usually written: quotes and backslashes escaped, every other
/// character as itself (Rust's `{:?}` would escape a zero-width space, which an author types raw).
fn literal(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The offset just after the comment (`// …` to the line's end, or `/* … */`) that starts at
/// `at`, or `None` when no comment starts there.
pub(super) fn comment_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    if rest.starts_with("//") {
        Some(rest.find('\n').map_or(text.len(), |n| at + n))
    } else {
        let inside = rest.strip_prefix("/*")?;
        Some(inside.find("*/").map_or(text.len(), |n| at + 2 + n + 2))
    }
}

/// Returns the offset just after the string literal that starts at `start`.
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The byte offset of a 1-based line and column (in characters), clamped to the text.
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(offset, _)| offset + 1)
    };
    text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(offset, _)| line_start + offset)
}

/// 1-based line and column (in characters) of a byte offset.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters_not_bytes() {
        let text = "ab\ncé d";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // 'é' is two bytes: the space after it is the third character.
        assert_eq!(line_column(text, 6), (2, 3));
    }

    #[test]
    fn offset_of_inverts_line_column() {
        let text = "ab\ncé d\n";
        for offset in [0, 1, 3, 4, 6, 7] {
            let (line, column) = line_column(text, offset);
            assert_eq!(offset_of(text, line, column), offset);
        }
        assert_eq!(offset_of(text, 99, 1), text.len());
    }

    #[test]
    fn find_field_skips_comments_and_strings() {
        let text = "// id: \"x\"\n(note: \"id: \\\"x\\\"\", id: \"x\")";
        let at = find_field(text, 0, "id", Some("x")).unwrap();
        assert_eq!(&text[at..at + 3], "\"x\"");
        assert_eq!(line_column(text, at), (2, 25));
    }

    #[test]
    fn a_field_extent_covers_its_value_and_comma() {
        let text = "(a: 1, colour: (x: [1, 2], y: \"),\"), b: 2)";
        let at = text.find("colour").unwrap();
        let extent = field_extent(text, at).unwrap();
        assert_eq!(&text[extent], "colour: (x: [1, 2], y: \"),\"),");
        let last = text.find("b: 2").unwrap();
        assert_eq!(&text[field_extent(text, last).unwrap()], "b: 2");
        assert_eq!(field_extent(text, text.find('1').unwrap()), None);
    }

    #[test]
    fn an_anchor_finds_its_landmarks_in_order() {
        let text = "(a: (id: \"x\"), b: (id: \"x\", title: \"\"))";
        let at = Anchor::field("b").then_field("title").locate(text);
        assert_eq!(&text[at..at + 6], "title:");
        let second = Anchor::id("x").then_id("x").locate(text);
        assert_eq!(second, text.rfind("\"x\"").unwrap());
    }
}
