//! What leaves the app: the report for the clinic, read back as a PDF reader would, made by the
//! command and from the diary's dialog; and the manual pages and completions the packages install.

#[path = "../common/mod.rs"]
#[expect(dead_code, reason = "the report needs only part of the app helpers")]
mod common;

mod generate;
mod report;
