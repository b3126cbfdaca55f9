//! The dialogs: which one is open, and what their answers change.

use crate::content::ChecklistKind;
use crate::output::export;
use crate::system::export_target as outfile;
use crate::ui;
use crate::ui::dialogs::ButtonKind;
use crate::ui::dialogs::about::{AboutAction, AboutInfo};
use crate::ui::dialogs::export::{ExportAction, ExportForm};
use crate::ui::dialogs::report::{ReportAction, ReportForm};
use crate::user_data::Scope;

use crate::app::GuideApp;

/// A change waiting for the person to confirm it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Untick a whole list.
    ResetList(Scope, ChecklistKind),

    /// Delete a session and its ticks.
    DeleteSession(u64),
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
    /// Draws the open dialog and applies its answer.
    pub(super) fn modal_ui(&mut self, ctx: &egui::Context) {
        match &self.modal {
            Some(Modal::Shortcuts) if ui::dialogs::display::shortcuts_ui(ctx) => self.modal = None,
            Some(Modal::Shortcuts) => {}
            Some(Modal::Display) => {
                let reminders = &self.progress.reminders;
                let error = self.daily_reminder.error();
                if let Some(action) =
                    ui::dialogs::display::display_ui(ctx, &self.progress.display, reminders, error)
                {
                    self.change_display(ctx, action);
                }
            }
            Some(Modal::About) => self.about_ui(ctx),
            Some(Modal::Confirm(pending)) => self.confirm_ui(ctx, *pending),
            Some(Modal::Export(_)) => self.export_ui(ctx),
            Some(Modal::Report(_)) => self.report_ui(ctx),
            None => {}
        }
    }

    fn about_ui(&mut self, ctx: &egui::Context) {
        let content = match (&self.guide, &self.content_error) {
            (Some(loaded), _) => loaded.origin.to_string(),
            (None, Some(err)) => format!("{} (has problems)", err.origin()),
            (None, None) => String::new(),
        };
        let info = AboutInfo {
            guide: self.guide.as_ref().map(|loaded| {
                (
                    loaded.guide.title.as_str(),
                    loaded.guide.last_reviewed.as_str(),
                )
            }),
            content,
            data_file: self.store.path(),
        };
        match ui::dialogs::about::about_ui(ctx, &info) {
            Some(AboutAction::OpenDataFolder) => {
                let folder = self.data_dir().to_path_buf();
                self.open_folder(&folder);
            }
            Some(AboutAction::Close) => self.modal = None,
            None => {}
        }
    }

    /// Shows `folder` in the file manager, or says why it cannot.
    pub(super) fn open_folder(&mut self, folder: &std::path::Path) {
        if let Err(err) = crate::system::opener::open_folder(folder) {
            log::error!("{err}");
            self.toasts.say(format!("{err}"));
        }
    }

    fn confirm_ui(&mut self, ctx: &egui::Context, pending: Pending) {
        let Some(loaded) = &self.guide else {
            self.modal = None;
            return;
        };
        let today = self.today();
        let (title, body, confirm) = match pending {
            Pending::ResetList(scope, kind) => {
                let list = loaded.guide.checklist(kind);
                let (title, body) =
                    ui::checklist::reset_question(list, self.progress.done_count(scope, list));
                (title, body, "Untick all")
            }
            Pending::DeleteSession(id) => {
                let number = self.progress.session_number(id).unwrap_or(1);
                let date = self
                    .progress
                    .session(id)
                    .map(|session| crate::text::dates::day(session.date, today))
                    .unwrap_or_default();
                (
                    format!("Delete session {number}?"),
                    format!(
                        "Session {number} on {date} and its ticks will be removed from your plan. It cannot be undone."
                    ),
                    "Delete session",
                )
            }
        };
        let Some(confirmed) =
            ui::dialogs::confirm_ui(ctx, &title, &body, confirm, ButtonKind::Destructive)
        else {
            return;
        };
        self.modal = None;
        if !confirmed {
            return;
        }
        let changed = match pending {
            Pending::ResetList(scope, kind) => {
                self.progress.reset(scope, loaded.guide.checklist(kind))
            }
            Pending::DeleteSession(id) => self.progress.delete_session(id),
        };
        if changed {
            self.save();
            self.toasts.say(match pending {
                Pending::ResetList(..) => "The list is unticked",
                Pending::DeleteSession(_) => "The session is deleted",
            });
        }
    }

    fn export_ui(&mut self, ctx: &egui::Context) {
        let (Some(Modal::Export(form)), Some(loaded)) = (&mut self.modal, &self.guide) else {
            return;
        };
        match ui::dialogs::export::export_dialog_ui(ctx, form) {
            Some(ExportAction::Export { format, path }) => {
                let now = match self.fixed_today {
                    Some(today) => today
                        .to_zoned(jiff::tz::TimeZone::UTC)
                        .unwrap_or_else(|_| jiff::Zoned::now()),
                    None => jiff::Zoned::now(),
                };
                let outcome = export::export(format, loaded, &self.progress, now)
                    .map_err(|err| err.to_string())
                    .and_then(|text| {
                        let protected = outfile::protected(self.store.path(), &loaded.origin);
                        outfile::write_export(&path, format, text.as_bytes(), &protected)
                            .map_err(|err| err.to_string())
                    });
                if let Ok(saved) = &outcome {
                    let name = saved
                        .file_name()
                        .map(|name| name.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    self.toasts.say(format!("Exported {name}"));
                }
                form.outcome = Some(outcome);
            }
            Some(ExportAction::OpenFolder(folder)) => self.open_folder(&folder),
            Some(ExportAction::Close) => self.modal = None,
            None => {}
        }
    }

    /// Opens the "Report for my clinic…" dialog.
    pub fn open_report(&mut self) {
        let form = ReportForm::new(
            self.export_dir.clone(),
            self.data_dir().to_owned(),
            &self.progress,
            self.today(),
        );
        self.modal = Some(Modal::Report(form));
    }

    fn report_ui(&mut self, ctx: &egui::Context) {
        let today = self.today();
        let (Some(Modal::Report(form)), Some(loaded)) = (&mut self.modal, &self.guide) else {
            return;
        };
        match ui::dialogs::report::report_dialog_ui(ctx, form, today) {
            Some(ReportAction::Save(options, path)) => {
                let data_dir = self
                    .store
                    .path()
                    .parent()
                    .unwrap_or(std::path::Path::new("."));
                let outcome =
                    crate::output::report::build(loaded, &self.progress, data_dir, &options)
                        .map_err(|err| err.to_string())
                        .and_then(|built| {
                            let protected = outfile::protected(self.store.path(), &loaded.origin);
                            let saved = outfile::write_export(
                                &path,
                                export::Format::Pdf,
                                &built.bytes,
                                &protected,
                            )
                            .map_err(|err| err.to_string())?;
                            Ok((saved, built.summary()))
                        });
                if let Ok((saved, _)) = &outcome {
                    let name = saved
                        .file_name()
                        .map(|name| name.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    self.toasts.say(format!("Saved {name}"));
                }
                form.outcome = Some(outcome);
            }
            Some(ReportAction::OpenFolder(folder)) => self.open_folder(&folder),
            Some(ReportAction::Close) => self.modal = None,
            None => {}
        }
    }
}
