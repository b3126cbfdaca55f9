//! The app as a person meets it, driven headless through its accessibility tree with
//! egui_kittest: every tab, the diary, search and reading, dialogs, pictures, links, two windows
//! on one data folder, live reload, reminders, how frames are drawn, contrast and snapshots.

#[path = "../common/mod.rs"]
#[expect(
    dead_code,
    reason = "the report's fixture and review day are for the output tests"
)]
mod common;

mod app_ui;
mod contrast;
mod diary_ui;
mod find_and_read;
mod frames;
mod links;
mod live_reload;
mod pictures;
mod reminders;
mod screens;
mod snapshots;
mod two_windows;
