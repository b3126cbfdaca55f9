//! The content file and its checker: the shipped guide is valid, every rule rejects a bad
//! example at the right place, hostile content is refused or made harmless, and `check` says so
//! as a person running it would read it.

#[path = "../common/mod.rs"]
#[expect(dead_code, reason = "these tests use no app window and no diary")]
mod common;

mod check_command;
mod content_file;
mod content_review;
mod hostile_content;
