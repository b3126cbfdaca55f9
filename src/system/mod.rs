//! The machine around the app: capped reads of regular files, atomic writes, export targets,
//! watching the content file, opening folders and links in the system's handler, and running
//! work off the UI thread.

pub mod atomic;
pub mod background;
pub mod export_target;
pub mod opener;
pub mod read;
pub mod watch;
