//! Drawing the app: one module per kind of tab, and the widgets they share.
//!
//! Each `…_ui` function only draws and reports what the person did; the app applies it.

pub mod about;
pub mod calendar;
pub mod checklist;
pub mod content_error;
pub mod dialog;
pub mod diary;
pub mod evidence;
pub mod export_dialog;
pub mod faq;
pub mod file_chooser;
pub mod header;
pub mod help;
pub mod nav;
pub mod page;
pub mod report_dialog;
pub mod search;
mod sessions;
pub mod sources;
pub mod steps;
pub mod style;
pub mod timeline;
pub mod toast;
pub mod today;
pub mod welcome;
mod widgets;

pub use evidence::{citations_ui, evidence_ui};
pub use nav::{tab_bar_ui, tab_list_ui};
pub use widgets::{
    Culler, blocks_ui, callout_ui, card_ui, heading_ui, link_ui, picture_ui, reading_column_ui,
};
