//! The Diary tab's actions: check-ins, monthly ratings, and photos imported and deleted.

use std::path::PathBuf;

use crate::app::dialogs::Pending;
use crate::app::{GuideApp, Modal};
use crate::ui::diary::DiaryAction;
use crate::user_data::diary::photos;

impl GuideApp {
    /// Starts importing the photo file at `path` on a background thread. Its record is saved
    /// when the copy is complete.
    pub(super) fn start_photo_import(&mut self, path: PathBuf) {
        if !self.writable() {
            return;
        }
        let id = self.data.progress.diary.take_photo_id();
        let day = self.today();
        // The id counter is saved first, so that a later photo never takes this photo's name.
        self.data.save();
        let dir = photos::photos_dir(self.data.dir());
        self.data.imports.start(path, dir, id, day);
        self.screens.diary.import_started();
    }

    /// Saves the records of photos whose import has ended.
    pub(super) fn record_imported_photos(&mut self) {
        let finished = self.data.imports.finished();
        if finished.is_empty() {
            return;
        }
        let records = self.screens.diary.imports_finished(finished);
        if records.is_empty() {
            return;
        }
        let count = records.len();
        for record in records {
            self.data.progress.diary.add_photo(record);
        }
        self.data.save();
        self.screens.toasts.say(if count == 1 {
            "The photo is in your diary".to_owned()
        } else {
            format!("{count} photos are in your diary")
        });
    }

    /// Applies what the person did in the diary, saving when the data changed.
    pub(super) fn apply_diary(&mut self, action: DiaryAction) {
        let diary = &mut self.data.progress.diary;
        let changed = match action {
            DiaryAction::SetCheckIn(date, check_in) => diary.set_check_in(date, check_in),
            DiaryAction::SetMonthly(date, ratings) => diary.set_monthly(date, ratings),
            DiaryAction::OpenReport => {
                self.open_report();
                false
            }
            DiaryAction::ImportPhoto(path) => {
                self.start_photo_import(path);
                false
            }
            DiaryAction::AskDeletePhoto(id) => {
                self.modal = Some(Modal::Confirm(Pending::DeletePhoto(id)));
                false
            }
        };
        if changed {
            self.data.save();
        }
    }

    /// Deletes photo `id`, which the person has confirmed: the record first, then its files.
    pub(super) fn delete_photo(&mut self, id: u64) {
        // The record goes first: a kill in between leaves a file without a record, which the
        // photos view reports, never a record without its file.
        if self.data.progress.diary.remove_photo(id).is_none() {
            return;
        }
        self.data.save();
        let dir = photos::photos_dir(self.data.dir());
        if let Err(err) = photos::delete_files(&dir, id) {
            self.screens.diary.report(format!(
                "The photo was removed from the diary, but its file could not be deleted from {}: {err}",
                dir.display()
            ));
        }
        self.screens.diary.forget_photo(id);
        self.screens.toasts.say("The photo is deleted");
    }
}
