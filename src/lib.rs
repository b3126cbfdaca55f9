//! Skincare Guide: an offline desktop companion for before, during and after a microneedling
//! treatment.
//!
//! The guide's words live in `content.ron` ([`content`]); the person's ticks live in a data file
//! ([`progress`], [`storage`]); [`app`] and [`ui`] draw them with egui.

pub mod app;
pub mod autostart;
pub mod check;
pub mod content;
pub mod diary;
pub mod export;
pub mod fsread;
pub mod notification;
pub mod opener;
pub mod outfile;
pub mod plan;
pub mod progress;
pub mod remind;
pub mod reminder;
pub mod report;
pub mod search;
pub mod settings;
pub mod storage;
pub mod tab;
pub mod ui;
pub mod watch;

pub use app::{AppConfig, GuideApp};
