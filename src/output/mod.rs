//! What the person sends out of the app: the calendar, checklist and CSV exports, and the
//! clinic report.

pub mod csv;
pub mod export;
pub mod report;
