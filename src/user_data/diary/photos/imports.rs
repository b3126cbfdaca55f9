//! Photo imports in the background, one at a time in the order they were asked for, so that a
//! large photo never holds up a frame and several at once never decode side by side: each one
//! started with the file the person chose, and its record (or why there is none) collected when
//! it ends.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::system::background::Worker;
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

/// One photo to import.
struct Job {
    source: PathBuf,
    dir: PathBuf,
    id: u64,
    day: Date,
}

/// The import queue: one background thread that imports photos one after another.
pub struct Imports {
    worker: Worker<Job, Finished>,

    /// Imports that could not even be queued, reported with the next results.
    refused: Vec<Finished>,
}

impl std::fmt::Debug for Imports {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Imports")
            .field("running", &self.running())
            .finish_non_exhaustive()
    }
}

impl Imports {
    /// An empty queue; `wake` is called after each import ends (the window repaints there).
    pub fn new(wake: impl Fn() + Send + Sync + 'static) -> Self {
        Self {
            worker: Worker::new("photo-import", wake, |job: Job| {
                let result = import(&job.source, &job.dir, job.id, job.day);
                Finished {
                    source: job.source,
                    result,
                }
            }),
            refused: Vec::new(),
        }
    }

    /// Queues `source` to be imported as photo `id` into `dir`, filed under `day`.
    pub fn start(&mut self, source: PathBuf, dir: PathBuf, id: u64, day: Date) {
        let job = Job {
            source,
            dir,
            id,
            day,
        };
        if let Err(job) = self.worker.send(job) {
            self.refused.push(Finished {
                source: job.source,
                result: Err(PhotoError::Write {
                    dir: job.dir,
                    source: std::io::Error::other("the import could not be started"),
                }),
            });
        }
    }

    /// How many imports are queued or running.
    pub fn running(&self) -> usize {
        self.worker.pending()
    }

    /// The imports that ended since the last call, in the order they were asked for.
    pub fn finished(&mut self) -> Vec<Finished> {
        let mut done = std::mem::take(&mut self.refused);
        done.extend(self.worker.results());
        done
    }
}
