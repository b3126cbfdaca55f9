//! Widgets the tabs share: headings screen readers know as headings, text blocks, safe links,
//! source citations, care cards, cards and callouts, pictures, the reading column, the culler
//! for long pages and the date picker.

mod blocks;
pub mod calendar;
pub mod care_card;
mod culler;
pub mod evidence;
mod frames;
mod picture;
mod reading_column;
mod text;

pub use blocks::blocks_ui;
pub use culler::Culler;
pub use frames::{callout_ui, card_ui};
pub use picture::picture_ui;
pub use reading_column::reading_column_ui;
pub use text::{heading_ui, link_ui};
