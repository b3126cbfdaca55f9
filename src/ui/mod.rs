//! Drawing the app: one module per kind of tab, and the widgets they share.
//!
//! Each `…_ui` function only draws and reports what the person did; the app applies it.

pub mod checklist;
pub mod content_error;
pub mod diary;
pub mod evidence;
pub mod export_dialog;
pub mod faq;
pub mod help;
pub mod page;
pub mod search;
mod sessions;
pub mod sources;
pub mod style;
pub mod today;
mod widgets;

pub use evidence::{citations_ui, evidence_ui};
pub use widgets::{
    Culler, blocks_ui, callout_ui, heading_ui, link_ui, picture_ui, reading_column_ui, tab_bar_ui,
    tab_list_ui,
};
