//! Drawing the app: one module per kind of tab, and the widgets they share.
//!
//! Each `…_ui` function only draws and reports what the person did; the app applies it.

pub mod checklist;
pub mod chrome;
pub mod dialogs;
pub mod diary;
pub mod pages;
pub mod style;
pub mod widgets;

pub use chrome::nav::{tab_bar_ui, tab_list_ui};
pub use widgets::evidence::{citations_ui, evidence_ui};
pub use widgets::{
    Culler, blocks_ui, callout_ui, card_ui, heading_ui, link_ui, picture_ui, reading_column_ui,
};
