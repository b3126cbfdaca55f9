//! Photo imports on background threads, so that a large photo never holds up a frame: each
//! one started with the file the person chose, and its record (or why there is none) collected
//! when it ends.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use jiff::civil::Date;

use crate::user_data::diary::PhotoRecord;
use crate::user_data::diary::photos::{PhotoError, import};

/// The end of one import.
#[derive(Debug)]
pub struct Finished {
    /// The file the person chose.
    pub source: PathBuf,

    /// The record to save, or why there is none.
    pub result: Result<PhotoRecord, PhotoError>,
}

/// Imports running on background threads, one thread each, so that a large photo never holds
/// up a frame.
#[derive(Debug)]
pub struct Imports {
    sender: Sender<Finished>,
    receiver: Receiver<Finished>,
    running: usize,
}

impl Default for Imports {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            running: 0,
        }
    }
}

impl Imports {
    /// Starts importing `source` as photo `id`; `wake` is called when it ends (the UI asks for a
    /// repaint there).
    pub fn start(
        &mut self,
        source: PathBuf,
        dir: PathBuf,
        id: u64,
        day: Date,
        wake: impl FnOnce() + Send + 'static,
    ) {
        let sender = self.sender.clone();
        let spawned = std::thread::Builder::new()
            .name("photo-import".to_owned())
            .spawn({
                let source = source.clone();
                move || {
                    let result = import(&source, &dir, id, day);
                    // The receiver is gone only when the app is closing.
                    let _ = sender.send(Finished { source, result });
                    wake();
                }
            });
        match spawned {
            Ok(_) => self.running += 1,
            Err(err) => {
                let _ = self.sender.send(Finished {
                    source,
                    result: Err(PhotoError::Write {
                        dir: PathBuf::new(),
                        source: err,
                    }),
                });
            }
        }
    }

    /// How many imports are still running.
    pub fn running(&self) -> usize {
        self.running
    }

    /// The imports that ended since the last call.
    pub fn finished(&mut self) -> Vec<Finished> {
        let done: Vec<Finished> = self.receiver.try_iter().collect();
        self.running = self.running.saturating_sub(done.len());
        done
    }
}
