//! What the person sends out of the app: the calendar, checklist and CSV exports, and the
//! clinic report.

pub mod csv;
pub mod export;
mod file_kind;
pub mod report;

pub use file_kind::FileKind;
