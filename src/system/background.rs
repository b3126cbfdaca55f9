//! Work off the UI thread, in one shape: a named thread, a channel back, and a call to `wake`
//! (the window's repaint) when a result is ready. Files, dialogs, decoding and D-Bus calls all go
//! through here, so the window never waits on them.
//!
//! A [`Task`] runs one job; a [`Worker`] runs jobs one at a time, in the order they came.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::Duration;

/// Where a [`Task`]'s result stands.
#[derive(Debug, PartialEq, Eq)]
pub enum Poll<R> {
    /// Still running.
    Pending,
    /// Done, with this result.
    Ready(R),
    /// The thread ended without a result (it panicked).
    Lost,
}

/// One job on its own thread.
#[derive(Debug)]
pub struct Task<R> {
    receiver: Receiver<R>,
}

/// Starts `work` on a thread called `name`; `wake` is called once its result is ready.
pub fn spawn<R: Send + 'static>(
    name: &str,
    wake: impl FnOnce() + Send + 'static,
    work: impl FnOnce() -> R + Send + 'static,
) -> std::io::Result<Task<R>> {
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            // The receiver is gone only when nobody waits for the result any more.
            let _ = sender.send(work());
            wake();
        })?;
    Ok(Task { receiver })
}

impl<R> Task<R> {
    /// The result if it is ready, without waiting.
    pub fn poll(&self) -> Poll<R> {
        match self.receiver.try_recv() {
            Ok(result) => Poll::Ready(result),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }

    /// Waits at most `timeout` for the result (for commands, which have no window to keep
    /// drawing). `Pending` when the time ran out.
    pub fn wait(&self, timeout: Duration) -> Poll<R> {
        match self.receiver.recv_timeout(timeout) {
            Ok(result) => Poll::Ready(result),
            Err(RecvTimeoutError::Timeout) => Poll::Pending,
            Err(RecvTimeoutError::Disconnected) => Poll::Lost,
        }
    }
}

/// Jobs run one at a time, in order, on one thread started with the first job.
pub struct Worker<J, R> {
    name: String,
    jobs: Option<Sender<J>>,
    results: Receiver<R>,
    result_sender: Sender<R>,
    work: Option<Box<dyn FnMut(J) -> R + Send>>,
    wake: std::sync::Arc<dyn Fn() + Send + Sync>,
    queued: usize,
}

impl<J, R> std::fmt::Debug for Worker<J, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker")
            .field("name", &self.name)
            .field("queued", &self.queued)
            .finish_non_exhaustive()
    }
}

impl<J: Send + 'static, R: Send + 'static> Worker<J, R> {
    /// A worker called `name` that runs `work` on each job and calls `wake` after each result.
    pub fn new(
        name: &str,
        wake: impl Fn() + Send + Sync + 'static,
        work: impl FnMut(J) -> R + Send + 'static,
    ) -> Self {
        let (result_sender, results) = mpsc::channel();
        Self {
            name: name.to_owned(),
            jobs: None,
            results,
            result_sender,
            work: Some(Box::new(work)),
            wake: std::sync::Arc::new(wake),
            queued: 0,
        }
    }

    /// Queues `job`. Gives it back when the thread cannot be started (or has stopped).
    pub fn send(&mut self, job: J) -> Result<(), J> {
        if self.jobs.is_none() {
            let Some(mut work) = self.work.take() else {
                return Err(job);
            };
            let (sender, receiver) = mpsc::channel::<J>();
            let results = self.result_sender.clone();
            let wake = std::sync::Arc::clone(&self.wake);
            let spawned = std::thread::Builder::new()
                .name(self.name.clone())
                .spawn(move || {
                    for job in receiver {
                        if results.send(work(job)).is_err() {
                            return;
                        }
                        wake();
                    }
                });
            match spawned {
                Ok(_) => self.jobs = Some(sender),
                Err(err) => {
                    log::error!("cannot start the {} thread: {err}", self.name);
                    return Err(job);
                }
            }
        }
        let Some(jobs) = &self.jobs else {
            return Err(job);
        };
        match jobs.send(job) {
            Ok(()) => {
                self.queued += 1;
                Ok(())
            }
            Err(mpsc::SendError(job)) => {
                self.jobs = None;
                Err(job)
            }
        }
    }

    /// The results that arrived since the last call, in order.
    pub fn results(&mut self) -> Vec<R> {
        let done: Vec<R> = self.results.try_iter().collect();
        self.queued = self.queued.saturating_sub(done.len());
        done
    }

    /// How many jobs are queued or running.
    pub fn pending(&self) -> usize {
        self.queued
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_hands_back_its_result_and_wakes_the_window() {
        let (woke, woken) = mpsc::channel();
        let task = spawn("test", move || woke.send(()).unwrap(), || 6 * 7).unwrap();
        assert_eq!(task.wait(Duration::from_secs(10)), Poll::Ready(42));
        woken.recv_timeout(Duration::from_secs(10)).unwrap();
    }

    #[test]
    fn a_task_that_takes_too_long_is_still_pending_after_the_timeout() {
        let (release, released) = mpsc::channel::<()>();
        let task = spawn("test", || {}, move || released.recv().is_ok()).unwrap();
        assert_eq!(task.wait(Duration::from_millis(20)), Poll::Pending);
        release.send(()).unwrap();
        assert_eq!(task.wait(Duration::from_secs(10)), Poll::Ready(true));
    }

    #[test]
    fn a_worker_runs_jobs_one_at_a_time_in_order() {
        let mut worker = Worker::new("test", || {}, |job: u32| job * 2);
        for job in 1..=5 {
            worker.send(job).unwrap();
        }
        let mut results = Vec::new();
        while results.len() < 5 {
            results.extend(worker.results());
            std::thread::sleep(Duration::from_millis(1));
        }
        assert_eq!(results, [2, 4, 6, 8, 10]);
        assert_eq!(worker.pending(), 0);
    }
}
