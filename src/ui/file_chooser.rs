//! The system's file dialog, opened on a thread of its own so the window keeps drawing. On Linux
//! it goes through the desktop portal; where no portal answers, the dialog that asked keeps its
//! typed path as the way in.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

/// A file dialog that may be open, and what it answered.
#[derive(Debug, Default)]
pub struct FileChooser {
    answer: Option<Receiver<Vec<PathBuf>>>,

    /// Set when the dialog closed with nothing chosen: cancelled, or no portal answered.
    pub nothing_chosen: bool,
}

impl FileChooser {
    /// Whether the dialog is open.
    pub fn is_open(&self) -> bool {
        self.answer.is_some()
    }

    /// Opens the system's dialog to pick files of the kinds `extensions` names.
    pub fn pick_files(
        &mut self,
        ctx: &egui::Context,
        title: &str,
        extensions: &'static [&'static str],
    ) {
        let (sender, receiver) = std::sync::mpsc::channel();
        let repaint = ctx.clone();
        let title = title.to_owned();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let picked = rfd::FileDialog::new()
                    .set_title(title)
                    .add_filter("Photos", extensions)
                    .pick_files()
                    .unwrap_or_default();
                let _ = sender.send(picked);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.answer = Some(receiver);
                self.nothing_chosen = false;
            }
            Err(err) => {
                log::error!("cannot open the file dialog: {err}");
                self.nothing_chosen = true;
            }
        }
    }

    /// The files chosen, once the dialog has closed with some.
    pub fn take(&mut self) -> Vec<PathBuf> {
        let Some(receiver) = &self.answer else {
            return Vec::new();
        };
        match receiver.try_recv() {
            Ok(picked) => {
                self.answer = None;
                self.nothing_chosen = picked.is_empty();
                picked
            }
            Err(TryRecvError::Disconnected) => {
                self.answer = None;
                self.nothing_chosen = true;
                Vec::new()
            }
            Err(TryRecvError::Empty) => Vec::new(),
        }
    }
}
