//! The system's file dialog, opened on a thread of its own so the window keeps drawing. On Linux
//! it goes through the desktop portal; where no portal answers, the dialog that asked keeps its
//! typed path as the way in.

use std::path::PathBuf;

use crate::system::background::{self, Poll, Task};

/// A file dialog that may be open, and what it answered.
#[derive(Debug, Default)]
pub struct FileChooser {
    answer: Option<Task<Vec<PathBuf>>>,

    /// Set when the dialog closed with nothing chosen: cancelled, or no portal answered.
    pub nothing_chosen: bool,
}

impl FileChooser {
    /// Whether the dialog is open.
    pub fn is_open(&self) -> bool {
        self.answer.is_some()
    }

    /// Opens the system's dialog to pick files of the kinds `extensions` names (`kind` is what
    /// the dialog calls them).
    pub fn pick_files(
        &mut self,
        ctx: &egui::Context,
        title: &str,
        kind: &str,
        extensions: &'static [&'static str],
    ) {
        let dialog = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(kind, extensions);
        self.open(ctx, move || dialog.pick_files().unwrap_or_default());
    }

    /// Opens the system's dialog to choose where to save a `kind` file, starting from
    /// `suggested` (its folder, if it exists, and its name).
    pub fn save_file(
        &mut self,
        ctx: &egui::Context,
        title: &str,
        kind: &str,
        extension: &'static str,
        suggested: &std::path::Path,
    ) {
        let mut dialog = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(kind, &[extension]);
        if let Some(dir) = suggested.parent().filter(|dir| dir.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        self.open(ctx, move || dialog.save_file().into_iter().collect());
    }

    /// Runs `ask` (which shows the dialog and waits for it) on its own thread.
    fn open(&mut self, ctx: &egui::Context, ask: impl FnOnce() -> Vec<PathBuf> + Send + 'static) {
        let repaint = ctx.clone();
        match background::spawn("file-dialog", move || repaint.request_repaint(), ask) {
            Ok(task) => {
                self.answer = Some(task);
                self.nothing_chosen = false;
            }
            Err(err) => {
                log::error!("cannot open the file dialog: {err:#}");
                self.nothing_chosen = true;
            }
        }
    }

    /// The files chosen, once the dialog has closed with some.
    pub fn take(&mut self) -> Vec<PathBuf> {
        let Some(task) = &self.answer else {
            return Vec::new();
        };
        match task.poll() {
            Poll::Ready(picked) => {
                self.answer = None;
                self.nothing_chosen = picked.is_empty();
                picked
            }
            Poll::Lost => {
                self.answer = None;
                self.nothing_chosen = true;
                Vec::new()
            }
            Poll::Pending => Vec::new(),
        }
    }
}

/// The "Save to:" row of a save dialog: "Choose…" opens the system's dialog (titled `title`, for
/// `format`), and the path can always be typed; below it, the hint for when no dialog appeared
/// and a warning when the extension does not match `format`.
pub fn save_path_ui(
    ui: &mut egui::Ui,
    path: &mut String,
    chooser: &mut FileChooser,
    title: &str,
    format: impl Into<crate::output::FileKind>,
) {
    let format = format.into();
    ui.horizontal(|ui| {
        let label = ui.label("Save to:");
        let choose = ui.add_enabled(!chooser.is_open(), egui::Button::new("Choose…"));
        ui.add(egui::TextEdit::singleline(path).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if choose.clicked() {
            let suggested = PathBuf::from(path.trim());
            chooser.save_file(
                ui.ctx(),
                title,
                format.label(),
                format.extension(),
                &suggested,
            );
        }
    });
    if chooser.nothing_chosen {
        ui.label(crate::ui::style::caption(
            "If no file dialog appeared, type the path of the file to save above.",
        ));
    }
    if !path.trim().is_empty()
        && let Some(warning) = crate::system::export_target::extension_warning(
            format,
            std::path::Path::new(path.trim()),
        )
    {
        ui.label(egui::RichText::new(warning).color(ui.visuals().warn_fg_color));
    }
}

/// What the last save did: "Saved to PATH" (and `detail`) with an "Open folder" button, or
/// "`failed`: why". Returns the folder to open when the button is clicked.
pub fn saved_ui(
    ui: &mut egui::Ui,
    outcome: Option<Result<(&std::path::Path, &str), &str>>,
    failed: &str,
) -> Option<PathBuf> {
    let mut open = None;
    match outcome {
        Some(Ok((path, detail))) => {
            ui.horizontal_wrapped(|ui| {
                let detail = if detail.is_empty() {
                    String::new()
                } else {
                    format!(" ({detail})")
                };
                ui.label(crate::ui::style::strong(
                    format!("Saved to {}{detail}", path.display()),
                    crate::ui::style::size::BODY,
                ));
                if let Some(folder) = path.parent()
                    && ui.button("Open folder").clicked()
                {
                    open = Some(folder.to_owned());
                }
            });
        }
        Some(Err(reason)) => {
            ui.label(
                egui::RichText::new(format!("{failed}: {reason}"))
                    .color(ui.visuals().error_fg_color),
            );
        }
        None => {}
    }
    open
}
