//! Skincare Guide: an offline desktop companion for before, during and after a microneedling
//! treatment.
//!
//! The guide's words live in `content.ron` ([`content`]); the person's ticks live in a data file
//! ([`progress`], [`storage`]); [`app`] and [`ui`] draw them with egui.

pub mod app;
pub mod cli;
pub mod content;
pub mod files;
pub mod output;
pub mod plan;
pub mod reminders;
pub mod text;
pub mod ui;
pub mod user_data;

pub use app::{AppConfig, GuideApp};
