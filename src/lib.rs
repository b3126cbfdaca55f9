//! Skincare Guide: an offline desktop companion for before, during and after a microneedling
//! treatment.
//!
//! The guide's words live in `content.ron` ([`content`]); the person's ticks, plan and diary live
//! in a data file ([`user_data`]); [`app`] and [`ui`] draw them with egui. ARCHITECTURE.md at the
//! root of the repository describes the layers and what may depend on what.

pub mod app;
pub mod cli;
pub mod content;
pub mod output;
pub mod plan;
pub mod reminders;
pub mod system;
pub mod text;
pub mod ui;
pub mod user_data;

pub use app::{AppConfig, GuideApp};
