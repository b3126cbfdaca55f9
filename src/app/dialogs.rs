//! The dialogs: which one is open, drawing it, and what its answers change.

use crate::app::{Action, GuideApp};
use crate::content::ChecklistKind;
use crate::output::export;
use crate::system::export_target;
use crate::ui;
use crate::ui::dialogs::ButtonKind;
use crate::ui::dialogs::about::{AboutAction, AboutInfo};
use crate::ui::dialogs::export::{ExportAction, ExportForm};
use crate::ui::dialogs::report::{ReportAction, ReportForm};
use crate::user_data::Scope;

/// A change waiting for the person to confirm it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Untick a whole list.
    ResetList(Scope, ChecklistKind),

    /// Delete a session and its ticks.
    DeleteSession(u64),

    /// Delete a photo's record and its files.
    DeletePhoto(u64),
}

/// The dialog on screen. Only one at a time.
#[derive(Debug)]
pub enum Modal {
    /// The keyboard shortcuts.
    Shortcuts,

    /// Text size, theme and reminders.
    Display,

    /// The app's version, the guide and data in use, and the licences.
    About,

    /// A question before a change that cannot be undone.
    Confirm(Pending),

    /// Exporting the plan.
    Export(ExportForm),

    /// Making the report for the clinic.
    Report(ReportForm),
}

impl GuideApp {
    /// Draws the open dialog and queues its answer.
    pub(super) fn modal_ui(&mut self, ctx: &egui::Context) {
        let today = self.today();
        let action = match &mut self.modal {
            Some(Modal::Shortcuts) => {
                ui::dialogs::display::shortcuts_ui(ctx).then_some(Action::CloseModal)
            }
            Some(Modal::Display) => ui::dialogs::display::display_ui(
                ctx,
                &self.data.progress.display,
                &self.data.progress.reminders,
                self.daily_reminder.error(),
            )
            .map(Action::Display),
            Some(Modal::About) => self.about_ui(ctx),
            Some(Modal::Confirm(pending)) => {
                let pending = *pending;
                self.confirm_ui(ctx, pending)
            }
            Some(Modal::Export(form)) => {
                ui::dialogs::export::export_dialog_ui(ctx, form).map(Action::Export)
            }
            Some(Modal::Report(form)) => {
                ui::dialogs::report::report_dialog_ui(ctx, form, today).map(Action::Report)
            }
            None => None,
        };
        self.actions.extend(action);
    }

    fn about_ui(&self, ctx: &egui::Context) -> Option<Action> {
        let content = match (&self.guide.loaded, &self.guide.error) {
            (Some(loaded), _) => loaded.origin.to_string(),
            (None, Some(err)) => format!("{} (has problems)", err.origin()),
            (None, None) => String::new(),
        };
        let info = AboutInfo {
            guide: self.guide.loaded.as_ref().map(|loaded| {
                (
                    loaded.guide.title.as_str(),
                    loaded.guide.last_reviewed.as_str(),
                )
            }),
            content,
            data_file: self.data.store.path(),
        };
        ui::dialogs::about::about_ui(ctx, &info).map(Action::About)
    }

    pub(super) fn apply_about(&mut self, action: AboutAction) {
        match action {
            AboutAction::OpenDataFolder => {
                let folder = self.data.dir().to_path_buf();
                self.open_folder(&folder);
            }
            AboutAction::Close => self.modal = None,
        }
    }

    /// Shows `folder` in the file manager, or says why it cannot.
    fn open_folder(&mut self, folder: &std::path::Path) {
        if let Err(err) = crate::system::opener::open_folder(folder) {
            log::error!("{err}");
            self.screens.toasts.say(format!("{err}"));
        }
    }

    /// The question for `pending`, and the person's answer once given.
    fn confirm_ui(&self, ctx: &egui::Context, pending: Pending) -> Option<Action> {
        let Some(loaded) = &self.guide.loaded else {
            return Some(Action::CloseModal);
        };
        let progress = &self.data.progress;
        let (title, body, confirm) = match pending {
            Pending::ResetList(scope, kind) => {
                let list = loaded.guide.checklist(kind);
                let (title, body) =
                    ui::checklist::reset_question(list, progress.done_count(scope, list));
                (title, body, "Untick all")
            }
            Pending::DeleteSession(id) => {
                let number = progress.session_number(id).unwrap_or(1);
                let date = progress
                    .session(id)
                    .map(|session| crate::text::dates::day(session.date, self.today()))
                    .unwrap_or_default();
                (
                    format!("Delete session {number}?"),
                    format!(
                        "Session {number} on {date} and its ticks will be removed from your plan. It cannot be undone."
                    ),
                    "Delete session",
                )
            }
            Pending::DeletePhoto(id) => {
                let Some((title, body)) = ui::diary::delete_photo_question(progress, id) else {
                    return Some(Action::CloseModal);
                };
                (title, body, "Delete photo")
            }
        };
        ui::dialogs::confirm_ui(ctx, &title, &body, confirm, ButtonKind::Destructive)
            .map(|confirmed| Action::Confirm(pending, confirmed))
    }

    /// Applies the answer to a question: the change when confirmed, nothing otherwise.
    pub(super) fn confirm(&mut self, pending: Pending, confirmed: bool) {
        self.modal = None;
        let Some(loaded) = &self.guide.loaded else {
            return;
        };
        if !confirmed {
            return;
        }
        if let Pending::DeletePhoto(id) = pending {
            self.delete_photo(id);
            return;
        }
        let progress = &mut self.data.progress;
        let changed = match pending {
            Pending::ResetList(scope, kind) => progress.reset(scope, loaded.guide.checklist(kind)),
            Pending::DeleteSession(id) => progress.delete_session(id),
            // Deleted above, with its own message.
            Pending::DeletePhoto(_) => false,
        };
        if changed {
            self.data.save();
            self.screens.toasts.say(match pending {
                Pending::ResetList(..) => "The list is unticked",
                Pending::DeleteSession(_) => "The session is deleted",
                Pending::DeletePhoto(_) => "The photo is deleted",
            });
        }
    }

    pub(super) fn apply_export(&mut self, action: ExportAction) {
        match action {
            ExportAction::Export { format, path } => {
                let (Some(Modal::Export(form)), Some(loaded)) =
                    (&mut self.modal, &self.guide.loaded)
                else {
                    return;
                };
                let outcome = export::export(format, loaded, &self.data.progress, self.clock.now())
                    .map_err(|err| err.to_string())
                    .and_then(|text| {
                        let protected =
                            export_target::protected(self.data.store.path(), &loaded.origin);
                        export_target::write_export(&path, format, text.as_bytes(), &protected)
                            .map_err(|err| err.to_string())
                    });
                if let Ok(saved) = &outcome {
                    self.screens
                        .toasts
                        .say(format!("Exported {}", file_name(saved)));
                }
                form.outcome = Some(outcome);
            }
            ExportAction::OpenFolder(folder) => self.open_folder(&folder),
            ExportAction::Close => self.modal = None,
        }
    }

    pub(super) fn apply_report(&mut self, action: ReportAction) {
        match action {
            ReportAction::Save(options, path) => {
                let (Some(Modal::Report(form)), Some(loaded)) =
                    (&mut self.modal, &self.guide.loaded)
                else {
                    return;
                };
                let data_file = self.data.store.path();
                let data_dir = data_file.parent().unwrap_or(std::path::Path::new("."));
                let outcome =
                    crate::output::report::build(loaded, &self.data.progress, data_dir, &options)
                        .map_err(|err| err.to_string())
                        .and_then(|built| {
                            let protected = export_target::protected(data_file, &loaded.origin);
                            let saved = export_target::write_export(
                                &path,
                                crate::output::FileKind::Report,
                                &built.bytes,
                                &protected,
                            )
                            .map_err(|err| err.to_string())?;
                            Ok((saved, built.summary()))
                        });
                if let Ok((saved, _)) = &outcome {
                    self.screens
                        .toasts
                        .say(format!("Saved {}", file_name(saved)));
                }
                form.outcome = Some(outcome);
            }
            ReportAction::OpenFolder(folder) => self.open_folder(&folder),
            ReportAction::Close => self.modal = None,
        }
    }
}

/// The last part of `path`, for a toast.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}
