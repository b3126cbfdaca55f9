//! The person's data and the plan made from it: saving and loading, migration, the diary's
//! photos, hostile files and paths, any input without a crash, and the treatment plan with its
//! exports.

#[path = "../common/mod.rs"]
#[expect(
    dead_code,
    reason = "these tests use no app window and no diary fixture"
)]
mod common;

mod diary_data;
mod hostile_files;
mod persistence;
mod robustness;
mod treatment_plan;
