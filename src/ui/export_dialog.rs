//! The "Export plan…" dialog: pick a format and where to save.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::heading_ui;
use crate::export::Format;

/// The dialog's state between frames. Owned by the app; not saved.
#[derive(Clone, Debug)]
pub struct ExportForm {
    format: Format,
    path: String,

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
            outcome: None,
        }
    }
}

fn file_name(format: Format) -> String {
    format!("microneedling-plan.{}", format.extension())
}

/// The dialog, as a modal window.
pub fn export_dialog_ui(ctx: &egui::Context, form: &mut ExportForm) -> Option<ExportAction> {
    let mut action = None;
    let modal = egui::Modal::new(egui::Id::unique("export-plan")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        heading_ui(ui, "Export your plan", 2);
        ui.label(
            "A calendar file adds every step to your calendar app as an all-day event. \
             A printable checklist lists each step with its dates.",
        );
        for format in [Format::Calendar, Format::Markdown, Format::Csv] {
            if ui.radio(form.format == format, format.label()).clicked() && form.format != format {
                switch_extension(form, format);
            }
        }
        path_ui(ui, form);
        let path = PathBuf::from(form.path.trim());
        if !form.path.trim().is_empty()
            && let Some(warning) = crate::outfile::extension_warning(form.format, &path)
        {
            ui.label(RichText::new(warning).color(ui.visuals().warn_fg_color));
        }
        match &form.outcome {
            Some(Ok(path)) => {
                ui.label(RichText::new(format!("Saved to {}", path.display())).strong());
            }
            Some(Err(reason)) => {
                ui.label(
                    RichText::new(format!("Could not export: {reason}"))
                        .color(ui.visuals().error_fg_color),
                );
            }
            None => {}
        }
        ui.horizontal(|ui| {
            if ui.button("Export").clicked() {
                action = Some(ExportAction::Export {
                    format: form.format,
                    path: PathBuf::from(form.path.trim()),
                });
            }
            if ui.button("Close").clicked() {
                action = Some(ExportAction::Close);
            }
        });
    });
    if action.is_none() && modal.should_close() {
        action = Some(ExportAction::Close);
    }
    action
}

fn path_ui(ui: &mut Ui, form: &mut ExportForm) {
    ui.horizontal(|ui| {
        let label = ui.label("Save to:");
        ui.add(egui::TextEdit::singleline(&mut form.path).desired_width(f32::INFINITY))
            .labelled_by(label.id);
    });
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
