//! The kinds of file the app writes for the person to take elsewhere, each with its usual
//! extension and a name for the person: the text exports and the clinic report.

use crate::output::export::Format;

/// A kind of file the app writes: what the export target checks an extension against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// An iCalendar file (`.ics`).
    Calendar,

    /// A printable Markdown checklist (`.md`).
    Markdown,

    /// The diary's check-ins as a table for a spreadsheet (`.csv`).
    Csv,

    /// The report for the clinic (`.pdf`), made by [`crate::output::report`].
    Report,
}

impl FileKind {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Calendar => "ics",
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::Report => "pdf",
        }
    }

    /// A short name for the person.
    pub fn label(self) -> &'static str {
        match self {
            Self::Calendar => "Calendar file (.ics)",
            Self::Markdown => "Printable checklist (.md)",
            Self::Csv => "Diary check-ins (.csv)",
            Self::Report => "Report for the clinic (.pdf)",
        }
    }
}

/// The file an export in `format` is written to.
impl From<Format> for FileKind {
    fn from(format: Format) -> Self {
        match format {
            Format::Calendar => Self::Calendar,
            Format::Markdown => Self::Markdown,
            Format::Csv => Self::Csv,
        }
    }
}
