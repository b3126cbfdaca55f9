//! The Diary tab's actions: check-ins, monthly ratings, and photos imported and deleted.

use std::path::PathBuf;

use crate::app::{GuideApp, Modal, dialogs::Pending};
use crate::ui::diary::{DiaryAction, DiaryScreen};

impl GuideApp {
    /// Imports the photo file at `path` into the diary, on a background thread: the system file
    /// dialog, a typed path and drag and drop all end here. Its record is saved when the copy is
    /// complete.
    pub fn import_photo(&mut self, ctx: &egui::Context, path: PathBuf) {
        if !self.writable() {
            return;
        }
        let id = self.progress.diary.take_photo_id();
        let day = self.today();
        // The id counter is saved first, so that a later photo never takes this photo's name.
        self.save();
        let data_dir = self.data_dir().to_owned();
        self.diary.start_import(ctx, path, &data_dir, id, day);
    }

    /// The diary's screen, so tests can wait for imports.
    pub fn diary_screen(&self) -> &DiaryScreen {
        &self.diary
    }

    /// The diary's screen, so benchmarks can open each of its views.
    pub fn diary_screen_mut(&mut self) -> &mut DiaryScreen {
        &mut self.diary
    }

    /// Saves the records of photos whose import has ended.
    pub(super) fn record_imported_photos(&mut self) {
        let records = self.diary.finished_imports();
        if records.is_empty() {
            return;
        }
        let count = records.len();
        for record in records {
            self.progress.diary.add_photo(record);
        }
        self.save();
        self.toasts.say(if count == 1 {
            "The photo is in your diary".to_owned()
        } else {
            format!("{count} photos are in your diary")
        });
    }

    /// Applies what the person did in the diary, saving when the data changed.
    pub(super) fn apply_diary(&mut self, ctx: &egui::Context, action: DiaryAction) {
        let diary = &mut self.progress.diary;
        let changed = match action {
            DiaryAction::SetCheckIn(date, check_in) => diary.set_check_in(date, check_in),
            DiaryAction::SetMonthly(date, ratings) => diary.set_monthly(date, ratings),
            DiaryAction::OpenReport => {
                self.open_report();
                false
            }
            DiaryAction::ImportPhoto(path) => {
                self.import_photo(ctx, path);
                false
            }
            DiaryAction::AskDeletePhoto(id) => {
                self.modal = Some(Modal::Confirm(Pending::DeletePhoto(id)));
                false
            }
        };
        if changed {
            self.save();
        }
    }

    /// Deletes the photo `id`, which the person has confirmed.
    pub(super) fn delete_photo(&mut self, id: u64) {
        // The record goes first: a kill in between leaves a file without a record, which
        // the photos view reports, never a record without its file.
        if self.progress.diary.remove_photo(id).is_some() {
            self.save();
            let dir = crate::user_data::diary::photos::photos_dir(self.data_dir());
            if let Err(err) = crate::user_data::diary::photos::delete_files(&dir, id) {
                self.diary.report(format!(
                        "The photo was removed from the diary, but its file could not be deleted from {}: {err}",
                        dir.display()
                    ));
            }
            self.diary.forget_photo(id);
            self.toasts.say("The photo is deleted");
        }
    }
}
