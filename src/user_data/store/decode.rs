//! Reading the data file's bytes into the person's data: parsed with limits, brought up to this
//! version's format, and repaired, or a plain reason why not. Never panics, whatever the bytes.

use crate::user_data::diary::{MAX_CHECK_INS, MAX_PHOTOS};
use crate::user_data::{FORMAT_VERSION, MAX_SESSIONS, UserData};

/// How deeply the data file may nest (it needs four levels).
const DATA_RECURSION_LIMIT: usize = 32;

/// Why the data file's bytes are not the person's data, in a few words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The bytes are not UTF-8 text.
    #[error("it is not UTF-8 text")]
    NotText,

    /// The text nests deeper than a data file ever does.
    #[error("line {line}: it is nested too deeply to be a Skincare Guide data file")]
    TooDeep {
        /// Where the nesting went too deep.
        line: usize,
    },

    /// The text is not a data file: what the parser expected, and where.
    #[error("line {position}: {code}")]
    Syntax {
        /// "line:column".
        position: String,
        /// What the parser found wrong.
        code: String,
    },

    /// More sessions than any plan holds.
    #[error("it lists {count} sessions; Skincare Guide keeps at most {MAX_SESSIONS}")]
    TooManySessions {
        /// How many the file lists.
        count: usize,
    },

    /// A diary larger than anyone keeps.
    #[error(
        "its diary holds {check_ins} check-ins and {photos} photos; Skincare Guide keeps at most {MAX_CHECK_INS} and {MAX_PHOTOS}"
    )]
    DiaryTooLarge {
        /// Check-ins in the file.
        check_ins: usize,
        /// Photo records in the file.
        photos: usize,
    },
}

/// Parses the data file's bytes, or says in a few words why not. Never panics, whatever the
/// bytes (fuzzed).
pub fn decode(bytes: &[u8]) -> Result<UserData, DecodeError> {
    decode_report(bytes).map(|decoded| decoded.progress)
}

/// What [`decode_report`] found besides the data.
#[derive(Debug)]
pub struct Decoded {
    /// The data, brought up to this version's format and repaired.
    pub progress: UserData,

    /// The file's format version, when a newer version of the app wrote it.
    pub newer_version: Option<u32>,

    /// What was mended, a sentence each.
    pub repairs: Vec<String>,
}

/// [`decode`], also saying whether a newer version wrote the file and what was repaired.
pub fn decode_report(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let text = std::str::from_utf8(bytes).map_err(|_| DecodeError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron::Options::default().with_recursion_limit(DATA_RECURSION_LIMIT);
    let mut progress: UserData = options.from_str(text).map_err(|err| match err.code {
        ron::Error::ExceededRecursionLimit => DecodeError::TooDeep {
            line: err.span.start.line,
        },
        code => DecodeError::Syntax {
            position: err.span.start.to_string(),
            code: code.to_string(),
        },
    })?;
    if progress.sessions.len() > MAX_SESSIONS {
        return Err(DecodeError::TooManySessions {
            count: progress.sessions.len(),
        });
    }
    if progress.diary.check_ins.len() > MAX_CHECK_INS || progress.diary.photos.len() > MAX_PHOTOS {
        return Err(DecodeError::DiaryTooLarge {
            check_ins: progress.diary.check_ins.len(),
            photos: progress.diary.photos.len(),
        });
    }
    let newer_version =
        (progress.format_version > FORMAT_VERSION).then_some(progress.format_version);
    let repairs = progress.migrate();
    Ok(Decoded {
        progress,
        newer_version,
        repairs,
    })
}

/// The format version of a data file newer than this build's, read on its own (every other
/// field skipped), so that a newer file is known as such even when the rest cannot be read.
pub(super) fn newer_version(bytes: &[u8]) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        #[serde(default)]
        format_version: u32,
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron::Options::default().with_recursion_limit(DATA_RECURSION_LIMIT);
    let version = options.from_str::<VersionOnly>(text).ok()?.format_version;
    (version > FORMAT_VERSION).then_some(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_accepts_a_file_missing_fields_and_with_unknown_ones() {
        let progress = decode(b"(ticked: [\"a\"], from_the_future: 3)").unwrap();
        assert!(progress.ticked.contains("a"));
        assert_eq!(progress.last_tab, None);
    }

    #[test]
    fn decode_explains_a_syntax_error_with_its_line() {
        let err = decode(b"(\n ticked: [\"a\"\n").unwrap_err().to_string();
        assert!(err.starts_with("line 2:14:"), "{err}");
    }
}
