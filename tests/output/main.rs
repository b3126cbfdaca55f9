//! What leaves the app for the clinic: the report, read back as a PDF reader would, made by the
//! command and from the diary's dialog.

#[path = "../common/mod.rs"]
#[expect(dead_code, reason = "the report needs only part of the app helpers")]
mod common;

mod report;
