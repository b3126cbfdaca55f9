//! The "Export plan…" dialog: pick a format and where to save.

use std::path::PathBuf;

use crate::output::export::Format;
use crate::ui::dialogs::file_chooser::{FileChooser, save_path_ui, saved_ui};
use crate::ui::dialogs::{ButtonKind, buttons_ui, dialog_ui};
use crate::ui::style::dialog_width;

/// The dialog's state between frames. Owned by the app; not saved.
#[derive(Debug)]
pub struct ExportForm {
    format: Format,
    path: String,

    /// The system's save dialog; when it gives no path, the typed path is the way.
    chooser: FileChooser,

    /// The outcome of the last export: where it was saved, or why it failed.
    pub outcome: Option<Result<PathBuf, String>>,
}

/// What the person did in the dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportAction {
    /// Write the plan in `format` to `path`.
    Export {
        /// The format.
        format: Format,
        /// The file to write.
        path: PathBuf,
    },

    /// Open the folder the plan was saved in.
    OpenFolder(PathBuf),

    /// Close the dialog.
    Close,
}

impl ExportForm {
    /// A form for a calendar file saved in `dir` (e.g. the person's Documents folder).
    pub fn new(dir: PathBuf) -> Self {
        let format = Format::Calendar;
        let path = dir.join(file_name(format)).display().to_string();
        Self {
            format,
            path,
            chooser: FileChooser::default(),
            outcome: None,
        }
    }

    /// Takes the path chosen in the system's save dialog, once it has one.
    fn poll_chooser(&mut self) {
        if let Some(path) = self.chooser.take().into_iter().next() {
            self.path = path.display().to_string();
            self.outcome = None;
        }
    }
}

fn file_name(format: Format) -> String {
    format!("microneedling-plan.{}", format.extension())
}

/// The dialog, as a modal window.
pub fn export_dialog_ui(ctx: &egui::Context, form: &mut ExportForm) -> Option<ExportAction> {
    form.poll_chooser();
    let mut action = None;
    let (pressed, close) = dialog_ui(
        ctx,
        "export-plan",
        "Export your plan",
        dialog_width::FORM,
        |ui| {
            ui.add(
                egui::Label::new(
                    "A calendar file adds every step to your calendar app as an all-day event. \
                 A printable checklist lists each step with its dates.",
                )
                .wrap(),
            );
            for format in [Format::Calendar, Format::Markdown, Format::Csv] {
                if ui.radio(form.format == format, format.label()).clicked()
                    && form.format != format
                {
                    switch_extension(form, format);
                }
            }
            let format = form.format;
            save_path_ui(
                ui,
                &mut form.path,
                &mut form.chooser,
                "Export your plan",
                format,
            );
            let outcome = form.outcome.as_ref().map(|outcome| match outcome {
                Ok(path) => Ok((path.as_path(), "")),
                Err(reason) => Err(reason.as_str()),
            });
            if let Some(folder) = saved_ui(ui, outcome, "Could not export") {
                action = Some(ExportAction::OpenFolder(folder));
            }
            buttons_ui(
                ui,
                &[
                    ("Close", ButtonKind::Plain),
                    ("Export", ButtonKind::Suggested),
                ],
            )
        },
    );
    match pressed {
        Some(1) => {
            action = Some(ExportAction::Export {
                format: form.format,
                path: PathBuf::from(form.path.trim()),
            });
        }
        Some(_) => action = Some(ExportAction::Close),
        None if close && action.is_none() => action = Some(ExportAction::Close),
        None => {}
    }
    action
}

/// Changes the format, and the path's extension with it when it still has the old one.
fn switch_extension(form: &mut ExportForm, format: Format) {
    let old = format!(".{}", form.format.extension());
    if let Some(stem) = form.path.strip_suffix(&old) {
        form.path = format!("{stem}.{}", format.extension());
    }
    form.format = format;
    form.outcome = None;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_format_switches_the_extension_only_when_it_matches() {
        let mut form = ExportForm::new(PathBuf::from("/home/a"));
        assert_eq!(form.path, "/home/a/microneedling-plan.ics");
        switch_extension(&mut form, Format::Markdown);
        assert_eq!(form.path, "/home/a/microneedling-plan.md");
        form.path = "/tmp/my-plan.txt".to_owned();
        switch_extension(&mut form, Format::Calendar);
        assert_eq!(form.path, "/tmp/my-plan.txt");
        assert_eq!(form.format, Format::Calendar);
    }
}
